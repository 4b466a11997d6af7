import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { expect, test, type Page } from '@playwright/test';
import { openSettings, shot } from './support/cashier.ts';
import { lockTill, signIn } from './support/operator.ts';
import { cancelPix, openSales, payPix } from './support/sale-steps.ts';
import { astrapayPortal } from './support/astrapay-portal.ts';
import { useShell } from './support/web-shell.ts';

const shell = useShell({ autoPayDelayMs: 1500 });

test.use({ locale: 'pt-BR' });

const { outsideCharge } = astrapayPortal(() => shell.sandboxUrl);

function lastTxid(): string {
  const ledger = new DatabaseSync(join(shell.dataDir, 'ledger.sqlite'), { readOnly: true });
  try {
    return String(ledger.prepare('SELECT pix_txid FROM sales ORDER BY created_at DESC LIMIT 1').get()?.pix_txid);
  } finally {
    ledger.close();
  }
}

/** The demo manager adds the cashier Caio and hands the till over to him (the shift stays open). */
async function handOverToCashier(page: Page): Promise<void> {
  await page.keyboard.press('F10');
  await page.getByRole('navigation', { name: 'Seções das configurações' }).getByRole('button', { name: 'Operadores' }).click();
  await page.getByLabel('Nome', { exact: true }).fill('Caio');
  await page.getByLabel('PIN (4 a 8 dígitos)').fill('2468');
  await page.getByRole('button', { name: 'Cadastrar operador' }).click();
  await expect(page.getByText('Operador cadastrado.')).toBeVisible();
  await page.keyboard.press('Escape');
  await lockTill(page);
  await signIn(page, { operator: 'Caio', pin: '2468' });
  await expect(page.getByTestId('operator-name')).toHaveText('Caio');
}

test('a cashier asks, a manager approves: a PIX paid outside the till is reversed at the provider, and the next check agrees', async ({ page }) => {
  await page.goto(shell.cashierUrl);
  await signIn(page);
  await handOverToCashier(page);
  await payPix(page, '1201');
  const txid = await outsideCharge(55.0);

  await openSales(page);
  await page.getByRole('button', { name: 'Conferir com o provedor' }).click();
  const pix = page.getByTestId('reconcile-pix');
  await expect(pix).toContainText('1 venda confere · 1 diferença:');
  const row = pix.getByRole('listitem');
  await expect(row).toContainText(/Pago no provedor e desconhecido no caixa: R\$\s55,00/);
  await expect(row).toContainText(txid);
  const actions = row.getByRole('group', { name: /^O que fazer com: Pago no provedor/ });
  await expect(actions.getByRole('button')).toHaveText(['Reverter', 'Marcar resolvido']);

  // By keyboard: the note, then Tab to the suggested action.
  await actions.getByLabel('Observação (opcional)').fill('Cobrança que não é da loja');
  await page.keyboard.press('Tab');
  await expect(actions.getByRole('button', { name: 'Reverter' })).toBeFocused();
  await page.keyboard.press('Enter');

  const approval = page.getByRole('dialog', { name: 'Autorização do gerente' });
  await expect(approval).toBeVisible();
  await approval.getByLabel('PIN do gerente').fill('1234');
  await shot(page, 'reconcile-action-approval');
  await approval.getByLabel('PIN do gerente').press('Enter');
  await expect(approval).toBeHidden();

  // The refund at the provider settles after a moment: until then the row says what the manager chose.
  await expect(pix.getByText('Resolvido: Reverter — Cobrança que não é da loja').or(pix.getByText('1 venda confere · nenhuma diferença.'))).toBeVisible();
  await expect(async () => {
    await page.getByRole('button', { name: 'Conferir com o provedor' }).click();
    await expect(pix).toContainText('1 venda confere · nenhuma diferença.', { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByTestId('reversal')).toContainText(/PIX devolvido — R\$\s55,00 · conciliação \(gerente\)/);
  await shot(page, 'reconcile-action-settled');
});

test('the day’s sales mark a late payment in the list, and R on its row refunds it', async ({ page }) => {
  await page.goto(shell.cashierUrl);
  await signIn(page);
  await page.keyboard.type('1250');
  await page.keyboard.press('F2');
  await cancelPix(page);
  await page.keyboard.press('Enter');

  expect((await fetch(`${shell.sandboxUrl}/__sim/astrapay/pix/${encodeURIComponent(lastTxid())}/pay`, { method: 'POST' })).status).toBe(204);
  const banner = page.getByRole('alert').filter({ hasText: 'Pagamento atrasado' });
  await expect(banner).toBeVisible({ timeout: 15_000 });
  // The cashier leaves the alert for later.
  await page.keyboard.press('Escape');
  await expect(banner).toHaveCount(0);

  await openSales(page);
  const row = page.getByRole('button', { name: /R\$\s12,50.*Pago com atraso/ });
  await expect(row).toBeVisible();
  await expect(row).toBeFocused();
  await shot(page, 'late-payment-in-list');
  await page.keyboard.press('r');

  await expect(row).toContainText(/R\$\s12,50\s*$/, { timeout: 15_000 });
  await row.click();
  await expect(page.locator('.refunds li').first()).toContainText(/Pagamento atrasado/);
  await shot(page, 'late-payment-refunded-from-list');
});

test('Settings: the automatic refund of late payments is one checkbox, kept after leaving', async ({ page }) => {
  await page.goto(shell.cashierUrl);
  await signIn(page);
  await openSettings(page, 'Pagamentos');
  const box = page.getByRole('checkbox', { name: 'Estornar automaticamente pagamentos tardios' });
  await expect(box).not.toBeChecked();
  await box.focus();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  await expect(box).toBeEnabled();
  await shot(page, 'auto-refund-late-setting');

  await page.keyboard.press('Escape');
  await openSettings(page, 'Pagamentos');
  await expect(page.getByRole('checkbox', { name: 'Estornar automaticamente pagamentos tardios' })).toBeChecked();
});
