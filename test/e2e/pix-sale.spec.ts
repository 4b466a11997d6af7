import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { expect, test, type Page } from '@playwright/test';
import { shot } from './support/cashier.ts';
import { decodeQr, useShell } from './support/web-shell.ts';
import { signIn } from './support/operator.ts';

const shell = useShell({ autoPayDelayMs: 5000 });

async function qrPayload(page: Page, name: string): Promise<string> {
  const path = test.info().outputPath(`${name}-qr.png`);
  await page.getByRole('img', { name: 'QR Code PIX' }).screenshot({ path });
  return decodeQr(path);
}

test('a cashier charges R$ 12,01 by PIX and both screens show it paid without touching anything else', async ({ browser }) => {
  const customer = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  await customer.goto(shell.customerUrl);
  await expect(customer.getByText('Bem-vindo!')).toBeVisible();

  const cashier = await browser.newPage();
  await cashier.goto(shell.cashierUrl);
  await signIn(cashier);
  await expect(cashier.getByText('DEMO', { exact: true })).toBeVisible();
  await cashier.keyboard.type('1201');
  await expect(cashier.getByLabel('Valor')).toHaveText(/R\$\s12,01/);
  await cashier.keyboard.press('F2');

  await expect(cashier.getByRole('img', { name: 'QR Code PIX' })).toBeVisible();
  await expect(cashier.getByText('Aguardando pagamento')).toBeVisible();
  const copyAndPaste = await cashier.getByLabel('PIX copia e cola').inputValue();
  expect(copyAndPaste).toMatch(/^000201/);
  expect(copyAndPaste).toContain('540512.01');
  expect(await qrPayload(cashier, 'cashier')).toBe(copyAndPaste);

  await expect(customer.getByText('Pague com PIX')).toBeVisible();
  await expect(customer.getByText(/R\$\s12,01/)).toBeVisible();
  expect(await qrPayload(customer, 'customer')).toBe(copyAndPaste);
  await shot(cashier, 'cashier-awaiting');
  await shot(customer, 'customer-awaiting');

  // The sandbox pays amounts ending in 01 centavos by itself; the till learns it by polling.
  await expect(cashier.getByRole('heading', { name: 'PAGO' })).toBeVisible({ timeout: 30_000 });
  await expect(customer.getByText('Pagamento aprovado — obrigado!')).toBeVisible();
  await shot(cashier, 'cashier-paid');
  await shot(customer, 'customer-paid');

  await cashier.keyboard.press('Enter');
  await expect(cashier.getByLabel('Valor')).toHaveText(/R\$\s0,00/);
  await expect(customer.getByText('Bem-vindo!')).toBeVisible();
});

test('a wrong token is refused, for pages and for the live connection', async ({ page }) => {
  const refused = await page.goto(`${shell.origin}/?token=not-the-token`);
  expect(refused?.status()).toBe(401);
  await expect(page.getByText('Acesso negado')).toBeVisible();

  const displayToken = new URL(shell.customerUrl).searchParams.get('token');
  expect((await page.goto(`${shell.origin}/?token=${displayToken}`))?.status()).toBe(401);

  await page.goto(shell.customerUrl);
  const opened = await page.evaluate(
    (url) =>
      new Promise<boolean>((resolve) => {
        const socket = new WebSocket(url);
        socket.onopen = () => resolve(true);
        socket.onclose = () => resolve(false);
      }),
    `${shell.origin.replace('http', 'ws')}/rpc?token=not-the-token`,
  );
  expect(opened).toBe(false);
});

test('bad amounts and a provider that is down get plain words, keep the amount and lose nothing', async ({ page }) => {
  await page.goto(shell.cashierUrl);
  await signIn(page);
  await page.keyboard.press('F2');
  await expect(page.getByRole('alert')).toHaveText('Digite um valor');

  await page.keyboard.type('5000');
  // One 503: the till sends the create once, asks by reference, finds nothing, and says so.
  const fault = { route: 'POST /astrapay/charge/v1/dynamic', kind: 'status', status: 503, times: 1 };
  expect((await fetch(`${shell.sandboxUrl}/__sim/faults`, { method: 'POST', body: JSON.stringify(fault) })).status).toBe(204);
  await page.getByRole('button', { name: 'Cobrar com PIX (F2)' }).click();
  await expect(page.getByRole('alert')).toContainText('provedor');
  await expect(page.getByLabel('Valor')).toHaveText(/R\$\s50,00/);
  await shot(page, 'provider-down');

  // The till stays usable: the same amount goes through once the provider is back.
  await page.keyboard.press('F2');
  await expect(page.getByRole('img', { name: 'QR Code PIX' })).toBeVisible();

  const ledger = new DatabaseSync(join(shell.dataDir, 'ledger.sqlite'), { readOnly: true });
  const sales = ledger.prepare('SELECT amount_cents, state, problem_json FROM sales ORDER BY created_at').all();
  ledger.close();
  expect(sales.map((sale) => [sale.amount_cents, sale.state])).toEqual([
    [5000, 'failed'],
    [5000, 'awaiting_payment'],
  ]);
  expect(JSON.parse(String(sales[0]?.problem_json))).toMatchObject({ code: 'provider_unavailable' });
});

test('the cashier cancels a PIX with Esc twice and the customer sees it', async ({ browser }) => {
  const customer = await browser.newPage();
  await customer.goto(shell.customerUrl);
  const cashier = await browser.newPage();
  await cashier.goto(shell.cashierUrl);
  await signIn(cashier);
  await cashier.keyboard.type('2550');
  await cashier.keyboard.press('Enter');
  await expect(cashier.getByRole('img', { name: 'QR Code PIX' })).toBeVisible();
  await expect(cashier.getByRole('button', { name: 'Cancelar (Esc)' })).toBeEnabled();
  await cashier.keyboard.press('Escape');
  await expect(cashier.getByRole('button', { name: 'Sim, cancelar (Esc)' })).toBeVisible();
  await cashier.keyboard.press('Escape');
  await expect(cashier.getByText('Venda cancelada')).toBeVisible();
  await expect(customer.getByText('Venda cancelada')).toBeVisible();
  await shot(cashier, 'cashier-cancelled');
});
