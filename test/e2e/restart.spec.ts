import { statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { closePages, openPage, shot } from './support/cashier.ts';
import { startShell, type RunningShell } from './support/web-shell.ts';
import { signIn } from './support/operator.ts';

let shells: RunningShell[] = [];
test.afterEach(async () => {
  await closePages();
  for (const shell of shells.splice(0)) await shell.stop();
});

test('pages left open get the restarted till back by themselves, with no reload', async ({ browser }) => {
  const first = await startShell({ autoPayDelayMs: 3000 });
  shells.push(first);
  const customer = await openPage(browser, { viewport: { width: 1280, height: 800 } });
  await customer.goto(first.customerUrl);
  const cashier = await openPage(browser);
  await cashier.goto(first.cashierUrl);
  await signIn(cashier);
  await expect(customer.getByText('Bem-vindo!')).toBeVisible();
  await expect(cashier.getByText('DEMO', { exact: true })).toBeVisible();
  // A value in each page's JavaScript heap: any reload would lose it.
  for (const page of [customer, cashier]) await page.evaluate(() => Object.assign(window, { launchMarker: 'still-here' }));

  await first.stop();
  shells = [];
  await expect(customer.getByText('Conexão com o caixa perdida. Reconectando…')).toBeVisible();
  await shot(customer, 'customer-till-down');

  const second = await startShell({ dataDir: first.dataDir, autoPayDelayMs: 3000 });
  shells.push(second);
  // Same install, same port, same tokens: the addresses the pages hold are still good.
  expect(second.cashierUrl).toBe(first.cashierUrl);
  expect(second.customerUrl).toBe(first.customerUrl);
  await expect(customer.getByText('Conexão com o caixa perdida. Reconectando…')).toBeHidden();
  await expect(cashier.getByText('Conexão com o caixa perdida. Reconectando…')).toBeHidden();
  // A restarted till starts locked: the page shows the lock screen by itself.
  await signIn(cashier);

  await cashier.keyboard.type('1201');
  await cashier.keyboard.press('F2');
  await expect(customer.getByText('Pague com PIX')).toBeVisible();
  await expect(customer.getByText(/R\$\s12,01/)).toBeVisible();
  await shot(customer, 'customer-after-restart');
  await expect(cashier.getByRole('heading', { name: 'PAGO' })).toBeVisible({ timeout: 30_000 });
  for (const page of [customer, cashier]) {
    expect(await page.evaluate(() => (window as unknown as { launchMarker?: string }).launchMarker)).toBe('still-here');
  }

  // The ledger and the tokens are the user's alone.
  expect(statSync(second.dataDir).mode & 0o777).toBe(0o700);
  expect(statSync(join(second.dataDir, 'ledger.sqlite')).mode & 0o777).toBe(0o600);
  expect(statSync(join(second.dataDir, 'access-tokens.json')).mode & 0o777).toBe(0o600);
});

