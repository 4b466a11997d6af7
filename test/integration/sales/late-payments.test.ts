/**
 * Late payments are loud: a cancelled PIX or transfer that the customer pays anyway is booked paid with a
 * mark, the cashier gets an alert (whatever screen shows), and the Settings choice makes the refund automatic.
 */
import { describe, expect, it } from 'vitest';
import type { SaleView, SettingsView } from '../../../src-preload/contract.ts';
import { recordEvents } from '../../support/event-recorder.ts';
import { okValue } from '../../support/replies.ts';
import { payPix } from '../../support/sandbox.ts';
import { startTestCore, type TestCore } from '../../support/test-core.ts';
import { waitFor } from '../../support/wait-for.ts';

const PAYER = { name: 'Maria da Silva', document: '52998224725', email: 'maria.da.silva.compradora@example.com.br' };
const saleOf = async (t: TestCore, saleId: string) => okValue<SaleView>(await t.invoke('sale.get', { saleId }));

async function cancelledPix(t: TestCore, amountCents: number): Promise<SaleView> {
  const sale = okValue<SaleView>(await t.invoke('sale.startPix', { amountCents }));
  okValue(await t.invoke('sale.cancel', { saleId: sale.id }));
  okValue(await t.invoke('sale.dismiss', {}));
  return sale;
}

describe('late payments', () => {
  it('a cancelled PIX paid anyway raises an alert with a refund on offer, and is marked in the day’s sales', async () => {
    const t = await startTestCore();
    const alerts = recordEvents(t.core.events, 'alert.raised');
    const counter = recordEvents(t.core.events, 'sale.changed');
    const sale = await cancelledPix(t, 1_250);

    expect(await payPix(t.sim, sale.pix?.txid ?? '')).toBe(true);

    const alert = await alerts.next((raised) => raised.kind === 'late_payment', 'the late payment alert');
    expect(alert).toMatchObject({ saleId: sale.id, amount: { cents: 1_250, currency: 'BRL' }, refundable: true });
    const late = await saleOf(t, sale.id);
    expect(late).toMatchObject({ state: 'paid', latePaidAt: expect.any(String) });
    const [listed] = okValue<SaleView[]>(await t.invoke('sales.list', { day: new Date().toISOString().slice(0, 10) }));
    expect(listed?.latePaidAt).toBe(late.latePaidAt);
    // The counter moved on to the next sale: the alert does not put the old one back on it.
    expect(counter.seen.at(-1)).toBeNull();
    // The one-key refund is the ordinary refund of the whole amount.
    okValue(await t.invoke('sale.refund', { saleId: sale.id, amountCents: 1_250, reason: 'Pagamento atrasado' }));
    await waitFor(async () => (await saleOf(t, sale.id)).refunds[0]?.state === 'completed', 'the refund');
  });

  it('with the Settings choice on, the late payment is refunded by itself', async () => {
    const t = await startTestCore();
    expect(okValue<SettingsView>(await t.invoke('settings.setAutoRefundLate', { enabled: true })).autoRefundLate).toBe(true);
    const alerts = recordEvents(t.core.events, 'alert.raised');
    const sale = await cancelledPix(t, 1_250);

    expect(await payPix(t.sim, sale.pix?.txid ?? '')).toBe(true);

    expect(await alerts.next((raised) => raised.kind === 'late_payment', 'the alert')).toMatchObject({ saleId: sale.id, refundable: false });
    const refunded = await waitFor(async () => (await saleOf(t, sale.id)).refunds.find((refund) => refund.state === 'completed'), 'the automatic refund');
    expect(refunded).toMatchObject({ amountCents: 1_250, reason: 'Late payment' });
  });

  it('a cancelled bank transfer deposited anyway is a late payment too', async () => {
    const t = await startTestCore();
    okValue(await t.invoke('settings.setProviders', { pix: { id: 'payments', environment: 'embedded' }, card: null }));
    const alerts = recordEvents(t.core.events, 'alert.raised');
    const sale = okValue<SaleView>(await t.invoke('sale.startBankTransfer', { amountCents: 15_000, payer: PAYER }));
    okValue(await t.invoke('sale.cancel', { saleId: sale.id }));

    const paid = await fetch(`${t.sim.url}/__sim/payments/${encodeURIComponent(sale.bankTransfer?.id ?? '')}/pay`, { method: 'POST' });
    expect(paid.status).toBe(204);

    expect(await alerts.next((raised) => raised.kind === 'late_payment', 'the alert')).toMatchObject({ saleId: sale.id, amount: { cents: 15_000, currency: 'BRL' } });
    expect(await saleOf(t, sale.id)).toMatchObject({ state: 'paid', latePaidAt: expect.any(String) });
  });
});
