/**
 * Part of a split payment given back, driven by keys and visible labels: R$ 50,00 paid by a PIX the sandbox pays
 * and the rest in cash; R$ 35,00 typed with a reason shows how it goes back (the cash, paid last, first, then the
 * PIX) before anything is sent; then a PIX share the provider refuses is named on screen.
 */
import { expect, test, type Page } from '@playwright/test';
import { openPage, shot } from './support/cashier.ts';
import { signIn } from './support/operator.ts';
import { newSale, openSales } from './support/sale-steps.ts';
import { useShell } from './support/web-shell.ts';

const shell = useShell({ autoPayDelayMs: 1500 });

const bill = (page: Page) => page.getByRole('region', { name: /^(Pagamento dividido|Conta paga)$/ });

async function refundPart(page: Page, amount: string, reason: string): Promise<void> {
  await page.getByRole('button', { name: 'Estornar parte da conta…' }).click();
  const form = page.getByRole('form', { name: 'Estorno de parte da conta' });
  await expect(form.getByLabel('Valor a estornar')).toBeFocused();
  await page.keyboard.type(amount);
  await page.keyboard.press('Tab');
  await page.keyboard.type(reason);
  await page.keyboard.press('Enter');
}

test('part of a bill goes back through the last tender paid first, shown before it is sent', async ({ browser }) => {
  const page = await openPage(browser, { viewport: { width: 1024, height: 768 } });
  await page.goto(shell.cashierUrl);
  await signIn(page);

  // R$ 50,00 split: R$ 20,01 by PIX (the sandbox pays it), the rest in cash with R$ 50,00 handed over.
  await page.keyboard.type('5000');
  await page.keyboard.press('F1');
  await expect(bill(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.type('2001');
  await page.keyboard.press('F2');
  await expect(bill(page).getByTestId('bill-paid')).toHaveText(/R\$\s20,01/, { timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Dinheiro (F6)' })).toBeEnabled();
  await page.keyboard.press('F6');
  await expect(page.getByRole('heading', { name: 'Pagamento em dinheiro' })).toBeVisible();
  await page.getByRole('button', { name: /R\$\s50,00/ }).click();
  await page.getByLabel('Valor recebido (R$)').press('Enter');
  await expect(page.getByRole('region', { name: 'Conta paga' })).toBeVisible();
  await newSale(page);

  // From the cash tender in the day's sales: R$ 35,00 back, and the plan before anything is sent.
  await openSales(page);
  await page.getByRole('button', { name: /R\$\s29,99\s*Dinheiro/ }).click();
  await refundPart(page, '35,00', 'Devolveu um item');
  const plan = page.getByRole('alertdialog', { name: 'Estorno de parte da conta' });
  await expect(plan).toContainText(/R\$\s35,00 de volta: R\$\s29,99 em Dinheiro, R\$\s5,01 em PIX/);
  await expect(plan).toContainText('Devolveu um item');
  await expect(plan.getByRole('button', { name: 'Sim, estornar' })).toBeFocused();
  await shot(page, 'bill-part-refund-plan');
  await page.keyboard.press('Enter');

  const outcomes = page.getByRole('status', { name: 'Estorno de parte da conta' });
  await expect(outcomes).toContainText(/R\$\s29,99 em Dinheiro: estorno enviado/);
  await expect(outcomes).toContainText(/R\$\s5,01 em PIX: estorno enviado/);
  await shot(page, 'bill-part-refund-sent');
  const detail = page.getByRole('region', { name: 'Detalhes da venda' });
  await page.getByRole('button', { name: /R\$\s20,01\s*PIX/ }).click();
  await expect(detail.getByRole('listitem').filter({ hasText: 'Devolveu um item' })).toContainText(/R\$\s5,01\s*Estornado/, { timeout: 30_000 });

  // More than is left is refused before any plan: R$ 15,00 is all the PIX has left.
  await refundPart(page, '15,01', 'Troca');
  const form = page.getByRole('form', { name: 'Estorno de parte da conta' });
  await expect(form).toContainText(/R\$\s15,00/);
  await expect(page.getByRole('alertdialog', { name: 'Estorno de parte da conta' })).toBeHidden();
  await shot(page, 'bill-part-refund-too-much');
  await form.getByRole('button', { name: 'Voltar', exact: true }).click();

  // The provider refuses the PIX share: the screen names it.
  const fault = { route: 'POST /astrapay/charge/v1/refunds', kind: 'status', status: 422, times: 1 };
  expect((await fetch(`${shell.sandboxUrl}/__sim/faults`, { method: 'POST', body: JSON.stringify(fault) })).status).toBe(204);
  await refundPart(page, '10,00', 'Troca');
  await expect(page.getByRole('alertdialog', { name: 'Estorno de parte da conta' })).toContainText(/R\$\s10,00 de volta: R\$\s10,00 em PIX/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'não estornado' })).toContainText(/R\$\s10,00 em PIX: não estornado\. O provedor de pagamento recusou o pedido\./);
  await shot(page, 'bill-part-refund-failed');
});
