/**
 * A split sale at the counter, driven by keys and visible labels: R$ 100,00 split with F1, a PIX part the
 * sandbox pays by itself, a card that is declined (the PIX part stays paid), and the rest in cash with change,
 * with paid and left on the cashier's screen and the customer display, the grouping in the day's sales, and the
 * whole bill refunded through the tenders that paid.
 */
import { expect, test, type Page } from '@playwright/test';
import { openPage, shot, typeCard } from './support/cashier.ts';
import { signIn } from './support/operator.ts';
import { newSale } from './support/sale-steps.ts';
import { useShell } from './support/web-shell.ts';

const shell = useShell({ autoPayDelayMs: 1500 });

const bill = (page: Page) => page.getByRole('region', { name: /^(Pagamento dividido|Conta paga)$/ });

test('a sale paid part by PIX, a declined card, and the rest in cash with change, on both screens', async ({ browser }) => {
  const customer = await openPage(browser, { viewport: { width: 1280, height: 800 } });
  await customer.goto(shell.customerUrl);
  const page = await openPage(browser, { viewport: { width: 1024, height: 768 } });
  await page.goto(shell.cashierUrl);
  await signIn(page);
  const amount = page.getByLabel('Valor', { exact: true });

  // R$ 100,00 typed, then F1: a bill whose first part starts at the whole amount.
  await expect(page.getByRole('button', { name: 'Dividir pagamento (F1)' })).toBeEnabled();
  await page.keyboard.type('10000');
  await page.keyboard.press('F1');
  await expect(bill(page)).toBeVisible();
  await expect(bill(page).getByTestId('bill-left')).toHaveText(/R\$\s100,00/);
  await expect(amount).toHaveText(/R\$\s100,00/);
  await expect(page.getByRole('button', { name: 'Dividir pagamento (F1)' })).toBeHidden();

  // R$ 30,01 by PIX (Esc clears the amount): the sandbox pays it by itself and the counter comes back to the bill.
  await page.keyboard.press('Escape');
  await page.keyboard.type('3001');
  await page.keyboard.press('F2');
  await expect(customer.getByTestId('customer-bill-left')).toHaveText(/R\$\s100,00/);
  await expect(bill(page).getByTestId('bill-paid')).toHaveText(/R\$\s30,01/, { timeout: 30_000 });
  await expect(bill(page).getByTestId('bill-left')).toHaveText(/R\$\s69,99/);
  await expect(amount).toHaveText(/R\$\s69,99/);
  await expect(customer.getByTestId('customer-bill-paid')).toHaveText(/R\$\s30,01/);
  await expect(customer.getByTestId('customer-bill-left')).toHaveText(/R\$\s69,99/);
  await shot(page, 'split-after-pix');
  await shot(customer, 'split-customer-after-pix');

  // R$ 20,00 on a card the provider declines: the PIX part stays paid, and the card's part is free again.
  await page.keyboard.press('Escape');
  await page.keyboard.type('2000');
  await page.keyboard.press('F3');
  await expect(page.getByRole('heading', { name: 'Pagamento no cartão' })).toBeVisible();
  await typeCard(page, { number: '4000000000000002' });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /recusado/i })).toBeVisible();
  await expect(bill(page).getByTestId('bill-paid')).toHaveText(/R\$\s30,01/);
  await expect(bill(page).getByTestId('bill-left')).toHaveText(/R\$\s69,99/);
  await shot(page, 'split-card-declined');
  // Esc leaves the declined card; the next part starts again at what is left.
  await expect(page.getByRole('button', { name: 'Nova venda (Esc)' })).toBeEnabled();
  await page.keyboard.press('Escape');
  await expect(amount).toHaveText(/R\$\s69,99/);

  // The rest in cash: R$ 100,00 handed over, R$ 30,01 back (the keys wait while the dismiss call answers).
  await expect(page.getByRole('button', { name: 'Dinheiro (F6)' })).toBeEnabled();
  await page.keyboard.press('F6');
  await expect(page.getByRole('heading', { name: 'Pagamento em dinheiro' })).toBeVisible();
  await page.getByRole('button', { name: /R\$\s100,00/ }).click();
  await page.getByLabel('Valor recebido (R$)').press('Enter');
  await expect(page.getByRole('heading', { name: 'PAGO' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Conta paga' })).toBeVisible();
  await expect(bill(page).getByTestId('bill-paid')).toHaveText(/R\$\s100,00/);
  await expect(bill(page).getByTestId('bill-left')).toHaveText(/R\$\s0,00/);
  await expect(customer.getByTestId('customer-change')).toHaveText(/Troco: R\$\s30,01/);
  await expect(customer.getByTestId('customer-bill-paid')).toHaveText(/R\$\s100,00/);
  await expect(customer.getByTestId('customer-bill-left')).toHaveText(/R\$\s0,00/);
  await shot(page, 'split-paid');
  await shot(customer, 'split-customer-paid');

  // The next sale takes the paid bill off both screens.
  await newSale(page);
  await expect(bill(page)).toBeHidden();
  await expect(customer.getByTestId('customer-bill')).toBeHidden();

  // The day's sales show the three tenders grouped as one split payment.
  await page.keyboard.press('F9');
  await expect(page.getByRole('heading', { name: 'Vendas do dia' })).toBeVisible();
  await expect(page.getByText('Dividido 1/3')).toBeVisible();
  await expect(page.getByText('Dividido 3/3')).toBeVisible();
  await shot(page, 'split-sales-list');

  // The whole bill refunded from one of its tenders: each paid part goes back where it was paid.
  await page.getByRole('button', { name: /R\$\s69,99\s*Dinheiro/ }).click();
  await page.getByRole('button', { name: 'Estornar a conta inteira…' }).click();
  await expect(page.getByRole('button', { name: 'Sim, estornar a conta' })).toBeFocused();
  await page.keyboard.press('Enter');
  const detail = page.getByRole('region', { name: 'Detalhes da venda' });
  await expect(detail.getByRole('listitem').filter({ hasText: 'Estorno da conta inteira' })).toContainText(/R\$\s69,99\s*Estornado/);
  await page.getByRole('button', { name: /R\$\s30,01\s*PIX/ }).click();
  await expect(detail.getByRole('listitem').filter({ hasText: 'Estorno da conta inteira' })).toContainText(/R\$\s30,01\s*Estornado/, { timeout: 30_000 });
  await shot(page, 'split-refunded');
});
