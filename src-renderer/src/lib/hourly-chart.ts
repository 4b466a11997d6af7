/**
 * The day's chart as numbers an SVG draws: which hours to show (the shop's usual hours, widened to any
 * hour that sold), and each hour's bar stacked by method, scaled to the busiest hour.
 */
import type { DayReportView, HourBucket } from '../../../src-preload/contract.ts';
import type { Cents } from '../../../src-shared/money.ts';

export type ChartMethod = DayReportView['byMethod'][number]['method'];

/** Stacking order, bottom up: PIX and its hand-confirmed kind side by side, then cards, then the rest. */
export const CHART_METHODS: readonly ChartMethod[] = ['pix', 'pix_static', 'credit', 'debit', 'bank_transfer', 'cash'];

const OPEN_HOUR = 8;
const CLOSE_HOUR = 20;

export interface ChartSegment {
  method: ChartMethod;
  cents: Cents;
  /** Share of the busiest hour, 0 to 1, and where it starts from the bottom. */
  from: number;
  height: number;
}

export interface ChartBar {
  hour: number;
  totalCents: Cents;
  count: number;
  segments: ChartSegment[];
}

export function chartBars(hours: readonly HourBucket[]): { bars: ChartBar[]; maxCents: Cents } {
  const sold = hours.filter((hour) => hour.count > 0).map((hour) => hour.hour);
  const first = Math.min(OPEN_HOUR, ...sold);
  const last = Math.max(CLOSE_HOUR, ...sold);
  const maxCents = Math.max(0, ...hours.map((hour) => hour.totalCents));
  const bars = hours
    .filter((hour) => hour.hour >= first && hour.hour <= last)
    .map((hour) => {
      let from = 0;
      const segments = CHART_METHODS.flatMap((method) => {
        const cents = hour.byMethod[method] ?? 0;
        if (cents === 0 || maxCents === 0) return [];
        const segment = { method, cents, from, height: cents / maxCents };
        from += segment.height;
        return [segment];
      });
      return { hour: hour.hour, totalCents: hour.totalCents, count: hour.count, segments };
    });
  return { bars, maxCents };
}
