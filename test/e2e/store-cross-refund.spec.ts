/**
 * A refund across tills from the store panel: till 1 sells by card, and a cashier at till 2 refunds part of that
 * sale from the store's list, with the manager's PIN typed at the spot. Both tills' store lists show the refund.
 * A second refund whose answer the provider loses (a 503) waits for a manager's word, its amount held.
 */
import { expect, test } from '@playwright/test';
import { openPage, shot } from './support/cashier.ts';
import { lockTill, signIn } from './support/operator.ts';
import { paidCard, signInAndJoin, useTwoTillShop } from './support/store-steps.ts';

test.use({ locale: 'pt-BR' });

const startShop = useTwoTillShop();

test('a cashier at till 2 refunds part of till 1’s card sale from the store panel, with a manager’s PIN', async ({ browser, page }) => {
  const { url, first, second } = await startShop('shop_cross_refund_e2e');

  await signInAndJoin(page, first.cashierUrl, url, 'C1', 'Caixa da frente');
  await paidCard(page, '5000');

  const other = await openPage(browser, { locale: 'pt-BR' });
  await signInAndJoin(other, second.cashierUrl, url, 'C2', 'Caixa do fundo');
  // The manager adds a cashier and leaves; the cashier Caio works till 2.
  await other.keyboard.press('F10');
  await other.getByRole('navigation', { name: 'Seções das configurações' }).getByRole('button', { name: 'Operadores' }).click();
  await other.getByLabel('Nome', { exact: true }).fill('Caio');
  await other.getByLabel('PIN (4 a 8 dígitos)').fill('2468');
  await other.getByRole('button', { name: 'Cadastrar operador' }).click();
  await expect(other.getByText('Operador cadastrado.')).toBeVisible();
  await other.keyboard.press('Escape');
  await lockTill(other);
  await signIn(other, { operator: 'Caio', pin: '2468' });
  await expect(other.getByTestId('operator-name')).toHaveText('Caio');

  await other.keyboard.press('F9');
  const list = other.getByRole('table', { name: 'Vendas' });
  const sale = list.getByRole('row', { name: /C1-000001/ });
  await expect(sale).toContainText(/R\$\s50,00/);
  // Only another till's paid sale has the action; the keyboard reaches it.
  await sale.getByRole('button', { name: 'Estornar a venda C1-000001' }).focus();
  await other.keyboard.press('Enter');
  const form = other.getByRole('form', { name: 'Estorno da venda C1-000001 (caixa C1)' });
  await expect(form).toContainText(/Resta estornar: R\$\s50,00/);
  // The amount field is focused with what is left, selected: typing replaces it.
  await expect(form.getByLabel('Valor a estornar')).toBeFocused();
  await other.keyboard.type('20,00');
  await other.keyboard.press('Tab');
  await other.keyboard.type('Troca de tamanho');
  await other.keyboard.press('Enter');

  // A cashier cannot refund: the manager authorizes at the spot.
  const approval = other.getByRole('dialog', { name: 'Autorização do gerente' });
  await expect(approval).toBeVisible();
  await approval.getByLabel('PIN do gerente').fill('1234');
  await approval.getByLabel('PIN do gerente').press('Enter');
  await expect(form.getByRole('status')).toHaveText(/Estorno de R\$\s20,00 de uma venda do caixa C1 solicitado\./);
  await expect(sale).toContainText(/R\$\s50,00\s*R\$\s20,00/);
  await expect(form).toContainText(/Resta estornar: R\$\s30,00/);
  await form.scrollIntoViewIfNeeded();
  await shot(other, 'store-cross-refund');
  await form.getByRole('button', { name: 'Fechar' }).press('Enter');
  await expect(form).toBeHidden();

  // The provider loses its answer to the next cancel: nobody can tell whether it was made.
  const fault = { route: 'PUT /astrapay/card/v1/credit/', kind: 'status', status: 503, times: 1 };
  expect((await fetch(`${first.sandboxUrl}/__sim/faults`, { method: 'POST', body: JSON.stringify(fault) })).status).toBe(204);
  await sale.getByRole('button', { name: 'Estornar a venda C1-000001' }).press('Enter');
  await other.keyboard.type('10,00');
  await other.keyboard.press('Tab');
  await other.keyboard.type('Defeito');
  await other.keyboard.press('Enter');
  await approval.getByLabel('PIN do gerente').fill('1234');
  await approval.getByLabel('PIN do gerente').press('Enter');
  const checks = other.getByRole('region', { name: 'Estornos de vendas de outros caixas a conferir no provedor' });
  await expect(checks).toContainText(/R\$\s10,00 · venda C1-000001 \(caixa C1\)/);
  // Held until a manager says: only R$ 20,00 is left.
  await expect(sale).toContainText(/R\$\s50,00\s*R\$\s30,00/);
  await form.getByRole('button', { name: 'Fechar' }).press('Enter');
  await checks.scrollIntoViewIfNeeded();
  await shot(other, 'store-cross-refund-to-check');
  // The manager checked the provider's portal: it was not paid, so its amount is free again.
  await checks.getByRole('button', { name: 'Não foi pago' }).press('Enter');
  await approval.getByLabel('PIN do gerente').fill('1234');
  await approval.getByLabel('PIN do gerente').press('Enter');
  await expect(checks).toBeHidden();
  await expect(sale).toContainText(/R\$\s50,00\s*R\$\s20,00/);

  // Till 1's store list shows what till 2 refunded.
  await page.bringToFront();
  await page.keyboard.press('F9');
  await expect(page.getByRole('table', { name: 'Vendas' }).getByRole('row', { name: /C1-000001/ })).toContainText(/R\$\s50,00\s*R\$\s20,00/);
  // Its own sale has no store action here: it refunds it from its own sales list.
  await expect(page.getByRole('button', { name: 'Estornar a venda C1-000001' })).toHaveCount(0);
});
