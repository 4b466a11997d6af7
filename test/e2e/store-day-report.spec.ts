/**
 * Two tills, one shop: each web shell joins the same PostgreSQL store ledger from Settings, sells, and the
 * day's report on either till shows both tills.
 */
import { expect, test } from '@playwright/test';
import { openPage, shot } from './support/cashier.ts';
import { paidCard, signInAndJoin, useTwoTillShop } from './support/store-steps.ts';

test.use({ locale: 'pt-BR' });

const startShop = useTwoTillShop();

// The report is read at F9, possibly before the second till's payment reaches the store: the panel must follow
// the store's changes (any till's write moves the store's change mark), not only this till's own link.
test('two tills join one store from Settings, sell, and the day report shows both tills and the shop’s total', async ({ browser, page }) => {
  const { url, first, second } = await startShop('shop_e2e');

  await signInAndJoin(page, first.cashierUrl, url, 'C1', 'Caixa da frente');
  const other = await openPage(browser, { locale: 'pt-BR' });
  await signInAndJoin(other, second.cashierUrl, url, 'C2', 'Caixa do fundo');

  await paidCard(page, '3000');
  await paidCard(page, '1550');
  await paidCard(other, '4200');
  await expect(page.getByTestId('store-sync')).toHaveText('loja: sincronizado');
  await expect(other.getByTestId('store-sync')).toHaveText('loja: sincronizado');

  await page.bringToFront();
  await page.keyboard.press('F9');
  await expect(page.getByRole('heading', { name: 'Loja toda: todos os caixas' })).toBeVisible();
  const byTill = page.getByRole('table', { name: 'Por caixa' });
  await expect(byTill.getByTestId('till-C1')).toContainText('C1 · Caixa da frente');
  await expect(byTill.getByTestId('till-C1')).toContainText(/2 · R\$\s45,50/);
  await expect(byTill.getByTestId('till-C2')).toContainText('C2 · Caixa do fundo');
  await expect(byTill.getByTestId('till-C2')).toContainText(/1 · R\$\s42,00/);
  await expect(byTill.getByTestId('store-total')).toContainText(/3 · R\$\s87,50/);
  // This till's own report still counts only its own sales.
  await expect(page.getByText('Vendas pagas: 2')).toBeVisible();

  const list = page.getByRole('table', { name: 'Vendas' });
  await expect(list.getByRole('row')).toHaveCount(4);
  // Each sale carries the operator signed in when it was made (here the demo manager on both tills).
  await expect(list.getByRole('row').nth(3)).toContainText('Gerente demo');
  await page.getByRole('combobox', { name: 'Caixa' }).selectOption('C2 · Caixa do fundo');
  await expect(list.getByRole('row')).toHaveCount(2);
  await expect(list).toContainText('C2-000001');
  await shot(page, 'store-day-report');

  // The whole store against the provider account both tills used: every till's card sale agrees.
  await page.getByRole('button', { name: 'Conferir a loja com os provedores' }).click();
  const checked = page.getByRole('region', { name: 'Loja toda: conferência por conta do provedor' });
  await expect(checked).toContainText('Cartão · Astrapay');
  await expect(checked).toContainText(/caixas C1, C2/);
  await expect(checked).toContainText('3 vendas conferem · nenhuma diferença.');
  await checked.scrollIntoViewIfNeeded();
  await shot(page, 'store-reconciliation');
});
