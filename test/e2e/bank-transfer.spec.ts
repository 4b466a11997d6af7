import { expect, test, type Page } from '@playwright/test';
import { choosePixProvider, fillPayer, openPage, shot, type TestPayer } from './support/cashier.ts';
import { decodeQr, useShell } from './support/web-shell.ts';
import { signIn } from './support/operator.ts';

const shell = useShell({ autoPayDelayMs: 3000 });

test.use({ locale: 'pt-BR' });

// The Payments gateway refuses e-mails under 30 characters (its documented minimum).
const MARIA: TestPayer = { name: 'Maria da Silva', cpf: '52998224725', email: 'maria.da.silva.compradora@example.com.br' };
// The Payments sandbox always denies this CPF.
const DENIED: TestPayer = { ...MARIA, cpf: '11144477735' };

const money = (text: string) => new RegExp(text.replace('R$ ', 'R\\$\\s').replace(/\./g, '\\.'));

/** Types the amount, F4, and fills in who pays: what a cashier does for every transfer. */
async function startTransfer(page: Page, digits: string, payer: TestPayer): Promise<void> {
  await page.keyboard.type(digits);
  await page.keyboard.press('F4');
  await expect(page.getByRole('heading', { name: 'Quem faz a transferência' })).toBeVisible();
  await expect(page.getByLabel('Nome do pagador')).toBeFocused();
  await fillPayer(page, payer);
  await page.keyboard.press('Enter');
}

test('R$ 150,01 by bank transfer on Payments: deposit details on both screens, then PAGO by itself', async ({ browser }) => {
  const customer = await openPage(browser, { viewport: { width: 1920, height: 1080 }, locale: 'pt-BR' });
  await customer.goto(shell.customerUrl);
  await expect(customer.getByText('Bem-vindo!')).toBeVisible();
  await expect(customer.getByTestId('customer-merchant')).toHaveText('Loja Demo');

  // Clipboard rights, so the copy buttons can be checked for what they really copy.
  const cashier = await openPage(browser, { locale: 'pt-BR', permissions: ['clipboard-read', 'clipboard-write'] });
  await cashier.goto(shell.cashierUrl);
  await signIn(cashier);
  await expect(cashier.getByTestId('merchant-name')).toHaveText('Loja Demo');
  // Astrapay takes no transfers: nothing offered until the PIX provider is the Payments gateway.
  await expect(cashier.getByRole('button', { name: 'Cobrar com PIX (F2)' })).toBeVisible();
  await expect(cashier.getByRole('button', { name: 'Transferência (F4)' })).toHaveCount(0);
  await choosePixProvider(cashier, 'Payments');
  await expect(cashier.getByRole('button', { name: 'Transferência (F4)' })).toBeVisible();
  await shot(cashier, 'amount-with-transfer');

  await startTransfer(cashier, '15001', MARIA);

  // The deposit: 150,01 plus the gateway's 1.5 % fee (2,25) = 152,26, and where to send it.
  await expect(cashier.getByRole('heading', { name: 'Transferência bancária' })).toBeVisible();
  await expect(cashier.getByTestId('deposit-amount')).toContainText(money('R$ 152,26'));
  await expect(cashier.getByTestId('quote-breakdown')).toContainText('Valor da venda');
  await expect(cashier.getByTestId('quote-breakdown')).toContainText(money('R$ 150,01'));
  await expect(cashier.getByTestId('quote-breakdown')).toContainText('Taxa');
  await expect(cashier.getByTestId('quote-breakdown')).toContainText(money('R$ 2,25'));
  await expect(cashier.getByTestId('quote-breakdown')).not.toContainText('Câmbio');
  await expect(cashier.getByTestId('deposit-bank')).toContainText('Banco Sandbox S.A.');
  await expect(cashier.getByTestId('deposit-code')).toContainText('999');
  await expect(cashier.getByTestId('deposit-agency')).toContainText('0001-9');
  await expect(cashier.getByTestId('deposit-account')).toContainText('123456-7');
  await expect(cashier.getByTestId('deposit-accountType')).toContainText('Conta corrente');
  await expect(cashier.getByTestId('deposit-document')).toContainText('11.222.333/0001-81');
  await expect(cashier.getByTestId('deposit-beneficiary')).toContainText('Payments Sandbox Ltda');
  await expect(cashier.getByRole('status').filter({ hasText: 'Aguardando o depósito…' })).toBeVisible();
  // The counter stays put while the deposit can still arrive.
  await expect(cashier.getByRole('button', { name: 'Vendas do dia (F9)' })).toBeDisabled();

  await cashier.getByRole('button', { name: 'Copiar Agência' }).click();
  await expect(cashier.getByTestId('deposit-agency').getByText('Copiado!')).toBeVisible();
  expect(await cashier.evaluate(() => navigator.clipboard.readText())).toBe('0001-9');
  await cashier.getByRole('button', { name: 'Copiar Valor a depositar' }).click();
  expect(await cashier.evaluate(() => navigator.clipboard.readText())).toBe('152,26');

  await expect(customer.getByRole('heading', { name: 'Pague por transferência' })).toBeVisible();
  await expect(customer.getByTestId('customer-amount')).toHaveText(money('R$ 152,26'));
  await expect(customer.getByText('Taxa')).toBeVisible();
  await expect(customer.getByTestId('customer-bank')).toContainText('Banco Sandbox S.A.');
  await expect(customer.getByTestId('customer-agency')).toContainText('0001-9');
  await expect(customer.getByTestId('customer-account')).toContainText('123456-7');
  await expect(customer.getByTestId('customer-document')).toContainText('11.222.333/0001-81');
  await expect(customer.getByTestId('customer-beneficiary')).toContainText('Payments Sandbox Ltda');
  await shot(cashier, 'transfer-awaiting');
  await shot(customer, 'customer-transfer-awaiting');

  // The sandbox pays amounts whose centavos are 01 by itself; the till learns it by polling.
  await expect(cashier.getByRole('heading', { name: 'PAGO' })).toBeVisible({ timeout: 30_000 });
  await expect(cashier.getByTestId('charged')).toHaveText(money('Total pago pelo cliente: R$ 152,26'));
  await expect(customer.getByText('Pagamento aprovado — obrigado!')).toBeVisible();
  await expect(customer.getByText(money('R$ 152,26'))).toBeVisible();
  await shot(cashier, 'transfer-paid');
  await shot(customer, 'customer-transfer-paid');

  await cashier.keyboard.press('Enter');
  await expect(cashier.getByLabel('Valor')).toHaveText(/R\$\s0,00/);
  await expect(customer.getByText('Bem-vindo!')).toBeVisible();

  // The day's sales know it as a transfer.
  await cashier.keyboard.press('F9');
  await expect(cashier.getByRole('button', { name: /R\$\s150,01\s*Transferência\s*Paga/ })).toBeVisible();
  await expect(cashier.getByTestId('method-bank_transfer')).toContainText(/Transferência\s*1\s*R\$\s150,01/);
});

