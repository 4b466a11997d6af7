/**
 * Refunds that always end: after a 5xx, a timeout or a dropped connection the till looks the refund up
 * (PIX: the provider's refund list; card: the charge's cancelled amount) before it ever sends again, and
 * the money goes back exactly once. Time is fake: lookups and the lookup window move only as the test
 * advances it; the sandbox's injected latency is real.
 */
import { describe, expect, it } from 'vitest';
import type { AlertView, DayReportView, SaleView } from '../../../src-preload/contract.ts';
import { recordEvents } from '../../support/event-recorder.ts';
import { astrapayOn } from '../../support/sandbox.ts';
import { readLedger } from '../../support/ledger-reader.ts';
import { errorOf, okValue } from '../../support/replies.ts';
import { LOOKUP_WINDOW_MS, paidCard, paidPix, refundsAtProvider, startRefundRig } from '../../support/refund-rig.ts';
import { waitFor } from '../../support/wait-for.ts';

const REFUND_ROUTE = 'POST /astrapay/charge/v1/refunds';
const CANCEL_ROUTE = 'PUT /astrapay/card/v1/credit/';

const refundAttempts = (dataDir: string, saleId: string) => readLedger(dataDir, saleId).attempts.filter((attempt) => attempt.operation === 'refund');

describe('refunds after an ambiguous answer', () => {
  it('after a 503 looks the refund up, finds nothing until the window has passed, then sends it again once', async () => {
    const t = await startRefundRig();
    const sale = await paidPix(t, 10_000);
    t.sim.arm({ route: REFUND_ROUTE, kind: 'status', status: 503, times: 1 });

    const asked = okValue<SaleView>(await t.invoke('sale.refund', { saleId: sale.id, amountCents: 4_000, reason: 'Troca' }));
    expect(asked.refunds[0]?.state).toBe('requested');
    // Within the window the till only looks: nothing is sent again.
    t.time.advance(LOOKUP_WINDOW_MS / 2);
    expect(refundAttempts(t.dataDir, sale.id)).toHaveLength(1);

    await t.drive(async () => (await t.sale(sale.id)).refunds[0]?.state === 'completed', 'the refund to complete');
    const atProvider = await refundsAtProvider(t, sale.pix?.txid ?? '');
    expect(atProvider.map((refund) => [refund.amountCents, refund.status])).toEqual([[4_000, 'completed']]);
    const attempts = refundAttempts(t.dataDir, sale.id);
    expect(attempts).toHaveLength(2);
    expect(new Set(attempts.map((attempt) => attempt.transaction_id)).size).toBe(2);
  });

  it('a refund made although the answer was lost is found by lookup and never sent again', async () => {
    const t = await startRefundRig();
    const sale = await paidPix(t, 8_000);
    t.sim.arm({ route: REFUND_ROUTE, kind: 'timeout_after_commit', ms: 3_000, times: 1 });

    okValue(await t.invoke('sale.refund', { saleId: sale.id, amountCents: 8_000, reason: 'Desistiu' }));
    await t.drive(async () => (await t.sale(sale.id)).refunds[0]?.state === 'completed', 'the refund to complete', 200);
    expect(await refundsAtProvider(t, sale.pix?.txid ?? '')).toHaveLength(1);
    expect(refundAttempts(t.dataDir, sale.id)).toHaveLength(1);
  });

  it('latency past the client timeout on refund create: the late refund is found, paid once', async () => {
    const t = await startRefundRig();
    const sale = await paidPix(t, 5_000);
    t.sim.arm({ route: REFUND_ROUTE, kind: 'latency', ms: 4_000, times: 1 });

    okValue(await t.invoke('sale.refund', { saleId: sale.id, amountCents: 5_000, reason: 'Lento' }));
    // The first lookups run while the provider is still making it: they find nothing and send nothing.
    t.time.advance(2_000);
    await waitFor(async () => (await refundsAtProvider(t, sale.pix?.txid ?? '')).length === 1, 'the slow refund to land at the provider');
    await t.drive(async () => (await t.sale(sale.id)).refunds[0]?.state === 'completed', 'the refund to complete', 200);
    expect(await refundsAtProvider(t, sale.pix?.txid ?? '')).toHaveLength(1);
    expect(refundAttempts(t.dataDir, sale.id)).toHaveLength(1);
  });

  it('latency past the client timeout on a card cancel: the charge is read, cancelled once', async () => {
    const t = await startRefundRig();
    const sale = await paidCard(t, 9_000);
    t.sim.arm({ route: CANCEL_ROUTE, kind: 'latency', ms: 4_000, times: 1 });

    const asked = okValue<SaleView>(await t.invoke('sale.refund', { saleId: sale.id, amountCents: 3_000, reason: 'Troca' }));
    expect(asked.refunds[0]?.state).toBe('requested');
    const card = astrapayOn(t.sim, { clock: t.time.clock }).card;
    const chargeId = String(readLedger(t.dataDir, sale.id).sale?.card_charge_id);
    await waitFor(async () => (await card?.get?.(chargeId))?.cancelledCents === 3_000, 'the slow cancel to land');
    await t.drive(async () => (await t.sale(sale.id)).refunds[0]?.state === 'completed', 'the cancel to complete', 200);
    expect((await card?.get?.(chargeId))?.cancelledCents).toBe(3_000);
    expect(refundAttempts(t.dataDir, sale.id)).toHaveLength(1);
  });

  it('surfaces a refund the provider paid twice: recorded as a reversal and in the day report', async () => {
    const t = await startRefundRig();
    const sale = await paidPix(t, 9_000);
    const alerts = recordEvents(t.core.events, 'alert.raised');
    t.sim.arm({ route: REFUND_ROUTE, kind: 'timeout_after_commit', ms: 3_000, times: 1 });
    const asked = okValue<SaleView>(await t.invoke('sale.refund', { saleId: sale.id, amountCents: 2_000, reason: 'Dobro' }));
    const refundId = asked.refunds[0]?.id ?? '';
    const txid = sale.pix?.txid ?? '';
    await waitFor(async () => (await refundsAtProvider(t, txid)).length === 1, 'the first refund at the provider');
    // The provider pays the same request a second time (the description carries the till's refund id).
    const provider = astrapayOn(t.sim, { clock: t.time.clock });
    await provider.pix?.refund?.({ txid, amountCents: 2_000, description: `Dobro #${refundId.slice(0, 8)}`, transactionId: crypto.randomUUID() });

    await t.drive(async () => (await t.sale(sale.id)).refunds[0]?.state === 'completed', 'the refund to complete', 200);
    const report = okValue<DayReportView>(await t.invoke('report.day', { day: new Date(t.time.clock.now()).toLocaleDateString('sv') }));
    expect(report.reversals).toEqual([expect.objectContaining({ kind: 'refund_twice', reason: 'refund_twice', amountCents: 2_000, state: 'recorded' })]);
    expect(report.refundsByState).toEqual([{ state: 'completed', count: 1, totals: [{ cents: 2_000, currency: 'BRL' }] }]);
    expect(alerts.seen).toEqual([expect.objectContaining<Partial<AlertView>>({ kind: 'refund_twice', saleId: sale.id, amount: { cents: 2_000, currency: 'BRL' } })]);
  });

  it('counts an unresolved refund as maybe paid: what is left excludes it until it fails', async () => {
    const t = await startRefundRig();
    const sale = await paidPix(t, 6_000);
    t.sim.arm({ route: REFUND_ROUTE, kind: 'status', status: 503, times: 1 });
    okValue(await t.invoke('sale.refund', { saleId: sale.id, amountCents: 4_000, reason: 'Primeira' }));

    expect(errorOf(await t.invoke('sale.refund', { saleId: sale.id, amountCents: 2_001, reason: 'Demais' }))).toMatchObject({ reason: 'refund.too_much' });
    okValue(await t.invoke('sale.refund', { saleId: sale.id, amountCents: 2_000, reason: 'Resto' }));
    await t.drive(async () => (await t.sale(sale.id)).refunds.every((refund) => refund.state === 'completed'), 'both refunds to complete');
    const paidBack = (await refundsAtProvider(t, sale.pix?.txid ?? '')).reduce((sum, refund) => sum + refund.amountCents, 0);
    expect(paidBack).toBe(6_000);
  });
});
