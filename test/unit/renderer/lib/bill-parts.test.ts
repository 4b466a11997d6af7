import { describe, expect, it } from 'vitest';
import type { SaleView } from '../../../../src-preload/contract.ts';
import { billParts } from '../../../../src-renderer/src/lib/bill-parts.ts';

const sale = (id: string, createdAt: string, billId: string | null = null): SaleView => ({
  id,
  amountCents: 100,
  currency: 'BRL',
  method: 'cash',
  state: 'paid',
  createdAt,
  updatedAt: createdAt,
  pix: null,
  card: null,
  bankTransfer: null,
  refunds: [],
  problem: null,
  billId,
});

describe('bill parts in a list of sales', () => {
  it('numbers each bill\'s tenders oldest first, whatever order the list is in, and leaves other sales out', () => {
    const parts = billParts([
      sale('c', '2026-11-30T10:03:00Z', 'bill-1'),
      sale('x', '2026-11-30T10:02:30Z'),
      sale('a', '2026-11-30T10:01:00Z', 'bill-1'),
      sale('d', '2026-11-30T11:00:00Z', 'bill-2'),
      sale('b', '2026-11-30T10:02:00Z', 'bill-1'),
    ]);
    expect(Object.fromEntries(parts)).toEqual({
      a: { billId: 'bill-1', index: 1, count: 3 },
      b: { billId: 'bill-1', index: 2, count: 3 },
      c: { billId: 'bill-1', index: 3, count: 3 },
      d: { billId: 'bill-2', index: 1, count: 1 },
    });
  });
});
