import { expect, test } from '@playwright/test';
import { choosePixProvider, fillPayer, openCardForm, openPage, shot, typeCard } from './support/cashier.ts';
import { useShell } from './support/web-shell.ts';
import { signIn } from './support/operator.ts';

const shell = useShell();

test.use({ locale: 'pt-BR' });

test('the customer sees R$ 29,90 and “Insira ou aproxime o cartão” while the cashier types the card, and the welcome again on Esc', async ({ browser }) => {
  const customer = await openPage(browser, { viewport: { width: 1920, height: 1080 }, locale: 'pt-BR' });
  await customer.goto(shell.customerUrl);
  await expect(customer.getByText('Bem-vindo!')).toBeVisible();
  const cashier = await openPage(browser);
  await cashier.goto(shell.cashierUrl);
  await signIn(cashier);

  // Typing the amount alone shows the customer nothing yet.
  await openCardForm(cashier, '2990');
  await expect(cashier.getByTestId('card-amount')).toHaveText(/R\$\s29,90/);
  await expect(customer.getByTestId('customer-amount')).toHaveText(/R\$\s29,90/);
  await expect(customer.getByText('Insira ou aproxime o cartão')).toBeVisible();
  await expect(customer.getByRole('heading', { name: 'Pagamento no cartão' })).toBeVisible();
  await expect(customer.getByText('Bem-vindo!')).toHaveCount(0);
  await shot(cashier, 'preview-cashier-card-form');
  await shot(customer, 'preview-customer-card');

  // A display that starts (or reconnects) now reads the preview along with the sale.
  await customer.reload();
  await expect(customer.getByTestId('customer-amount')).toHaveText(/R\$\s29,90/);
  await expect(customer.getByText('Insira ou aproxime o cartão')).toBeVisible();

  // Back without charging: the customer is welcomed again, the amount stays on the counter.
  await cashier.keyboard.press('Escape');
  await expect(cashier.getByLabel('Valor')).toHaveText(/R\$\s29,90/);
  await expect(customer.getByText('Bem-vindo!')).toBeVisible();
  await expect(customer.getByTestId('customer-amount')).toHaveCount(0);
  await shot(customer, 'preview-customer-back-to-welcome');

  // Away from the counter (F9) the customer is not shown an amount the cashier is not charging.
  await cashier.keyboard.press('F3');
  await expect(customer.getByText('Insira ou aproxime o cartão')).toBeVisible();
  await cashier.keyboard.press('F9');
  await expect(cashier.getByRole('heading', { name: 'Vendas do dia' })).toBeVisible();
  await expect(customer.getByText('Bem-vindo!')).toBeVisible();
  await cashier.keyboard.press('Escape');
  await expect(cashier.getByRole('heading', { name: 'Pagamento no cartão' })).toBeVisible();
  await expect(customer.getByTestId('customer-amount')).toHaveText(/R\$\s29,90/);

  // Charged: the sale takes over the customer's screen, and the preview never comes back over its result.
  await typeCard(cashier, { number: '4111111111111111' });
  await cashier.keyboard.press('Enter');
  await expect(cashier.getByRole('heading', { name: 'PAGO' })).toBeVisible();
  await expect(customer.getByText('Pagamento aprovado — obrigado!')).toBeVisible();
  await expect(customer.getByText(/R\$\s29,90/)).toBeVisible();
  await expect(customer.getByText('Insira ou aproxime o cartão')).toHaveCount(0);
  await expect(cashier.getByRole('button', { name: 'Nova venda (Enter)' })).toBeEnabled();
  await cashier.keyboard.press('Enter');
  await expect(customer.getByText('Bem-vindo!')).toBeVisible();
});

test('a declined card: “Tentar outro cartão” shows the amount to the customer again', async ({ browser }) => {
  const customer = await openPage(browser);
  await customer.goto(shell.customerUrl);
  const cashier = await openPage(browser);
  await cashier.goto(shell.cashierUrl);
  await signIn(cashier);

  await openCardForm(cashier, '4500');
  await expect(customer.getByTestId('customer-amount')).toHaveText(/R\$\s45,00/);
  await typeCard(cashier, { number: '4000000000000002' });
  await cashier.keyboard.press('Enter');
  await expect(cashier.getByRole('heading', { name: 'Cartão recusado' })).toBeVisible();
  await expect(customer.getByRole('heading', { name: 'Cartão recusado' })).toBeVisible();

  await expect(cashier.getByRole('button', { name: 'Tentar outro cartão (Enter)' })).toBeEnabled();
  await cashier.keyboard.press('Enter');
  await expect(cashier.getByRole('heading', { name: 'Pagamento no cartão' })).toBeVisible();
  await expect(customer.getByTestId('customer-amount')).toHaveText(/R\$\s45,00/);
  await expect(customer.getByText('Insira ou aproxime o cartão')).toBeVisible();
});

test('the customer sees the amount of a bank transfer while the cashier types the payer, then the deposit details', async ({ browser }) => {
  const customer = await openPage(browser, { viewport: { width: 1920, height: 1080 }, locale: 'pt-BR' });
  await customer.goto(shell.customerUrl);
  const cashier = await openPage(browser);
  await cashier.goto(shell.cashierUrl);
  await signIn(cashier);
  await choosePixProvider(cashier, 'Payments');

  await cashier.keyboard.type('8000');
  await cashier.keyboard.press('F4');
  await expect(cashier.getByRole('heading', { name: 'Quem faz a transferência' })).toBeVisible();
  await expect(customer.getByRole('heading', { name: 'Pagamento por transferência' })).toBeVisible();
  await expect(customer.getByTestId('customer-amount')).toHaveText(/R\$\s80,00/);
  await shot(customer, 'preview-customer-transfer');

  await cashier.keyboard.press('Escape');
  await expect(customer.getByText('Bem-vindo!')).toBeVisible();

  await cashier.keyboard.press('F4');
  await expect(customer.getByRole('heading', { name: 'Pagamento por transferência' })).toBeVisible();
  await fillPayer(cashier, { name: 'Maria da Silva', cpf: '52998224725', email: 'maria.da.silva.compradora@example.com.br' });
  await cashier.keyboard.press('Enter');
  // The transfer itself replaces the preview: the fee on top and where to deposit.
  await expect(customer.getByRole('heading', { name: 'Pague por transferência' })).toBeVisible();
  await expect(customer.getByTestId('customer-amount')).toHaveText(/R\$\s81,20/);
  await expect(customer.getByRole('heading', { name: 'Pagamento por transferência' })).toHaveCount(0);
});