test('a transfer the gateway denies (CPF 111.444.777-35) ends in plain words on both screens', async ({ browser }) => {
  const customer = await openPage(browser);
  await customer.goto(shell.customerUrl);
  const cashier = await openPage(browser);
  await cashier.goto(shell.cashierUrl);
  await signIn(cashier);
  await choosePixProvider(cashier, 'Payments');
  await startTransfer(cashier, '8000', DENIED);
  await expect(cashier.getByTestId('deposit-agency')).toContainText('0001-9');
  await expect(customer.getByRole('heading', { name: 'Pague por transferência' })).toBeVisible();

  await expect(cashier.getByRole('heading', { name: 'Pagamento não concluído' })).toBeVisible({ timeout: 30_000 });
  await expect(
    cashier.getByText('O provedor de pagamento negou esta transferência. Não conte com este depósito: peça outra forma de pagamento ao cliente.'),
  ).toBeVisible();
  await expect(customer.getByRole('heading', { name: 'Pagamento não concluído' })).toBeVisible();
  await expect(customer.getByText('Por favor, fale com o caixa.')).toBeVisible();
  await shot(cashier, 'transfer-denied');
  await shot(customer, 'customer-transfer-denied');

  await cashier.keyboard.press('Enter');
  await expect(cashier.getByLabel('Valor')).toHaveText(/R\$\s0,00/);
});

