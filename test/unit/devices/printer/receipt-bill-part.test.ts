import { describe, expect, it } from 'vitest';
import type { BillView, SaleState, SaleView } from '../../../../src-preload/contract.ts';
import { billPartOf } from '../../../../src-main/devices/printer/receipt-bill-part.ts';

const tender = (id: string, amountCents: number, state: SaleState): SaleView => ({
  id, amountCents, currency: 'BRL', method: 'cash', state, createdAt: '2026-11-30T10:00:00Z', updatedAt: '2026-11-30T10:00:00Z',
  pix: null, card: null, bankTransfer: null, refunds: [], problem: null, billId: 'bill-1',
});

const bill = (totalCents: number, tenders: SaleView[]): BillView => ({
  id: 'bill-1', totalCents, currency: 'BRL', state: 'open', paidCents: 0, pendingCents: 0, leftCents: 0, changeCents: 0, tenders, createdAt: '2026-11-30T10:00:00Z',
});

describe('a tender’s part of its bill, for its receipt', () => {
  it('counts only paid tenders, and leaves the count open while the bill is not paid in full', () => {
    const open = bill(10_000, [tender('pix', 3_000, 'paid'), tender('declined', 2_000, 'failed'), tender('card', 2_500, 'paid'), tender('qr', 1_000, 'awaiting_payment')]);
    expect(billPartOf(open, 'card')).toEqual({ billId: 'bill-1', index: 2, count: null, totalCents: 10_000, leftCents: 4_500 });
    expect(billPartOf(open, 'pix')).toMatchObject({ index: 1, leftCents: 7_000 });
    expect(billPartOf(open, 'declined')).toBeUndefined();
    expect(billPartOf(open, 'qr')).toBeUndefined();
  });

  it('counts the parts once the bill is paid, each with what was left after it', () => {
    const paid = bill(6_000, [tender('a', 1_000, 'paid'), tender('b', 2_000, 'failed'), tender('c', 5_000, 'paid')]);
    expect(billPartOf(paid, 'a')).toMatchObject({ index: 1, count: 2, leftCents: 5_000 });
    expect(billPartOf(paid, 'c')).toMatchObject({ index: 2, count: 2, leftCents: 0 });
  });
});
