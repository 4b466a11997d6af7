import { expect, test } from '@playwright/test';
import { shot } from './support/cashier.ts';
import { signIn } from './support/operator.ts';
import { astrapayPortal } from './support/astrapay-portal.ts';
import { useShell } from './support/web-shell.ts';

const shell = useShell({ autoPayDelayMs: 1500 });
test.use({ locale: 'pt-BR' });

const astrapay = astrapayPortal(() => shell.sandboxUrl).request;

test('a refund the provider paid twice alerts the cashier and shows in the day report as a reversal', async ({ page }) => {
  await page.goto(shell.cashierUrl);
  await signIn(page);
  await page.keyboard.type('2001');
  await page.keyboard.press('F2');
  await expect(page.getByRole('heading', { name: 'PAGO' })).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press('Enter');

  // The refund is made at the provider, but its answer is held, then the connection drops.
  await fetch(`${shell.sandboxUrl}/__sim/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ route: 'POST /astrapay/charge/v1/refunds', kind: 'timeout_after_commit', ms: 4_000, times: 1 }),
  });
  await page.keyboard.press('F9');
  await page.getByRole('button', { name: /R\$\s20,01\s*PIX\s*Paga/ }).click();
  await page.getByLabel('Valor a estornar').fill('5,00');
  await page.getByLabel('Motivo', { exact: true }).fill('Troca');
  await page.getByRole('button', { name: 'Estornar…' }).click();
  await page.getByRole('button', { name: 'Sim, estornar' }).click();

  // While the answer is held, the provider pays the same request again (same description, same till refund id).
  const window = `initialDate=${encodeURIComponent(new Date(Date.now() - 600_000).toISOString())}&endDate=${encodeURIComponent(new Date(Date.now() + 600_000).toISOString())}&page=0&size=100`;
  let made: { txid: string; amount: number; description: string } | undefined;
  await expect(async () => {
    const list = (await astrapay(`/charge/v1/refunds?${window}`)) as { content?: { txid: string; amount: number; description: string }[] };
    made = list.content?.find((refund) => refund.description.startsWith('Troca #'));
    expect(made).toBeDefined();
  }).toPass({ timeout: 10_000 });
  await astrapay('/charge/v1/refunds', { method: 'POST', json: { txid: made?.txid, amount: made?.amount, description: made?.description } });

  // The cashier is told at once, over whatever screen shows; Esc takes the alert away and nothing else.
  await expect(page.getByRole('alert')).toContainText(/O provedor pagou duas vezes uma devolução de R\$\s5,00/, { timeout: 30_000 });
  await shot(page, 'refund-paid-twice-alert');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByText('Reversões feitas pelo caixa')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('reversal')).toContainText(/Estorno pago duas vezes\s*—\s*R\$\s5,00/);
  await expect(page.getByTestId('refunds-completed')).toContainText(/Estornado: 1/, { timeout: 20_000 });
  await shot(page, 'day-report-reversal');
});
