/**
 * The end-of-day report from the ledger: what was paid on the day, by payment method, and the money
 * that went back that day (a refund counts on the day it was made, whatever day the sale was).
 */
import type { DayReportView } from '../../src-preload/contract.ts';
import { dayRange } from '../ledger/day-range.ts';
import type { SalesRepository, StoredSale } from '../ledger/sales-repository.ts';


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
