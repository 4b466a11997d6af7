import { describe, expect, it } from 'vitest';
import type { StoredSale } from '../../../src-main/ledger/sales-repository.ts';
import { bucketByHour } from '../../../src-main/reports/sales-by-hour.ts';

/** The shop's day as São Paulo reads it: midnight there is 03:00 UTC. */
const FROM = '2026-11-30T03:00:00.000Z';

function sale(createdAt: string, amountCents: number, patch: Partial<StoredSale> = {}): StoredSale {
  return {
    id: createdAt,
    amountCents,
    currency: 'BRL',
    method: 'pix',
    state: 'paid',
    createdAt,
    card: null,
    ...patch,
  } as StoredSale;
}

describe('sales by hour', () => {
  it('puts each paid sale in its wall-clock hour and splits the hour by method', () => {
    const hours = bucketByHour(
      [
        sale('2026-11-30T03:00:00.000Z', 1_000),
        sale('2026-11-30T12:59:59.999Z', 2_500),
        sale('2026-11-30T12:00:00.000Z', 700, { method: 'pix_static' }),
        sale('2026-11-30T12:30:00.000Z', 4_000, { method: 'card', card: { paymentType: 'debit' } as StoredSale['card'] }),
        sale('2026-12-01T02:59:59.999Z', 300),
      ],
      FROM,
    );
    expect(hours).toHaveLength(24);
    expect(hours[0]).toEqual({ hour: 0, count: 1, totalCents: 1_000, byMethod: { pix: 1_000 } });
    expect(hours[9]).toEqual({ hour: 9, count: 3, totalCents: 7_200, byMethod: { pix: 2_500, pix_static: 700, debit: 4_000 } });
    expect(hours[23]).toMatchObject({ count: 1, totalCents: 300 });
    expect(hours.reduce((sum, hour) => sum + hour.totalCents, 0)).toBe(8_500);
  });

  it('leaves out unpaid sales, sales outside the day and sales in another currency', () => {
    const hours = bucketByHour(
      [
        sale('2026-11-30T13:00:00.000Z', 900, { state: 'cancelled' }),
        sale('2026-11-30T02:59:59.999Z', 800),
        sale('2026-12-01T03:00:00.000Z', 600),
        sale('2026-11-30T13:00:00.000Z', 500, { currency: 'USD' }),
      ],
      FROM,
    );
    expect(hours.every((hour) => hour.count === 0 && hour.totalCents === 0)).toBe(true);
  });
});
