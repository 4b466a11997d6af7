/**
 * The day's paid sales in 24 hourly buckets, split by method, for the day report's chart and its CSV.
 * Hours count from the start of the day as `dayRange` draws it (the shop's wall clock), so the chart
 * always adds up to the report's totals.
 */
import type { HourBucket, SalesByHourView } from '../../src-preload/contract.ts';
import type { SalesRepository, StoredSale } from '../ledger/sales-repository.ts';
import { reportMethodOf } from '../ledger/sale-totals.ts';
import { dayRange } from '../ledger/day-range.ts';

const HOUR_MS = 3_600_000;
const HOURS = 24;

/** Buckets paid sales created in [from, from + 24 h); anything outside is left out. */
export function bucketByHour(sales: readonly StoredSale[], from: string): HourBucket[] {
  const start = Date.parse(from);
  const hours: HourBucket[] = Array.from({ length: HOURS }, (_, hour) => ({ hour, totalCents: 0, count: 0, byMethod: {} }));
  for (const sale of sales) {
    // Sales in another currency have their own totals in the day report; the chart is the shop's reais.
    if (sale.state !== 'paid' || sale.currency !== 'BRL') continue;
    const hour = Math.floor((Date.parse(sale.createdAt) - start) / HOUR_MS);
    const bucket = hours[hour];
    if (!bucket) continue;
    const method = reportMethodOf(sale);
    bucket.count += 1;
    bucket.totalCents += sale.amountCents;
    bucket.byMethod[method] = (bucket.byMethod[method] ?? 0) + sale.amountCents;
  }
  return hours;
}

export function salesByHour(sales: Pick<SalesRepository, 'listBetween'>, day: string): SalesByHourView {
  const { from, to } = dayRange(day);
  return { day, hours: bucketByHour(sales.listBetween(from, to), from) };
}
