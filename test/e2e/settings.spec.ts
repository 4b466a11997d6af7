import { expect, test } from '@playwright/test';
import { openPage, openSettings, shot } from './support/cashier.ts';
import { useShell } from './support/web-shell.ts';
import { signIn } from './support/operator.ts';

const shell = useShell();

test.use({ locale: 'pt-BR' });

test('the shop’s name is changed in Settings and the header and the customer’s welcome show it at once', async ({ browser }) => {
  const customer = await openPage(browser);
  await customer.goto(shell.customerUrl);
  await expect(customer.getByTestId('customer-merchant')).toHaveText('Loja Demo');
  const page = await openPage(browser);
  await page.goto(shell.cashierUrl);
  await signIn(page);
  await expect(page.getByText('DEMO', { exact: true })).toBeVisible();
  await openSettings(page, 'Loja');
  await page.getByLabel('Nome da loja').fill('Padaria Pão Quente');
  await page.getByLabel('Cidade').fill('Recife');
  await page.getByLabel('CNPJ ou CPF').fill('');
  await page.getByLabel('CNPJ ou CPF').pressSequentially('11222333000182');
  await page.getByRole('button', { name: 'Salvar dados da loja' }).click();
  await expect(page.getByText('CNPJ ou CPF inválido. Confira os algarismos.')).toBeVisible();

  await page.getByLabel('CNPJ ou CPF').fill('');
  await page.getByLabel('CNPJ ou CPF').pressSequentially('11222333000181');
  await expect(page.getByLabel('CNPJ ou CPF')).toHaveValue('11.222.333/0001-81');
  await page.getByLabel('Endereço').fill('Rua da Aurora, 100');
  await page.getByRole('button', { name: 'Salvar dados da loja' }).click();
  await expect(page.getByText('Dados da loja salvos.')).toBeVisible();
  await expect(page.getByTestId('merchant-name')).toHaveText('Padaria Pão Quente');
  // app.changed carries the name to every window: the customer's welcome follows without a reload.
  await expect(customer.getByTestId('customer-merchant')).toHaveText('Padaria Pão Quente');
  await expect(customer.getByText('Bem-vindo!')).toBeVisible();
  await shot(page, 'settings-merchant');
  await shot(customer, 'customer-welcome-merchant');

  await page.keyboard.press('Escape');
  await expect(page.getByLabel('Valor')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('merchant-name')).toHaveText('Padaria Pão Quente');
});

test('credentials are write-only: saved, shown as "definido", never in the page', async ({ page }) => {
  const clientId = 'client-id-7f3a9c';
  const secret = 'S3cr3t-value-never-shown-4b1d';
  await page.goto(shell.cashierUrl);
  await signIn(page);
  await openSettings(page, 'Pagamentos');
  await expect(page.locator('#provider-pix')).toHaveValue('astrapay');
  await page.locator('#environment-pix').selectOption('sandbox');
  await expect(page.getByText('Alterações ainda não salvas.')).toBeVisible();

  const form = page.locator('form.credentials');
  await expect(form.getByRole('heading')).toHaveText('Credenciais: Astrapay (Sandbox)');
  await expect(form.getByTestId('credential-state')).toHaveText(['não definido', 'não definido']);
  await form.getByLabel('Client ID').fill(clientId);
  await form.getByLabel('Client secret').fill(secret);
  await form.getByRole('button', { name: 'Salvar credenciais' }).click();
  await expect(form.getByText('Credenciais salvas.')).toBeVisible();
  await expect(form.getByTestId('credential-state')).toHaveText(['definido', 'definido']);
  await expect(form.getByLabel('Client ID')).toHaveValue('');
  await expect(form.getByLabel('Client secret')).toHaveValue('');
  const html = await page.content();
  expect(html).not.toContain(secret);
  expect(html).not.toContain(clientId);
  await shot(page, 'settings-credentials');

  // Read afresh from main: still only "definido", still no value anywhere.
  await page.reload();
  await openSettings(page, 'Pagamentos');
  await page.locator('#environment-pix').selectOption('sandbox');
  await expect(page.locator('form.credentials').getByTestId('credential-state')).toHaveText(['definido', 'definido']);
  expect(await page.content()).not.toContain(secret);

  // The embedded sandbox answers; the tested environment is the one on screen.
  await page.locator('#environment-pix').selectOption('embedded');
  await page.getByRole('group', { name: 'PIX' }).getByRole('button', { name: 'Testar conexão' }).click();
  await expect(page.getByTestId('test-pix')).toHaveText('Conexão OK.');
});

