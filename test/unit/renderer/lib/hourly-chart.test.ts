import { describe, expect, it } from 'vitest';
import type { HourBucket } from '../../../../src-preload/contract.ts';
import { chartBars } from '../../../../src-renderer/src/lib/hourly-chart.ts';

const day = (sold: Record<number, HourBucket['byMethod']>): HourBucket[] =>
  Array.from({ length: 24 }, (_, hour) => {
    const byMethod = sold[hour] ?? {};
    const cents = Object.values(byMethod);
    return { hour, byMethod, count: cents.length, totalCents: cents.reduce((sum, value) => sum + value, 0) };
  });

describe('hourly chart', () => {
  it('shows the shop’s usual hours, widened to any hour that sold', () => {
    expect(chartBars(day({})).bars.map((bar) => bar.hour)).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    const late = chartBars(day({ 6: { pix: 100 }, 22: { debit: 50 } })).bars.map((bar) => bar.hour);
    expect([late[0], late.at(-1), late.length]).toEqual([6, 22, 17]);
  });

  it('stacks each hour by method against the busiest hour', () => {
    const { bars, maxCents } = chartBars(day({ 10: { pix: 3_000, credit: 1_000 }, 12: { pix_static: 2_000 } }));
    expect(maxCents).toBe(4_000);
    expect(bars.find((bar) => bar.hour === 10)?.segments).toEqual([
      { method: 'pix', cents: 3_000, from: 0, height: 0.75 },
      { method: 'credit', cents: 1_000, from: 0.75, height: 0.25 },
    ]);
    expect(bars.find((bar) => bar.hour === 12)?.segments).toEqual([{ method: 'pix_static', cents: 2_000, from: 0, height: 0.5 }]);
    expect(bars.find((bar) => bar.hour === 11)?.segments).toEqual([]);
  });
});
