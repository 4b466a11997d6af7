/**
 * A split payment in a shop of two tills: one till takes R$ 50,00 as a card part and the rest in cash, and the
 * other till's store-wide list shows both tenders as parts of one split payment.
 */
import { expect, test, type Page } from '@playwright/test';
import { openPage, shot, typeCard } from './support/cashier.ts';
import { newSale } from './support/sale-steps.ts';
import { signInAndJoin, useTwoTillShop } from './support/store-steps.ts';

test.use({ locale: 'pt-BR' });

const startShop = useTwoTillShop();

async function splitCardAndCash(page: Page): Promise<void> {
  await page.bringToFront();
  await page.keyboard.type('5000');
  await page.keyboard.press('F1');
  await expect(page.getByRole('region', { name: 'Pagamento dividido' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.type('2000');
  await page.keyboard.press('F3');
  await expect(page.getByRole('heading', { name: 'Pagamento no cartão' })).toBeVisible();
  await typeCard(page, { number: '4111111111111111' });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Pagamento dividido' }).getByTestId('bill-paid')).toHaveText(/R\$\s20,00/);
  await expect(page.getByRole('button', { name: 'Dinheiro (F6)' })).toBeEnabled();
  await page.keyboard.press('F6');
  await expect(page.getByRole('heading', { name: 'Pagamento em dinheiro' })).toBeVisible();
  await page.getByRole('button', { name: /R\$\s50,00/ }).click();
  await page.getByLabel('Valor recebido (R$)').press('Enter');
  await expect(page.getByRole('region', { name: 'Conta paga' })).toBeVisible();
  await newSale(page);
}

test('the store-wide list marks each tender of a split payment with its part', async ({ browser, page }) => {
  const { url, first, second } = await startShop('shop_split_e2e');
  await signInAndJoin(page, first.cashierUrl, url, 'C1', 'Caixa da frente');
  const other = await openPage(browser, { locale: 'pt-BR' });
  await signInAndJoin(other, second.cashierUrl, url, 'C2', 'Caixa do fundo');

  await splitCardAndCash(page);
  await expect(page.getByTestId('store-sync')).toHaveText('loja: sincronizado');

  await other.bringToFront();
  await other.keyboard.press('F9');
  await expect(other.getByRole('heading', { name: 'Loja toda: todos os caixas' })).toBeVisible();
  const list = other.getByRole('table', { name: 'Vendas' });
  await expect(list.getByRole('row')).toHaveCount(3);
  await expect(list.getByRole('row').filter({ hasText: 'C1-000001' })).toContainText('Dividido 1/2');
  await expect(list.getByRole('row').filter({ hasText: 'C1-000002' })).toContainText(/Dinheiro\s*Dividido 2\/2/);
  await list.scrollIntoViewIfNeeded();
  await shot(other, 'store-split-list');
});
