/**
 * A refund of another till's sale that the provider pays twice: till 2 refunds part of till 1's PIX from the
 * store panel, the provider's answer is lost, and meanwhile the provider pays the same request again. When
 * till 2 finds both, its cashier sees the alert over whatever screen is up, naming the amount and till 1, and
 * till 2's day report lists the money paid twice.
 */
import { expect, test } from '@playwright/test';
import { astrapayPortal } from './support/astrapay-portal.ts';
import { openPage, shot } from './support/cashier.ts';
import { payPix } from './support/sale-steps.ts';
import { signInAndJoin, useTwoTillShop } from './support/store-steps.ts';

test.use({ locale: 'pt-BR' });

const startShop = useTwoTillShop();

test('the cashier at till 2 is alerted when the provider paid its refund of till 1’s sale twice', async ({ browser, page }) => {
  test.setTimeout(120_000);
  const { url, first, second } = await startShop('shop_refund_twice_e2e');
  await signInAndJoin(page, first.cashierUrl, url, 'C1', 'Caixa da frente');
  await payPix(page, '4001');
  await expect(page.getByTestId('store-sync')).toHaveText('loja: sincronizado');

  const other = await openPage(browser, { locale: 'pt-BR' });
  await signInAndJoin(other, second.cashierUrl, url, 'C2', 'Caixa do fundo');
  await other.keyboard.press('F9');
  const sale = other.getByRole('table', { name: 'Vendas' }).getByRole('row', { name: /C1-000001/ });
  await expect(sale).toContainText(/R\$\s40,01/);

  // The provider makes the refund but its answer never reaches till 2.
  const fault = { route: 'POST /astrapay/charge/v1/refunds', kind: 'timeout_after_commit', ms: 60_000, times: 1 };
  expect((await fetch(`${first.sandboxUrl}/__sim/faults`, { method: 'POST', body: JSON.stringify(fault) })).status).toBe(204);
  await sale.getByRole('button', { name: 'Estornar a venda C1-000001' }).focus();
  await other.keyboard.press('Enter');
  const form = other.getByRole('form', { name: 'Estorno da venda C1-000001 (caixa C1)' });
  await expect(form.getByLabel('Valor a estornar')).toBeFocused();
  await other.keyboard.type('15,00');
  await other.keyboard.press('Tab');
  await other.keyboard.type('Troca');
  await other.keyboard.press('Enter');

  // While till 2 waits for its answer, the provider pays the same request a second time.
  // In the provider's portal, as its own list shows it: the same txid, amount and description (the till's refund id).
  const astrapay = astrapayPortal(() => first.sandboxUrl).request;
  const window = `initialDate=${encodeURIComponent(new Date(Date.now() - 600_000).toISOString())}&endDate=${encodeURIComponent(new Date(Date.now() + 600_000).toISOString())}&page=0&size=100`;
  let made: { txid: string; amount: number; description: string } | undefined;
  await expect(async () => {
    const list = (await astrapay(`/charge/v1/refunds?${window}`)) as { content?: { txid: string; amount: number; description: string }[] };
    made = list.content?.find((refund) => refund.description.startsWith('Troca #'));
    expect(made).toBeDefined();
  }).toPass({ timeout: 10_000 });
  await astrapay('/charge/v1/refunds', { method: 'POST', json: { txid: made?.txid, amount: made?.amount, description: made?.description } });

  const banner = other.getByRole('alert').filter({ hasText: 'pagou duas vezes' });
  await expect(banner).toHaveText(/O provedor pagou duas vezes uma devolução de R\$\s15,00 que este caixa fez de uma venda do caixa C1\./, { timeout: 45_000 });
  await shot(other, 'store-refund-twice-alert');
  await banner.getByRole('button', { name: 'OK (Esc)' }).click();
  await expect(banner).toBeHidden();
  // The till's own day report, read again, lists the money paid twice among the reversals.
  await other.keyboard.press('Escape');
  await other.keyboard.press('F9');
  await expect(other.getByTestId('reversal')).toContainText(/Estorno pago duas vezes\s*—\s*R\$\s15,00/);
  await other.getByTestId('reversal').scrollIntoViewIfNeeded();
  await shot(other, 'store-refund-twice-report');
});
