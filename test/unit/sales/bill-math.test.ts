import { describe, expect, it } from 'vitest';
import type { SaleState } from '../../../src-preload/contract.ts';
import { assertTenderFits, billTotals, type TenderFacts } from '../../../src-main/sales/bill-math.ts';

const tender = (amountCents: number, state: SaleState, changeCents?: number): TenderFacts => ({
  amountCents,
  state,
  ...(changeCents === undefined ? {} : { cash: { changeCents } }),
});

describe('bill arithmetic', () => {
  it('leaves the whole total when nothing was tendered', () => {
    expect(billTotals(10_000, [])).toEqual({ paidCents: 0, pendingCents: 0, leftCents: 10_000, changeCents: 0, covered: false });
  });

  it('adds paid tenders, holds the ones under way, and frees failed, cancelled and expired ones', () => {
    const totals = billTotals(10_000, [
      tender(3_000, 'paid'),
      tender(2_000, 'awaiting_payment'),
      tender(1_000, 'needs_checking'),
      tender(500, 'draft'),
      tender(4_000, 'failed'),
      tender(4_000, 'cancelled'),
      tender(4_000, 'expired'),
    ]);
    expect(totals).toEqual({ paidCents: 3_000, pendingCents: 3_500, leftCents: 3_500, changeCents: 0, covered: false });
  });

  it('is covered when paid tenders reach the total, with the change of the cash ones', () => {
    expect(billTotals(5_000, [tender(2_001, 'paid'), tender(2_999, 'paid', 2_001)])).toEqual({
      paidCents: 5_000,
      pendingCents: 0,
      leftCents: 0,
      changeCents: 2_001,
      covered: true,
    });
  });

  it('never leaves less than nothing when a cancelled QR is paid late over a covered bill', () => {
    expect(billTotals(5_000, [tender(5_000, 'paid'), tender(1_000, 'paid')])).toMatchObject({ paidCents: 6_000, leftCents: 0, covered: true });
  });

  it('takes a tender up to what is left and refuses one cent more, or any when nothing is left', () => {
    const totals = billTotals(5_000, [tender(2_000, 'paid'), tender(1_000, 'awaiting_payment')]);
    expect(() => assertTenderFits(totals, 2_000)).not.toThrow();
    expect(() => assertTenderFits(totals, 2_001)).toThrow(expect.objectContaining({ reason: 'bill.over_left', code: 'invalid_input' }));
    const full = billTotals(3_000, [tender(2_000, 'paid'), tender(1_000, 'awaiting_payment')]);
    expect(() => assertTenderFits(full, 1)).toThrow(expect.objectContaining({ reason: 'bill.nothing_left', code: 'invalid_state' }));
  });
});
