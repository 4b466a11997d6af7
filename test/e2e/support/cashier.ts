/** What a cashier does again and again in the E2E specs: screenshots, the card form, the menus. */
import { expect, test, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`) });
}

const opened: BrowserContext[] = [];

/**
 * A window of its own on the shared browser (the customer display, a cashier with other rights), closed
 * by `closePages` after the test: left open, it would keep reconnecting to a shell that has stopped.
 */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext(options);
  opened.push(context);
  return context.newPage();
}

/** Closes what `openPage` opened; a failed test keeps its windows for the screenshots taken after it. */
export async function closePages(): Promise<void> {
  const contexts = opened.splice(0);
  if (test.info().status !== test.info().expectedStatus) return;
  for (const context of contexts) await context.close();
}

export interface TestCard {
  number: string;
  holderName?: string;
  holderDocument?: string;
  expiry?: string;
  cvv?: string;
}

/** Types a card the way a cashier does: field by field, as printed. */
export async function typeCard(page: Page, card: TestCard): Promise<void> {
  await page.getByLabel('Número do cartão').fill('');
  await page.getByLabel('Número do cartão').pressSequentially(card.number);
  await page.getByLabel('Nome impresso no cartão').fill(card.holderName ?? 'MARIA SILVA');
  await page.getByLabel('CPF ou CNPJ do titular').pressSequentially(card.holderDocument ?? '52998224725');
  await page.getByLabel('Validade (MM/AAAA)').pressSequentially(card.expiry ?? '122030');
  await page.getByLabel('Código de segurança (CVV)').pressSequentially(card.cvv ?? '123');
}

/** Types an amount on the counter and opens the card form with F3. */
export async function openCardForm(page: Page, digits: string): Promise<void> {
  // The card button appears once the till has said it takes cards, and is enabled once the last call is answered.
  await expect(page.getByRole('button', { name: 'Cobrar no cartão (F3)' })).toBeEnabled();
  await page.keyboard.type(digits);
  await page.keyboard.press('F3');
  await expect(page.getByRole('heading', { name: 'Pagamento no cartão' })).toBeVisible();
}

export async function openSettings(
  page: Page,
  section: 'Loja' | 'Pagamentos' | 'Dispositivos' | 'Loja com vários caixas' | 'Idioma' | 'Acesso',
): Promise<void> {
  await page.keyboard.press('F10');
  await expect(page.getByRole('heading', { name: 'Configurações' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Seções das configurações' }).getByRole('button', { name: section, exact: true }).click();
}

/** Chooses the card provider in Settings → Pagamentos, saves, and goes back to the counter. */
export async function chooseCardProvider(page: Page, name: string): Promise<void> {
  await openSettings(page, 'Pagamentos');
  await page.locator('#provider-card').selectOption({ label: name });
  await page.locator('#environment-card').selectOption('embedded');
  await page.getByRole('button', { name: 'Salvar provedores' }).click();
  await expect(page.getByText('Provedores salvos.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByText(`Cartão: ${name}`)).toBeVisible();
}

/** Chooses the PIX provider (embedded) in Settings → Pagamentos, saves, and goes back to the counter. */
export async function choosePixProvider(page: Page, name: string): Promise<void> {
  await openSettings(page, 'Pagamentos');
  await page.locator('#provider-pix').selectOption({ label: name });
  await page.locator('#environment-pix').selectOption('embedded');
  await page.getByRole('button', { name: 'Salvar provedores' }).click();
  await expect(page.getByText('Provedores salvos.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByText(`PIX: ${name}`)).toBeVisible();
}

export interface TestPayer {
  name: string;
  /** Digits only, typed as a cashier types them; the field punctuates. */
  cpf: string;
  email: string;
}

/** Fills the payer form (PIX or transfer) field by field. */
export async function fillPayer(page: Page, payer: TestPayer): Promise<void> {
  await page.getByLabel('Nome do pagador').fill(payer.name);
  await page.getByLabel('CPF do pagador').fill('');
  await page.getByLabel('CPF do pagador').pressSequentially(payer.cpf);
  await page.getByLabel('E-mail do pagador').fill(payer.email);
}

/** A card number as it may appear anywhere in a page: in a row or grouped. */
export function cardNumberPattern(digits: string): RegExp {
  return new RegExp(digits.split('').join('[\\s-]?'));
}
