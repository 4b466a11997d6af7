/**
 * Part of a bill given back through the router on a real core and the embedded sandbox over loopback HTTP: the
 * amount is spread over the paid tenders, the last paid first, each through its own refund at its own provider;
 * an amount above what is left is refused before anything is written or sent; a share the provider refuses
 * leaves the others done and can be given back again.
 */
import { describe, expect, it } from 'vitest';
import type { AuditEntryView, BillPartRefundView, BillRefundPlanView, BillView, SaleView } from '../../../src-preload/contract.ts';
import { billOf, pixPartPaidBySandbox, pixRefundsAt, tillWithBill } from '../../support/bill-rig.ts';
import { cardChargesFor } from '../../support/provider-side.ts';
import { TEST_CARD } from '../../support/refund-rig.ts';
import { errorOf, okValue } from '../../support/replies.ts';
import type { TestCore } from '../../support/test-core.ts';
import { waitFor } from '../../support/wait-for.ts';

const PIX_REFUND_ROUTE = 'POST /astrapay/charge/v1/refunds';

const sharesOf = (view: BillRefundPlanView | BillPartRefundView) => view.shares.map((share) => [share.method, share.amountCents]);
const refundsOf = (view: BillView) => view.tenders.map((tender) => [tender.method, tender.refunds.map((refund) => [refund.amountCents, refund.state])]);

async function everyRefundSettled(t: TestCore, billId: string): Promise<BillView> {
  return waitFor(async () => {
    const view = await billOf(t, billId);
    return view.tenders.every((tender) => tender.refunds.every((refund) => refund.state === 'completed' || refund.state === 'failed')) && view;
  }, 'every refund of the bill to settle');
}

describe('a partial refund of a bill', () => {
  it('goes back through cash first (paid last), then the PIX, each up to what it has left', async () => {
    const { t, bill } = await tillWithBill(10_000);
    const pix = await pixPartPaidBySandbox(t, bill.id, 6_001);
    okValue<SaleView>(await t.invoke('sale.startCash', { amountCents: 3_999, receivedCents: 5_000 }));
    expect(await billOf(t, bill.id)).toMatchObject({ state: 'paid' });

    const plan = okValue<BillRefundPlanView>(await t.invoke('bill.planRefund', { billId: bill.id, amountCents: 5_000 }));
    expect(sharesOf(plan)).toEqual([
      ['cash', 3_999],
      ['pix', 1_001],
    ]);
    // Planning sends and writes nothing.
    expect(refundsOf(await billOf(t, bill.id))).toEqual([
      ['pix', []],
      ['cash', []],
    ]);

    const done = okValue<BillPartRefundView>(await t.invoke('bill.refundPart', { billId: bill.id, amountCents: 5_000, reason: 'Devolveu um item' }));
    expect(done.shares.map((share) => [share.method, share.amountCents, share.outcome])).toEqual([
      ['cash', 3_999, 'sent'],
      ['pix', 1_001, 'sent'],
    ]);
    expect(refundsOf(await everyRefundSettled(t, bill.id))).toEqual([
      ['pix', [[1_001, 'completed']]],
      ['cash', [[3_999, 'completed']]],
    ]);
    expect(await pixRefundsAt(t, pix.pix?.txid)).toEqual([1_001]);

    // The cash is all back: the next amount comes from the PIX alone.
    const next = okValue<BillRefundPlanView>(await t.invoke('bill.planRefund', { billId: bill.id, amountCents: 2_000 }));
    expect(sharesOf(next)).toEqual([['pix', 2_000]]);

    const journal = okValue<AuditEntryView[]>(await t.invoke('audit.list', {}));
    expect(journal.find((entry) => entry.action === 'bill.refundPart')).toMatchObject({ subject: bill.id });
  });

  it('refuses an amount above what is left, with nothing written and nothing sent', async () => {
    const { t, bill } = await tillWithBill(5_000);
    await pixPartPaidBySandbox(t, bill.id, 2_001);
    okValue(await t.invoke('sale.startCash', { amountCents: 2_999, receivedCents: 3_000 }));
    okValue(await t.invoke('bill.refundPart', { billId: bill.id, amountCents: 1_000, reason: 'Troca' }));
    const before = await everyRefundSettled(t, bill.id);
    const requests = { ...t.sim.stats().requests };

    const tooMuch = { billId: bill.id, amountCents: 4_001 };
    for (const [name, input] of [['bill.planRefund', tooMuch], ['bill.refundPart', { ...tooMuch, reason: 'Troca' }]] as const) {
      expect(errorOf(await t.invoke(name, input))).toMatchObject({
        code: 'invalid_input',
        reason: 'bill.refund_over_left',
        field: 'amountCents',
      });
    }

    expect(t.sim.stats().requests).toEqual(requests);
    expect(await billOf(t, bill.id)).toEqual(before);
    // What is left goes back exactly.
    const rest = okValue<BillPartRefundView>(await t.invoke('bill.refundPart', { billId: bill.id, amountCents: 4_000, reason: 'Troca' }));
    expect(sharesOf(rest)).toEqual([
      ['cash', 1_999],
      ['pix', 2_001],
    ]);
    expect(errorOf(await t.invoke('bill.planRefund', { billId: bill.id, amountCents: 1 }))).toMatchObject({ reason: 'bill.nothing_to_refund' });
    expect(errorOf(await t.invoke('bill.refundPart', { billId: bill.id, amountCents: 0, reason: 'Troca' }))).toMatchObject({ reason: 'amount.not_positive' });
  });

  it('leaves the card and cash shares done when the PIX provider refuses its share, which can be given back later', async () => {
    const { t, bill } = await tillWithBill(10_000);
    const pix = await pixPartPaidBySandbox(t, bill.id, 5_001);
    const card = okValue<SaleView>(await t.invoke('sale.startCard', { amountCents: 3_000, paymentType: 'credit', installments: 1, card: TEST_CARD }));
    okValue(await t.invoke('sale.startCash', { amountCents: 1_999, receivedCents: 2_000 }));
    t.sim.arm({ route: PIX_REFUND_ROUTE, kind: 'status', status: 422, times: 1 });

    const done = okValue<BillPartRefundView>(await t.invoke('bill.refundPart', { billId: bill.id, amountCents: 6_000, reason: 'Cliente desistiu' }));

    expect(done.shares.map((share) => [share.method, share.amountCents, share.outcome])).toEqual([
      ['cash', 1_999, 'sent'],
      ['card', 3_000, 'sent'],
      ['pix', 1_001, 'failed'],
    ]);
    expect(done.shares[2]?.problem).toMatchObject({ retryable: false });
    expect(refundsOf(await everyRefundSettled(t, bill.id))).toEqual([
      ['pix', [[1_001, 'failed']]],
      ['card', [[3_000, 'completed']]],
      ['cash', [[1_999, 'completed']]],
    ]);
    const [charge] = await cardChargesFor(t.sim, 'astrapay', card.id);
    expect(charge).toMatchObject({ cancelledCents: 3_000 });
    expect(await pixRefundsAt(t, pix.pix?.txid)).toEqual([]);

    // The refused share is free again: asked once more, it goes back through the PIX.
    const again = okValue<BillPartRefundView>(await t.invoke('bill.refundPart', { billId: bill.id, amountCents: 1_001, reason: 'Cliente desistiu' }));
    expect(again.shares.map((share) => [share.method, share.outcome])).toEqual([['pix', 'sent']]);
    await everyRefundSettled(t, bill.id);
    expect(await pixRefundsAt(t, pix.pix?.txid)).toEqual([1_001]);
  });
});
