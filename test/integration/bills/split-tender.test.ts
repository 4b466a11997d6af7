/**
 * Split tender through the router on a real core and the embedded sandbox over loopback HTTP: a bill paid by a
 * PIX the sandbox pays by itself, a card and cash with change; a declined card that leaves the paid PIX as it
 * is; tenders that cannot take more than is left; and a bill refunded through each tender at its own provider.
 */
import { describe, expect, it } from 'vitest';
import type { BillPartRefundView, BillView, DayReportView, SaleView } from '../../../src-preload/contract.ts';
import { recordEvents } from '../../support/event-recorder.ts';
import { readSales } from '../../support/ledger-reader.ts';
import { cardChargesFor } from '../../support/provider-side.ts';
import { TEST_CARD } from '../../support/refund-rig.ts';
import { errorOf, okValue } from '../../support/replies.ts';
import { startTestCore } from '../../support/test-core.ts';
import { billOf, pixPartPaidBySandbox, pixRefundsAt, tillWithBill } from '../../support/bill-rig.ts';
import { waitFor } from '../../support/wait-for.ts';

const today = () => new Date().toISOString().slice(0, 10);
const DECLINED_CARD = { ...TEST_CARD, number: '4000000000000002' };

describe('split tender', () => {
  it('takes PIX, card and cash with change, and is paid once they cover it, counted once per method', async () => {
    const { t, bill } = await tillWithBill(10_000);
    const bills = recordEvents(t.core.events, 'bill.changed');
    expect(bill).toMatchObject({ state: 'open', totalCents: 10_000, paidCents: 0, leftCents: 10_000, tenders: [] });

    const pix = await pixPartPaidBySandbox(t, bill.id, 3_001);
    expect(await billOf(t, bill.id)).toMatchObject({ state: 'open', paidCents: 3_001, leftCents: 6_999 });

    const card = okValue<SaleView>(await t.invoke('sale.startCard', { amountCents: 4_000, paymentType: 'credit', installments: 2, card: TEST_CARD }));
    expect(card).toMatchObject({ state: 'paid', billId: bill.id });
    expect(okValue(await t.invoke('sale.current'))).toBeNull();

    const cash = okValue<SaleView>(await t.invoke('sale.startCash', { amountCents: 2_999, receivedCents: 5_000 }));
    expect(cash).toMatchObject({ state: 'paid', billId: bill.id, cash: { changeCents: 2_001 } });

    const paid = await billOf(t, bill.id);
    expect(paid).toMatchObject({ state: 'paid', paidCents: 10_000, pendingCents: 0, leftCents: 0, changeCents: 2_001 });
    expect(paid.tenders.map((tender) => [tender.method, tender.amountCents, tender.state])).toEqual([
      ['pix', 3_001, 'paid'],
      ['card', 4_000, 'paid'],
      ['cash', 2_999, 'paid'],
    ]);
    // The last tender stays on the counter (its change shown); the customer display hears the bill paid.
    expect(okValue<SaleView>(await t.invoke('sale.current'))).toMatchObject({ id: cash.id });
    expect(bills.seen.at(-1)).toMatchObject({ id: bill.id, state: 'paid', leftCents: 0 });
    expect(okValue(await t.invoke('bill.current', {}, 'display'))).toMatchObject({ id: bill.id, state: 'paid' });
    expect(readSales(t.dataDir).map((row) => row.bill_id)).toEqual([bill.id, bill.id, bill.id]);

    const report = okValue<DayReportView>(await t.invoke('report.day', { day: today() }));
    expect(report.sales).toEqual({ count: 3, totalCents: 10_000 });
    expect(Object.fromEntries(report.byMethod.map((row) => [row.method, [row.count, row.totalCents]]))).toEqual({
      pix: [1, 3_001],
      credit: [1, 4_000],
      cash: [1, 2_999],
    });
    const listed = okValue<SaleView[]>(await t.invoke('sales.list', { day: today() }));
    expect(listed.map((sale) => sale.billId)).toEqual([bill.id, bill.id, bill.id]);
    expect(pix.billId).toBe(bill.id);

    // The next sale on the counter is no tender: the paid bill leaves the counter.
    okValue(await t.invoke('sale.dismiss'));
    expect(okValue<SaleView>(await t.invoke('sale.startCash', { amountCents: 500, receivedCents: 500 })).billId).toBeNull();
    expect(okValue(await t.invoke('bill.current'))).toBeNull();
  });

  it('keeps the paid PIX part when the card tender is declined, and the cash rest pays the bill', async () => {
    const { t, bill } = await tillWithBill(8_000);
    await pixPartPaidBySandbox(t, bill.id, 5_001);

    const declined = okValue<SaleView>(await t.invoke('sale.startCard', { amountCents: 2_999, paymentType: 'credit', installments: 1, card: DECLINED_CARD }));
    expect(declined).toMatchObject({ state: 'failed', billId: bill.id, card: { decline: { code: 'DO_NOT_HONOR' } } });

    const after = await billOf(t, bill.id);
    expect(after).toMatchObject({ state: 'open', paidCents: 5_001, pendingCents: 0, leftCents: 2_999 });
    expect(after.tenders.map((tender) => tender.state)).toEqual(['paid', 'failed']);
    expect(errorOf(await t.invoke('bill.abandon', { billId: bill.id }))).toMatchObject({ code: 'invalid_state', reason: 'bill.has_paid' });

    okValue(await t.invoke('sale.dismiss'));
    okValue(await t.invoke('sale.startCash', { amountCents: 2_999, receivedCents: 3_000 }));
    expect(await billOf(t, bill.id)).toMatchObject({ state: 'paid', paidCents: 8_000, changeCents: 1 });
  });

  it('never takes more than is left: a QR on show holds its part until it is cancelled', async () => {
    const { t, bill } = await tillWithBill(5_000);
    const pix = okValue<SaleView>(await t.invoke('sale.startPix', { amountCents: 2_000 }));
    expect(await billOf(t, bill.id)).toMatchObject({ paidCents: 0, pendingCents: 2_000, leftCents: 3_000 });
    expect(errorOf(await t.invoke('bill.abandon', { billId: bill.id }))).toMatchObject({ reason: 'bill.tender_open' });

    okValue(await t.invoke('sale.cancel', { saleId: pix.id }));
    okValue(await t.invoke('sale.dismiss'));
    expect(await billOf(t, bill.id)).toMatchObject({ pendingCents: 0, leftCents: 5_000 });

    expect(errorOf(await t.invoke('sale.startCash', { amountCents: 5_001, receivedCents: 10_000 }))).toMatchObject({
      code: 'invalid_input',
      reason: 'bill.over_left',
      field: 'amountCents',
    });
    expect(readSales(t.dataDir)).toHaveLength(1);
    expect(errorOf(await t.invoke('bill.open', { totalCents: 100 }))).toMatchObject({ reason: 'bill.busy' });

    expect(okValue<BillView>(await t.invoke('bill.abandon', { billId: bill.id }))).toMatchObject({ state: 'abandoned' });
    expect(okValue(await t.invoke('bill.current'))).toBeNull();
    expect(okValue<SaleView>(await t.invoke('sale.startCash', { amountCents: 7_000, receivedCents: 7_000 })).billId).toBeNull();
  });

  it('refunds a bill through each paid tender at its own provider, newest first, the declined one untouched', async () => {
    const { t, bill } = await tillWithBill(9_000);
    const pix = await pixPartPaidBySandbox(t, bill.id, 4_001);
    okValue(await t.invoke('sale.startCard', { amountCents: 1_000, paymentType: 'credit', installments: 1, card: DECLINED_CARD }));
    okValue(await t.invoke('sale.dismiss'));
    const card = okValue<SaleView>(await t.invoke('sale.startCard', { amountCents: 3_000, paymentType: 'credit', installments: 1, card: TEST_CARD }));
    okValue(await t.invoke('sale.startCash', { amountCents: 1_999, receivedCents: 2_000 }));
    expect(await billOf(t, bill.id)).toMatchObject({ state: 'paid' });

    const { bill: refunded, shares } = okValue<BillPartRefundView>(await t.invoke('bill.refund', { billId: bill.id, reason: 'Cliente desistiu' }));
    expect(shares.map((share) => [share.method, share.amountCents, share.outcome])).toEqual([
      ['cash', 1_999, 'sent'],
      ['card', 3_000, 'sent'],
      ['pix', 4_001, 'sent'],
    ]);

    const refundsOf = (view: BillView) => view.tenders.map((tender) => [tender.method, tender.state, tender.refunds.map((refund) => refund.amountCents)]);
    expect(refundsOf(refunded)).toEqual([
      ['pix', 'paid', [4_001]],
      ['card', 'failed', []],
      ['card', 'paid', [3_000]],
      ['cash', 'paid', [1_999]],
    ]);
    const createdAt = (method: string) => refunded.tenders.find((tender) => tender.method === method && tender.refunds.length > 0)?.refunds[0]?.createdAt ?? '';
    expect(createdAt('cash') <= createdAt('card') && createdAt('card') <= createdAt('pix')).toBe(true);

    const final = await waitFor(async () => {
      const view = await billOf(t, bill.id);
      return view.tenders.every((tender) => tender.refunds.every((refund) => refund.state === 'completed')) && view;
    }, 'every refund to complete');
    expect(final.tenders.flatMap((tender) => tender.refunds.map((refund) => refund.state))).toEqual(['completed', 'completed', 'completed']);

    // The provider's own books: the PIX devolved and the card charge cancelled there.
    expect(await pixRefundsAt(t, pix.pix?.txid)).toEqual([4_001]);
    const [charge] = await cardChargesFor(t.sim, 'astrapay', card.id);
    expect(charge).toMatchObject({ amountCents: 3_000, cancelledCents: 3_000 });

    expect(errorOf(await t.invoke('bill.refund', { billId: bill.id, reason: 'De novo' }))).toMatchObject({ reason: 'bill.nothing_to_refund' });
  });

  it('refunds the rest of a bill when one tender’s provider refuses, and names the refused share', async () => {
    const { t, bill } = await tillWithBill(5_000);
    const pix = await pixPartPaidBySandbox(t, bill.id, 2_001);
    okValue(await t.invoke('sale.startCash', { amountCents: 2_999, receivedCents: 3_000 }));
    t.sim.arm({ route: 'POST /astrapay/charge/v1/refunds', kind: 'status', status: 422, times: 1 });

    const { bill: after, shares } = okValue<BillPartRefundView>(await t.invoke('bill.refund', { billId: bill.id, reason: 'Cliente desistiu' }));

    expect(shares.map((share) => [share.method, share.amountCents, share.outcome])).toEqual([
      ['cash', 2_999, 'sent'],
      ['pix', 2_001, 'failed'],
    ]);
    expect(shares[1]?.problem).toMatchObject({ code: 'provider_rejected' });
    expect(after.tenders.map((tender) => tender.refunds.map((refund) => [refund.amountCents, refund.state]))).toEqual([[[2_001, 'failed']], [[2_999, 'completed']]]);
    expect(await pixRefundsAt(t, pix.pix?.txid)).toEqual([]);
  });

  it('is back on the counter after a restart, with its paid part, and the next tender joins it', async () => {
    const { t, bill } = await tillWithBill(6_000);
    await pixPartPaidBySandbox(t, bill.id, 2_001);
    await t.close();

    const again = await startTestCore({ dataDir: t.dataDir });
    expect(okValue(await again.invoke('bill.current', {}, 'display'))).toMatchObject({ id: bill.id, state: 'open', paidCents: 2_001, leftCents: 3_999 });
    expect(okValue<SaleView>(await again.invoke('sale.startCash', { amountCents: 3_999, receivedCents: 4_000 })).billId).toBe(bill.id);
    expect(await billOf(again, bill.id)).toMatchObject({ state: 'paid', paidCents: 6_000 });
  });

  it('refuses bad input with stable reasons, and the display may only read', async () => {
    const t = await startTestCore();
    expect(errorOf(await t.invoke('bill.open', { totalCents: 0 }))).toMatchObject({ code: 'invalid_input', reason: 'amount.not_positive' });
    expect(errorOf(await t.invoke('bill.get', { billId: 'nope' }))).toMatchObject({ code: 'invalid_input', reason: 'bill.id_invalid' });
    expect(errorOf(await t.invoke('bill.open', { totalCents: 1_000 }, 'display'))).toMatchObject({ code: 'forbidden' });
    expect(errorOf(await t.invoke('bill.abandon', { billId: '7a1c2d3e-4b5f-4a6b-8c7d-9e0f1a2b3c4d' }))).toMatchObject({ code: 'not_found', reason: 'bill.not_found' });
  });
});
