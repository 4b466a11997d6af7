/** How reports split the ledger's paid sales: by payment method as the reports name it, and by operator. */
import type { ReportMethod, ShiftReportView } from '../../src-preload/contract.ts';
import type { StoredSale } from './sales-repository.ts';

export function reportMethodOf(sale: Pick<StoredSale, 'method' | 'card'>): ReportMethod {
  if (sale.method === 'card') return sale.card?.paymentType === 'debit' ? 'debit' : 'credit';
  return sale.method;
}

export function byOperator(sales: StoredSale[], operatorName: (id: string) => string | null): ShiftReportView['byOperator'] {
  const rows = new Map<string | null, ShiftReportView['byOperator'][number]>();
  for (const sale of sales) {
    const row = rows.get(sale.operatorId) ?? { operatorId: sale.operatorId, name: sale.operatorId ? operatorName(sale.operatorId) : null, count: 0, totalCents: 0 };
    row.count += 1;
    row.totalCents += sale.amountCents;
    rows.set(sale.operatorId, row);
  }
  return [...rows.values()];
}