test('a card provider is chosen in Settings and the counter offers what it can do', async ({ page }) => {
  await page.goto(shell.cashierUrl);
  await signIn(page);
  await openSettings(page, 'Pagamentos');
  const cardProviders = await page.locator('#provider-card option').allTextContents();
  expect(cardProviders).toContain('Nenhum (não oferecer)');
  expect(cardProviders).toContain('Card Payments');
  expect(cardProviders).not.toContain('Payments');

  await page.locator('#provider-card').selectOption({ label: 'Nenhum (não oferecer)' });
  await page.getByRole('button', { name: 'Salvar provedores' }).click();
  await expect(page.getByText('Provedores salvos.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Cobrar com PIX (F2)' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cobrar no cartão (F3)' })).toHaveCount(0);

  await openSettings(page, 'Pagamentos');
  await page.locator('#provider-card').selectOption({ label: 'Card Payments' });
  await page.getByRole('button', { name: 'Salvar provedores' }).click();
  await expect(page.getByText('Cartão: Card Payments')).toBeVisible();
  await shot(page, 'settings-payments');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Cobrar no cartão (F3)' })).toBeVisible();
});

test('the language is switched from Settings as well as from the header', async ({ page }) => {
  await page.goto(shell.cashierUrl);
  await signIn(page);
  await openSettings(page, 'Idioma');
  await page.getByRole('main').getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Today’s sales (F9)' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Charge by card (F3)' })).toBeVisible();
  await page.getByRole('banner').getByRole('button', { name: 'Português' }).click();
  await expect(page.getByRole('button', { name: 'Cobrar no cartão (F3)' })).toBeVisible();
});

test('a PIX provider that needs the payer gets name, CPF and e-mail before the QR', async ({ page }) => {
  await page.goto(shell.cashierUrl);
  await signIn(page);
  await openSettings(page, 'Pagamentos');
  await page.locator('#provider-pix').selectOption({ label: 'Payments' });
  await page.locator('#environment-pix').selectOption('embedded');
  await page.getByRole('button', { name: 'Salvar provedores' }).click();
  await expect(page.getByText('PIX: Payments')).toBeVisible();
  await page.keyboard.press('Escape');

  await page.keyboard.type('3000');
  await page.keyboard.press('F2');
  await expect(page.getByRole('heading', { name: 'Quem paga o PIX' })).toBeVisible();
  await expect(page.getByLabel('Nome do pagador')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Digite o nome completo do pagador (3 a 150 caracteres).')).toBeVisible();
  await expect(page.getByText('Digite o CPF do pagador.')).toBeVisible();
  await expect(page.getByText('Digite o e-mail do pagador.')).toBeVisible();

  await page.getByLabel('Nome do pagador').fill('Maria da Silva');
  await page.getByLabel('CPF do pagador').pressSequentially('52998224725');
  await expect(page.getByLabel('CPF do pagador')).toHaveValue('529.982.247-25');
  await page.getByLabel('E-mail do pagador').fill('maria.da.silva.compras@example.com.br');
  await shot(page, 'pix-payer');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('img', { name: 'QR Code PIX' })).toBeVisible();
  // The QR may show before the call that made it returns: Esc counts once the till is free.
  await expect(page.getByRole('button', { name: 'Cancelar (Esc)' })).toBeEnabled();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page.getByText('Venda cancelada')).toBeVisible();
});
