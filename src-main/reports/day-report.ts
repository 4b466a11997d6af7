/**
 * The end-of-day report from the ledger: what was paid on the day, by payment method, by operator and by
 * shift, and the money that went back that day (a refund counts on the day it was made, whatever day the
 * sale was). Each currency has its own totals; every refund of the day is also counted by where it stands,
 * and static PIX confirmed by hand (no provider saw them) are listed apart.
 */
import type { DayReportView, DayTotals, ManualRefundPaidBack, RefundView, ShiftView } from '../../src-preload/contract.ts';
import type { ManualRefundsRepository } from '../ledger/manual-refunds-repository.ts';
import { totalsByCurrency, type Currency } from '../../src-shared/money.ts';
import type { StoredRefund } from '../ledger/refunds-repository.ts';
import { toReversalView } from '../ledger/reversals-repository.ts';
import { byOperator, reportMethodOf } from '../ledger/sale-totals.ts';
import { dayRange } from '../ledger/day-range.ts';
import type { SalesRepository, StoredSale } from '../ledger/sales-repository.ts';

const HOME_CURRENCY: Currency = 'BRL';
const REFUND_STATES: readonly RefundView['state'][] = ['requested', 'processing', 'needs_checking', 'completed', 'failed'];

type MethodRow = DayTotals['byMethod'][number];
type ShiftRow = DayReportView['byShift'][number];

/** Names and shifts the report labels its rows with; a till without operators yet has neither. */
export interface DayReportPeople {
  operatorName(operatorId: string): string | null;
  shift(shiftId: string): ShiftView | undefined;
}

const NOBODY: DayReportPeople = { operatorName: () => null, shift: () => undefined };

/** Refunds made by hand (static PIX), listed apart from those that went through a provider. */
export type ManualRefundsSource = Pick<ManualRefundsRepository, 'listBetween'>;

function manualRefunds(source: ManualRefundsSource, from: string, to: string): NonNullable<DayReportView['manualRefunds']> {
  const rows = new Map<ManualRefundPaidBack, { paidBack: ManualRefundPaidBack; count: number; totalCents: number }>();
  for (const refund of source.listBetween(from, to)) {
    const row = rows.get(refund.paidBack) ?? { paidBack: refund.paidBack, count: 0, totalCents: 0 };
    row.count += 1;
    row.totalCents += refund.amountCents;
    rows.set(refund.paidBack, row);
  }
  return [...rows.values()];
}

function totals(currency: Currency, paid: StoredSale[], refunds: StoredRefund[]): DayTotals {
  const byMethod = new Map<MethodRow['method'], MethodRow>();
  for (const sale of paid) {
    const method = reportMethodOf(sale);
    const row = byMethod.get(method) ?? { method, count: 0, totalCents: 0 };
    row.count += 1;
    row.totalCents += sale.amountCents;
    byMethod.set(method, row);
  }
  const salesTotal = paid.reduce((sum, sale) => sum + sale.amountCents, 0);
  const refundsTotal = refunds.reduce((sum, refund) => sum + refund.amountCents, 0);
  return {
    currency,
    sales: { count: paid.length, totalCents: salesTotal },
    refunds: { count: refunds.length, totalCents: refundsTotal },
    netCents: salesTotal - refundsTotal,
    byMethod: [...byMethod.values()],
  };
}

function byShift(paid: StoredSale[], people: DayReportPeople): ShiftRow[] {
  const rows = new Map<string | null, ShiftRow>();
  for (const sale of paid) {
    const shift = sale.shiftId ? people.shift(sale.shiftId) : undefined;
    const row = rows.get(sale.shiftId) ?? { shiftId: sale.shiftId, openedAt: shift?.openedAt ?? null, closedAt: shift?.closedAt ?? null, count: 0, totalCents: 0 };
    row.count += 1;
    row.totalCents += sale.amountCents;
    rows.set(sale.shiftId, row);
  }
  return [...rows.values()];
}

export function dayReport(
  sales: Pick<SalesRepository, 'listBetween' | 'refunds' | 'reversals'>,
  day: string,
  people: DayReportPeople = NOBODY,
  manual: ManualRefundsSource = { listBetween: () => [] },
): DayReportView {
  const { from, to } = dayRange(day);
  const paid = sales.listBetween(from, to).filter((sale) => sale.state === 'paid');
  const refunds = sales.refunds.listBetween(from, to);
  const completed = refunds.filter((refund) => refund.state === 'completed');
  const inCurrency = (currency: Currency) =>
    totals(
      currency,
      paid.filter((sale) => sale.currency === currency),
      completed.filter((refund) => refund.currency === currency),
    );
  const others = new Set<Currency>([...paid.map((sale) => sale.currency), ...completed.map((refund) => refund.currency)]);
  others.delete(HOME_CURRENCY);
  const refundsByState = REFUND_STATES.map((state) => {
    const inState = refunds.filter((refund) => refund.state === state);
    return { state, count: inState.length, totals: totalsByCurrency(inState, (refund) => ({ cents: refund.amountCents, currency: refund.currency })) };
  }).filter((row) => row.count > 0);
  const reversals = sales.reversals.listBetween(from, to).map(toReversalView);
  // Operator and shift rows add amounts up, so they take the home currency only: totals never mix currencies.
  const home = paid.filter((sale) => sale.currency === HOME_CURRENCY);
  return {
    day,
    ...inCurrency(HOME_CURRENCY),
    otherCurrencies: [...others].map(inCurrency),
    refundsByState,
    reversals,
    handConfirmed: paid
      .filter((sale) => sale.method === 'pix_static')
      .map((sale) => ({ saleId: sale.id, number: sale.number ?? null, createdAt: sale.createdAt, amountCents: sale.amountCents, currency: sale.currency })),
    byOperator: byOperator(home, people.operatorName),
    byShift: byShift(home, people),
    manualRefunds: manualRefunds(manual, from, to),
  };
}