test('a short e-mail is refused in plain words, and Esc twice cancels the transfer', async ({ browser }) => {
  const customer = await openPage(browser);
  await customer.goto(shell.customerUrl);
  const page = await openPage(browser);
  await page.goto(shell.cashierUrl);
  await signIn(page);
  await choosePixProvider(page, 'Payments');

  // Looks like an e-mail, so the form lets it through; the gateway's 30-character minimum does not.
  await startTransfer(page, '8000', { ...MARIA, email: 'ana@gmail.com' });
  await expect(page.getByRole('alert')).toHaveText(/só aceita e-mails de 30 a 255 caracteres/);
  await expect(page.getByRole('heading', { name: 'Quem faz a transferência' })).toBeVisible();
  await expect(page.getByLabel('Nome do pagador')).toHaveValue('Maria da Silva');
  await shot(page, 'transfer-short-email');
  await page.getByLabel('E-mail do pagador').fill(MARIA.email);
  await page.keyboard.press('Enter');

  await expect(page.getByTestId('deposit-amount')).toContainText(money('R$ 81,20'));
  // The details may show before the call that made them returns: Esc counts once the till is free.
  await expect(page.getByRole('button', { name: 'Cancelar (Esc)' })).toBeEnabled();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('alertdialog', { name: 'Cancelar esta transferência? Avise o cliente para não fazer o depósito.' })).toBeVisible();
  await shot(page, 'transfer-cancel-confirm');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Venda cancelada' })).toBeVisible();
  await expect(customer.getByText('Venda cancelada')).toBeVisible();
});

test('a PIX on Payments shows what the customer really pays: the fee on top, on both screens and in the QR', async ({ browser }) => {
  const customer = await openPage(browser);
  await customer.goto(shell.customerUrl);
  const page = await openPage(browser);
  await page.goto(shell.cashierUrl);
  await signIn(page);
  await choosePixProvider(page, 'Payments');
  await page.keyboard.type('3000');
  await page.keyboard.press('F2');
  await expect(page.getByRole('heading', { name: 'Quem paga o PIX' })).toBeVisible();
  await fillPayer(page, MARIA);
  await page.keyboard.press('Enter');

  // 30,00 + 1.5 % = 30,45: the QR asks for the total.
  await expect(page.getByRole('img', { name: 'QR Code PIX' })).toBeVisible();
  await expect(page.getByTestId('amount-due')).toHaveText(money('R$ 30,45'));
  await expect(page.getByTestId('quote-breakdown')).toContainText(/Valor da venda\s*R\$\s30,00/);
  await expect(page.getByTestId('quote-breakdown')).toContainText(/Taxa\s*R\$\s0,45/);
  expect(await page.getByLabel('PIX copia e cola').inputValue()).toContain('540530.45');
  await expect(customer.getByText('Pague com PIX')).toBeVisible();
  await expect(customer.getByText(money('R$ 30,45'))).toBeVisible();
  await expect(customer.getByText('Taxa')).toBeVisible();
  const qrPath = test.info().outputPath('customer-quote-qr.png');
  await customer.getByRole('img', { name: 'QR Code PIX' }).screenshot({ path: qrPath });
  expect(decodeQr(qrPath)).toContain('540530.45');
  await shot(page, 'pix-quote');
  await shot(customer, 'customer-pix-quote');

  await expect(page.getByRole('button', { name: 'Cancelar (Esc)' })).toBeEnabled();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page.getByText('Venda cancelada')).toBeVisible();
});

test('in demo a transfer is paid with “Simular pagamento (demo)”: PAGO on both screens', async ({ browser }) => {
  const customer = await openPage(browser, { viewport: { width: 1920, height: 1080 }, locale: 'pt-BR' });
  await customer.goto(shell.customerUrl);
  const cashier = await openPage(browser);
  await cashier.goto(shell.cashierUrl);
  await signIn(cashier);
  await choosePixProvider(cashier, 'Payments');

  // R$ 80,00 does not end in 01 centavos: the sandbox waits for a deposit that only the demo button makes.
  await startTransfer(cashier, '8000', MARIA);
  await expect(cashier.getByTestId('deposit-amount')).toContainText(money('R$ 81,20'));
  await expect(customer.getByRole('heading', { name: 'Pague por transferência' })).toBeVisible();
  const simulate = cashier.getByRole('button', { name: 'Simular pagamento (demo)' });
  await expect(simulate).toBeEnabled();
  await shot(cashier, 'transfer-simulate-offered');

  await simulate.click();
  await expect(cashier.getByRole('heading', { name: 'PAGO' })).toBeVisible({ timeout: 30_000 });
  await expect(cashier.getByTestId('charged')).toHaveText(money('Total pago pelo cliente: R$ 81,20'));
  await expect(customer.getByText('Pagamento aprovado — obrigado!')).toBeVisible();
  await shot(cashier, 'transfer-simulated-paid');
  await shot(customer, 'customer-transfer-simulated-paid');

  await cashier.keyboard.press('Enter');
  await cashier.keyboard.press('F9');
  await expect(cashier.getByRole('button', { name: /R\$\s80,00\s*Transferência\s*Paga/ })).toBeVisible();
});
