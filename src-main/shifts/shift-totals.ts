/**
 * A shift's money from the ledger: what each method should hold (sales paid in the shift, less the
 * refunds made during it; for cash also the float, suprimentos and sangrias) against what was counted.
 */
import type { ReportMethod, ShiftMethodRow, ShiftReportView } from '../../src-preload/contract.ts';
import type { Cents } from '../../src-shared/money.ts';
import type { StoredRefund } from '../ledger/refunds-repository.ts';
import { byOperator, reportMethodOf } from '../ledger/sale-totals.ts';
import type { StoredSale } from '../ledger/sales-repository.ts';
import type { StoredShift } from './shifts-repository.ts';

export const REPORT_METHODS: readonly ReportMethod[] = ['cash', 'pix', 'credit', 'debit', 'bank_transfer', 'pix_static'];

export interface ShiftLedger {
  /** Every sale stamped with the shift. */
  sales: StoredSale[];
  /** Completed refunds made while the shift was open, with the sale each belongs to. */
  refunds: { refund: StoredRefund; sale: StoredSale }[];
  operatorName(operatorId: string): string | null;
  /** How a refund made by hand went back; cash given back by hand leaves the drawer, whatever the sale's method. */
  paidBackOf?(refundId: string): 'cash' | 'pix' | undefined;
}

export function shiftReport(shift: StoredShift, ledger: ShiftLedger, counted: Partial<Record<ReportMethod, Cents>>): ShiftReportView {
  const paid = ledger.sales.filter((sale) => sale.state === 'paid');
  const expected = new Map<ReportMethod, Cents>(REPORT_METHODS.map((method) => [method, 0]));
  const add = (method: ReportMethod, cents: Cents) => expected.set(method, (expected.get(method) ?? 0) + cents);
  for (const sale of paid) add(reportMethodOf(sale), sale.amountCents);
  for (const { refund, sale } of ledger.refunds) add(ledger.paidBackOf?.(refund.id) === 'cash' ? 'cash' : reportMethodOf(sale), -refund.amountCents);
  add('cash', shift.floatCents);
  for (const movement of shift.movements) add('cash', movement.kind === 'suprimento' ? movement.amountCents : -movement.amountCents);

  const rows: ShiftMethodRow[] = REPORT_METHODS.filter((method) => method === 'cash' || expected.get(method) !== 0 || counted[method] !== undefined).map(
    (method) => {
      const expectedCents = expected.get(method) ?? 0;
      const countedCents = counted[method] ?? expectedCents;
      return { method, expectedCents, countedCents, differenceCents: countedCents - expectedCents };
    },
  );
  const refundsTotal = ledger.refunds.reduce((sum, { refund }) => sum + refund.amountCents, 0);
  return {
    shift: { id: shift.id, openedAt: shift.openedAt, openedBy: shift.openedBy, floatCents: shift.floatCents, movements: shift.movements, closedAt: shift.closedAt, closedBy: shift.closedBy },
    sales: { count: paid.length, totalCents: paid.reduce((sum, sale) => sum + sale.amountCents, 0) },
    refunds: { count: ledger.refunds.length, totalCents: refundsTotal },
    rows,
    byOperator: byOperator(paid, ledger.operatorName),
  };
}
