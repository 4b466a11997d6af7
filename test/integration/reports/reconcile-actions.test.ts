/**
 * Reconciliation actions are executed, not only recorded: a manager reverses, refunds, books or marks a
 * difference, the till does it at the account whose list showed it, the audit journal keeps the before and
 * after, and the next run shows the row settled. The differences are made on the provider's side of the
 * sandbox (a charge outside the till, a second card charge, a payment after cancel, a refund in the portal).
 * Time is fake: the till's pollers move only when the test says, so the differences stay until acted on.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AuditEntryView, DayReportView, ReconcileRow, ReconciliationView, SaleView } from '../../../src-preload/contract.ts';
import { cardOf, pixOf } from '../../../src-main/providers/provider.ts';
import { cardChargesFor, providerOn } from '../../support/provider-side.ts';
import { paidCard, paidPix, refundsAtProvider, startRefundRig, TEST_CARD, type RefundRig } from '../../support/refund-rig.ts';
import { errorOf, okValue } from '../../support/replies.ts';
import { createRequest, payPix } from '../../support/sandbox.ts';

const today = () => new Date().toLocaleDateString('sv');

const reconcile = async (t: RefundRig) => okValue<ReconciliationView>(await t.invoke('report.reconcile', { day: today() }));
const rowsOf = async (t: RefundRig, method: string): Promise<ReconcileRow[]> =>
  (await reconcile(t)).sections.filter((section) => section.providerId === 'astrapay' && section.method === method).flatMap((section) => section.rows);
const settle = (t: RefundRig, row: ReconcileRow | undefined, action: ReconcileRow['actions'][number], note = '') =>
  t.invoke('report.resolveDifference', { day: today(), key: row?.key ?? '', action, note });
const lastAudit = async (t: RefundRig) => okValue<AuditEntryView[]>(await t.invoke('audit.list', { limit: 1 }))[0];

async function cancelledPix(t: RefundRig, amountCents: number): Promise<SaleView> {
  const sale = okValue<SaleView>(await t.invoke('sale.startPix', { amountCents }));
  okValue(await t.invoke('sale.cancel', { saleId: sale.id }));
  okValue(await t.invoke('sale.dismiss'));
  return sale;
}

describe('reconciliation actions', () => {
  it('reverse: a PIX paid on the shop’s account outside the till is refunded there, journaled, and settled on the next run', async () => {
    const t = await startRefundRig();
    await paidPix(t, 2_000);
    const stranger = await pixOf(providerOn(t.sim, 'astrapay', t.time.clock)).create(createRequest(5_500));
    expect(await payPix(t.sim, stranger.txid)).toBe(true);
    const [row] = await rowsOf(t, 'pix');
    expect(row).toMatchObject({ problem: 'missing_in_till', providerRef: stranger.txid, actions: ['reverse', 'mark_resolved'] });

    okValue(await settle(t, row, 'reverse', 'Cobrança desconhecida'));

    await t.drive(async () => (await refundsAtProvider(t, stranger.txid)).some((refund) => refund.status === 'completed'), 'the refund at the provider');
    expect((await refundsAtProvider(t, stranger.txid)).map((refund) => refund.amountCents)).toEqual([5_500]);
    expect(await rowsOf(t, 'pix')).toEqual([]);
    expect(await lastAudit(t)).toMatchObject({
      action: 'report.resolveDifference',
      before: { key: row?.key, resolution: null, reversals: [] },
      after: { key: row?.key, resolution: { action: 'reverse', note: 'Cobrança desconhecida' }, reversals: [expect.objectContaining({ kind: 'pix_refund', reason: 'reconciliation', amountCents: 5_500 })] },
    });
    // Followed until it ends, like every reversal, and in the day report with its reason.
    const reversals = await t.drive(async () => {
      const listed = okValue<DayReportView>(await t.invoke('report.day', { day: today() })).reversals;
      return listed[0]?.state === 'completed' && listed;
    }, 'the reversal to end');
    expect(reversals).toEqual([expect.objectContaining({ providerRef: stranger.txid, reason: 'reconciliation', amountCents: 5_500 })]);
  });

  it('reverse: a second card charge for a sale is cancelled at the provider, the one the till books is kept', async () => {
    const t = await startRefundRig();
    const sale = await paidCard(t, 7_000);
    const card = cardOf(providerOn(t.sim, 'astrapay', t.time.clock));
    const second = await card.charge({ amountCents: 7_000, paymentType: 'credit', installments: 1, source: { kind: 'card', card: TEST_CARD }, reference: sale.id, transactionId: randomUUID() });
    const [row] = await rowsOf(t, 'card');
    expect(row).toMatchObject({ problem: 'amount_differs', saleId: sale.id, tillNetCents: 7_000, providerNetCents: 14_000, actions: ['reverse', 'mark_resolved'] });

    okValue(await settle(t, row, 'reverse'));

    const charges = await cardChargesFor(t.sim, 'astrapay', sale.id);
    expect(charges.map((charge) => [charge.id === second.id ? 'second' : 'booked', charge.status]).sort()).toEqual([['booked', 'approved'], ['second', 'cancelled']]);
    expect(await rowsOf(t, 'card')).toEqual([]);
    expect(okValue<SaleView>(await t.invoke('sale.get', { saleId: sale.id })).reversals).toEqual([
      expect.objectContaining({ kind: 'card_cancel', reason: 'reconciliation', providerRef: second.id, state: 'completed' }),
    ]);
  });

  it('refund: a cancelled PIX paid anyway is booked paid late and refunded through the refund service', async () => {
    const t = await startRefundRig();
    const sale = await cancelledPix(t, 3_000);
    expect(await payPix(t.sim, sale.pix?.txid ?? '')).toBe(true);
    const [row] = await rowsOf(t, 'pix');
    expect(row).toMatchObject({ problem: 'status_differs', saleId: sale.id, tillState: 'cancelled', actions: ['reverse', 'refund', 'book', 'mark_resolved'] });

    okValue(await settle(t, row, 'refund', 'Cliente pagou depois de cancelar'));

    const refunded = await t.drive(async () => {
      const now = await t.sale(sale.id);
      return now.refunds[0]?.state === 'completed' && now;
    }, 'the refund to complete');
    expect(refunded).toMatchObject({ state: 'paid', latePaidAt: expect.any(String), refunds: [expect.objectContaining({ amountCents: 3_000, reason: 'Cliente pagou depois de cancelar' })] });
    expect((await refundsAtProvider(t, sale.pix?.txid ?? '')).map((refund) => [refund.amountCents, refund.status])).toEqual([[3_000, 'completed']]);
    expect(await rowsOf(t, 'pix')).toEqual([]);
  });

  it('book: a refund made in the provider’s portal is booked in the till as money given back', async () => {
    const t = await startRefundRig();
    const sale = await paidPix(t, 4_000);
    await pixOf(providerOn(t.sim, 'astrapay', t.time.clock)).refund?.({ txid: sale.pix?.txid ?? '', amountCents: 1_500, description: 'portal', transactionId: randomUUID() });
    const row = await t.drive(async () => (await rowsOf(t, 'pix')).find((candidate) => candidate.problem === 'refund_differs'), 'the portal refund to complete');
    expect(row).toMatchObject({ tillNetCents: 4_000, providerNetCents: 2_500, actions: ['book', 'mark_resolved'] });

    okValue(await settle(t, row, 'book', 'Estorno feito no portal'));

    expect((await t.sale(sale.id)).refunds).toEqual([expect.objectContaining({ amountCents: 1_500, state: 'completed', reason: 'Estorno feito no portal' })]);
    expect(await rowsOf(t, 'pix')).toEqual([]);
    // Booked once: the same difference cannot be booked again.
    expect(errorOf(await settle(t, row, 'book'))).toMatchObject({ reason: 'reconcile.difference_gone' });
  });

  it('book: a cancelled PIX paid anyway is booked paid, marked late', async () => {
    const t = await startRefundRig();
    const sale = await cancelledPix(t, 2_200);
    await payPix(t.sim, sale.pix?.txid ?? '');
    const [row] = await rowsOf(t, 'pix');

    okValue(await settle(t, row, 'book'));

    expect(await t.sale(sale.id)).toMatchObject({ state: 'paid', latePaidAt: expect.any(String), refunds: [] });
    expect(await rowsOf(t, 'pix')).toEqual([]);
  });

  it('mark_resolved keeps the note; an action that does not fit the difference is refused and changes nothing', async () => {
    const t = await startRefundRig();
    const stranger = await pixOf(providerOn(t.sim, 'astrapay', t.time.clock)).create(createRequest(900));
    await payPix(t.sim, stranger.txid);
    const [row] = await rowsOf(t, 'pix');

    expect(errorOf(await settle(t, row, 'book'))).toMatchObject({ reason: 'reconcile.action_not_offered' });
    expect(errorOf(await t.invoke('report.resolveDifference', { day: today(), key: 'nonsense', action: 'mark_resolved', note: '' }))).toMatchObject({ reason: 'reconcile.key_invalid' });
    expect((await rowsOf(t, 'pix'))[0]?.resolved).toBeNull();

    okValue(await settle(t, row, 'mark_resolved', 'Venda do site'));

    expect((await rowsOf(t, 'pix'))[0]?.resolved).toMatchObject({ action: 'mark_resolved', note: 'Venda do site' });
    expect(await refundsAtProvider(t, stranger.txid)).toEqual([]);
  });

  it('a reversal the provider refuses is no settlement: the manager is told, the difference stays open until asked again', async () => {
    const t = await startRefundRig();
    const stranger = await pixOf(providerOn(t.sim, 'astrapay', t.time.clock)).create(createRequest(1_100));
    await payPix(t.sim, stranger.txid);
    const [row] = await rowsOf(t, 'pix');
    t.sim.arm({ route: 'POST /astrapay/charge/v1/refunds', kind: 'status', status: 422, times: 1 });

    expect(errorOf(await settle(t, row, 'reverse'))).toMatchObject({ code: expect.any(String) });

    expect((await rowsOf(t, 'pix'))[0]).toMatchObject({ providerRef: stranger.txid, resolved: null });
    // Asked again, it is a new request (new x-transaction-id) and goes through once.
    okValue(await settle(t, row, 'reverse'));
    await t.drive(async () => (await refundsAtProvider(t, stranger.txid)).some((refund) => refund.status === 'completed'), 'the refund');
    expect((await refundsAtProvider(t, stranger.txid)).map((refund) => refund.amountCents)).toEqual([1_100]);
    expect(await rowsOf(t, 'pix')).toEqual([]);
  });
});
