import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { expect, test } from '@playwright/test';
import { chooseCardProvider, openCardForm, openSettings, shot, typeCard } from './support/cashier.ts';
import { signIn } from './support/operator.ts';
import { cancelPix } from './support/sale-steps.ts';
import { useShell } from './support/web-shell.ts';

const shell = useShell({ autoPayDelayMs: 60_000 });

test.use({ locale: 'pt-BR' });

function lastTxid(): string {
  const ledger = new DatabaseSync(join(shell.dataDir, 'ledger.sqlite'), { readOnly: true });
  try {
    return String(ledger.prepare('SELECT pix_txid FROM sales ORDER BY created_at DESC LIMIT 1').get()?.pix_txid);
  } finally {
    ledger.close();
  }
}

test('a late payment alerts a cashier who is on another screen, and R refunds it', async ({ page }) => {
  await page.goto(shell.cashierUrl);
  await signIn(page);
  await expect(page.getByText('DEMO', { exact: true })).toBeVisible();
  await page.keyboard.type('1250');
  await page.keyboard.press('F2');
  await cancelPix(page);
  await page.keyboard.press('Enter');

  // The cashier is away in Settings when the customer pays the cancelled QR.
  await openSettings(page, 'Loja');
  // The customer pays the cancelled QR anyway (its txid from the ledger, as a bookkeeper would read it).
  expect((await fetch(`${shell.sandboxUrl}/__sim/astrapay/pix/${encodeURIComponent(lastTxid())}/pay`, { method: 'POST' })).status).toBe(204);

  const banner = page.getByRole('alert').filter({ hasText: 'Pagamento atrasado' });
  await expect(banner).toBeVisible({ timeout: 15_000 });
  await expect(banner).toContainText(/R\$\s12,50/);
  await expect(page.getByRole('heading', { name: 'Configurações' })).toBeVisible();
  await shot(page, 'late-payment-alert');

  await page.keyboard.press('r');
  await expect(banner).toHaveCount(0);
  await page.keyboard.press('Escape');
  await page.keyboard.press('F9');
  const row = page.getByRole('button', { name: /R\$\s12,50/ });
  await row.click();
  await expect(page.getByRole('region', { name: 'Detalhes da venda' }).getByText('Pago com atraso')).toBeVisible();
  await expect(page.locator('.refunds li').first()).toContainText(/Solicitado|Em processamento|Estornado/);
  await shot(page, 'late-payment-refunded');
});

test('a manager resolves a card sale that needs checking', async ({ page }) => {
  await page.goto(shell.cashierUrl);
  await signIn(page);
  await chooseCardProvider(page, 'Card Payments');
  const armed = await fetch(`${shell.sandboxUrl}/__sim/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ route: 'POST /card-payments/v1/card_payments', kind: 'timeout_after_commit', ms: 20_000, times: 1 }),
  });
  expect(armed.status).toBe(204);

  await openCardForm(page, '6600');
  await typeCard(page, { number: '5555555555554444' });
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: /Conferir/ })).toBeVisible({ timeout: 40_000 });
  await expect(page.getByRole('button', { name: /Tentar/ })).toHaveCount(0);
  await shot(page, 'needs-checking-counter');
  await page.keyboard.press('Enter');

  await page.keyboard.press('F9');
  await page.getByRole('button', { name: /R\$\s66,00.*Conferir/ }).click();
  const panel = page.getByRole('region', { name: 'Conferir: o cliente foi cobrado?' });
  await expect(panel).toContainText('card-payments');
  await expect(panel).toContainText('4444');
  await expect(panel).toContainText(/R\$\s66,00/);
  await shot(page, 'needs-checking-facts');
  await panel.getByRole('button', { name: 'Foi cobrado', exact: true }).click();
  await expect(page.getByRole('button', { name: /R\$\s66,00.*Paga/ })).toBeVisible();
  await shot(page, 'needs-checking-resolved');
});
