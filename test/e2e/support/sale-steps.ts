/** Whole steps a cashier takes in many specs: a paid PIX, a paid card, the day's sales, a refund. */
import { expect, type Page } from '@playwright/test';
import { openCardForm, typeCard, type TestCard } from './cashier.ts';

/** Back on an empty counter, ready for the next sale: keys count once the last call is answered (the keys are enabled again). */
export async function expectEmptyCounter(page: Page): Promise<void> {
  await expect(page.getByLabel('Valor')).toHaveText(/R\$\s0,00/);
  await expect(page.getByRole('button', { name: 'Dinheiro (F6)' })).toBeEnabled();
}

/** A PIX the sandbox pays by itself (amounts ending in 01 centavos, with `autoPayDelayMs`), dismissed from the counter. */
export async function payPix(page: Page, digits: string): Promise<void> {
  // Keys count once the last call is answered (the charge buttons are enabled again).
  await expect(page.getByRole('button', { name: 'Cobrar com PIX (F2)' })).toBeEnabled();
  await page.keyboard.type(digits);
  await page.keyboard.press('F2');
  await expect(page.getByRole('heading', { name: 'PAGO' })).toBeVisible({ timeout: 30_000 });
  await newSale(page);
}

/** A card the sandbox approves, charged on credit at once, dismissed from the counter. */
export async function payCard(page: Page, digits: string, card: TestCard = { number: '4111111111111111' }): Promise<void> {
  await openCardForm(page, digits);
  await typeCard(page, card);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'PAGO' })).toBeVisible();
  await newSale(page);
}

/** Enter on a finished sale, once the till is free (the answer may show before the call that made it returns). */
export async function newSale(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: /^Nova venda/ }).first()).toBeEnabled();
  await page.keyboard.press('Enter');
  await expectEmptyCounter(page);
}

export async function openSales(page: Page): Promise<void> {
  await page.keyboard.press('F9');
  await expect(page.getByRole('heading', { name: 'Vendas do dia' })).toBeVisible();
  // Keys pressed next (Enter picks the newest sale) need the day's list on screen, not still loading.
  await expect(page.getByText('Carregando…')).toBeHidden();
}

/** Fills the refund form of the sale on screen and asks to refund: the confirm step comes next. */
export async function askRefund(page: Page, amount: string, reason: string): Promise<void> {
  await page.getByLabel('Valor a estornar').fill(amount);
  await page.getByLabel('Motivo', { exact: true }).fill(reason);
  await page.getByRole('button', { name: 'Estornar…' }).click();
}

/** A PIX left unpaid, cancelled from the counter: Esc asks first. The key waits until the till is free (the QR may show before the call that made it returns). */
export async function cancelPix(page: Page): Promise<void> {
  await expect(page.getByRole('img', { name: 'QR Code PIX' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancelar (Esc)' })).toBeEnabled();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Sim, cancelar (Esc)' }).click();
  await expect(page.getByRole('heading', { name: 'Venda cancelada' })).toBeVisible();
}
