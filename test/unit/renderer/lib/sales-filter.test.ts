import { describe, expect, it } from 'vitest';
import type { SaleView } from '../../../../src-preload/contract.ts';
import { filterSales, NO_FILTER, pageOf } from '../../../../src-renderer/src/lib/sales-filter.ts';

let clock = 0;
const sale = (patch: Partial<SaleView>): SaleView => {
  clock += 1;
  const at = new Date(Date.UTC(2026, 10, 30, 12, clock)).toISOString();
  return {
    id: `00000000-0000-4000-8000-${String(clock).padStart(12, '0')}`,
    amountCents: 1000,
    currency: 'BRL',
    method: 'pix',
    state: 'paid',
    createdAt: at,
    updatedAt: at,
    pix: null,
    card: null,
    bankTransfer: null,
    refunds: [],
    problem: null,
    ...patch,
  };
};
const card = (last4: string, paymentType: 'credit' | 'debit' = 'credit') => ({
  paymentType,
  installments: 1,
  brand: 'Visa',
  first6: '411111',
  last4,
  authorizationCode: 'A1B2C3',
  decline: null,
});

const pix = sale({ amountCents: 1201 });
const credit = sale({ method: 'card', amountCents: 3000, card: card('4444') });
const declined = sale({ method: 'card', state: 'failed', amountCents: 3000, card: card('0002') });
const debit = sale({ method: 'card', amountCents: 999, card: card('1111', 'debit') });
const day = [pix, credit, declined, debit];
const ids = (sales: SaleView[]) => sales.map((item) => item.id);

describe('filterSales', () => {
  it('lists newest first and hides failed attempts by default, saying how many', () => {
    expect(filterSales(day, NO_FILTER)).toEqual({ sales: [debit, credit, pix], hiddenFailed: 1 });
    expect(ids(filterSales(day, { ...NO_FILTER, showFailed: true }).sales)).toEqual(ids([debit, declined, credit, pix]));
  });

  it('shows failed attempts when the cashier filters for them', () => {
    expect(filterSales(day, { ...NO_FILTER, state: 'failed' })).toEqual({ sales: [declined], hiddenFailed: 0 });
  });

  it('filters by method as the day report groups them', () => {
    expect(filterSales(day, { ...NO_FILTER, method: 'debit' }).sales).toEqual([debit]);
    expect(filterSales(day, { ...NO_FILTER, method: 'credit', showFailed: true }).sales).toEqual([declined, credit]);
  });

  it('finds a sale by amount as shown or as typed, by card ending, by sale code', () => {
    expect(filterSales(day, { ...NO_FILTER, query: '12,01' }).sales).toEqual([pix]);
    expect(filterSales(day, { ...NO_FILTER, query: '1201' }).sales).toEqual([pix]);
    expect(filterSales(day, { ...NO_FILTER, query: '4444' }).sales).toEqual([credit]);
    expect(filterSales(day, { ...NO_FILTER, query: credit.id.slice(-6) }).sales).toEqual([credit]);
    expect(filterSales(day, { ...NO_FILTER, query: '7777' }).sales).toEqual([]);
  });
});

describe('pageOf', () => {
  const items = Array.from({ length: 19 }, (_, index) => index);

  it('cuts the list into pages and keeps the page inside them', () => {
    expect(pageOf(items, 1, 8)).toEqual({ items: [0, 1, 2, 3, 4, 5, 6, 7], page: 1, pages: 3 });
    expect(pageOf(items, 3, 8)).toEqual({ items: [16, 17, 18], page: 3, pages: 3 });
    expect(pageOf(items, 9, 8).page).toBe(3);
    expect(pageOf(items, 0, 8).page).toBe(1);
    expect(pageOf([], 1, 8)).toEqual({ items: [], page: 1, pages: 1 });
  });
});
