/**
 * The end-of-day report from the ledger: what was paid on the day, by payment method, and the money
 * that went back that day (a refund counts on the day it was made, whatever day the sale was).
 */
import type { DayReportView } from '../../src-preload/contract.ts';
import type { SalesRepository, StoredSale } from '../ledger/sales-repository.ts';

const DAY_MS = 24 * 3600 * 1000;

/** The shop's local calendar day, as the cashier reads the clock on the wall, as an ISO range. */
export function dayRange(day: string): { from: string; to: string } {
  const start = new Date(`${day}T00:00:00`);
  return { from: start.toISOString(), to: new Date(start.getTime() + DAY_MS).toISOString() };
}

type MethodRow = DayReportView['byMethod'][number];

function methodOf(sale: StoredSale): MethodRow['method'] {
  if (sale.method === 'card') return sale.card?.paymentType === 'debit' ? 'debit' : 'credit';
  return sale.method;
}

export function dayReport(sales: Pick<SalesRepository, 'listBetween' | 'refunds'>, day: string): DayReportView {
  const { from, to } = dayRange(day);
  const paid = sales.listBetween(from, to).filter((sale) => sale.state === 'paid');
  const refunds = sales.refunds.listBetween(from, to).filter((refund) => refund.state === 'completed');
  const byMethod = new Map<MethodRow['method'], MethodRow>();
  for (const sale of paid) {
    const method = methodOf(sale);
    const row = byMethod.get(method) ?? { method, count: 0, totalCents: 0 };
    row.count += 1;
    row.totalCents += sale.amountCents;
    byMethod.set(method, row);
  }
  const salesTotal = paid.reduce((sum, sale) => sum + sale.amountCents, 0);
  const refundsTotal = refunds.reduce((sum, refund) => sum + refund.amountCents, 0);
  return {
    day,
    sales: { count: paid.length, totalCents: salesTotal },
    refunds: { count: refunds.length, totalCents: refundsTotal },
    netCents: salesTotal - refundsTotal,
    byMethod: [...byMethod.values()],
  };
}
