/**
 * Store-wide views read from PostgreSQL: the day's sales of every till (filtered by till and operator) and
 * the shop's day report with a row per till. Same rules as a till's own report: paid sales count on the
 * day they were made, completed refunds on the day they were made, at the till that made them.
 */
import type { DayReportView, StoreDayReportView, StoreSaleView, TillDayRow } from '../../src-preload/contract.ts';
import { formatSaleNumber } from '../../src-shared/sale-number.ts';
import type { StoreQuery } from './store-client.ts';

/** The shop's calendar day as an ISO range [from, to), as the till's own report reads it (reports/day-report.ts). */
export interface DayRange {
  from: string;
  to: string;
}

export interface StoreSalesFilter {
  tillCode?: string | undefined;
  operator?: string | undefined;
}

interface SaleRow {
  id: string;
  till_code: string;
  till_name: string | null;
  number: number;
  operator: string;
  amount_cents: number;
  method: StoreSaleView['method'];
  payment_type: StoreSaleView['paymentType'];
  state: StoreSaleView['state'];
  created_at: Date;
  refunded_cents: number;
}

export async function storeSales(db: StoreQuery, { from, to }: DayRange, filter: StoreSalesFilter = {}): Promise<StoreSaleView[]> {
  const rows = await db.query<SaleRow>(
    `SELECT s.id, s.till_code, t.name AS till_name, s.number, s.operator, s.amount_cents, s.method, s.payment_type, s.state,
       s.created_at, COALESCE(total.reserved_cents, 0) AS refunded_cents
     FROM sales AS s
     LEFT JOIN tills AS t ON t.code = s.till_code
     LEFT JOIN refund_totals AS total ON total.sale_id = s.id
     WHERE s.created_at >= $1 AND s.created_at < $2
       AND ($3::text IS NULL OR s.till_code = $3) AND ($4::text IS NULL OR s.operator = $4)
     ORDER BY s.created_at, s.till_code, s.number`,
    [from, to, filter.tillCode ?? null, filter.operator ?? null],
  );
  return rows.map((row) => ({
    id: row.id,
    number: formatSaleNumber(row.till_code, row.number),
    tillCode: row.till_code,
    tillName: row.till_name ?? row.till_code,
    operator: row.operator,
    amountCents: row.amount_cents,
    method: row.method,
    paymentType: row.payment_type,
    state: row.state,
    createdAt: row.created_at.toISOString(),
    refundedCents: row.refunded_cents,
  }));
}

type Method = DayReportView['byMethod'][number]['method'];

export async function storeDayReport(db: StoreQuery, day: string, { from, to }: DayRange): Promise<StoreDayReportView> {
  const paid = await db.query<{ till_code: string; method: Method; count: number; total: number }>(
    `SELECT till_code, CASE WHEN method = 'card' THEN COALESCE(payment_type, 'credit') ELSE method END AS method,
       COUNT(*) AS count, SUM(amount_cents)::bigint AS total
     FROM sales WHERE created_at >= $1 AND created_at < $2 AND state = 'paid'
     GROUP BY 1, 2`,
    [from, to],
  );
  const refunded = await db.query<{ till_code: string; count: number; total: number }>(
    `SELECT till_code, COUNT(*) AS count, SUM(amount_cents)::bigint AS total
     FROM refunds WHERE created_at >= $1 AND created_at < $2 AND state = 'completed' GROUP BY 1`,
    [from, to],
  );
  const names = new Map((await db.query<{ code: string; name: string }>('SELECT code, name FROM tills')).map((till) => [till.code, till.name]));

  const tills = new Map<string, TillDayRow>();
  const tillRow = (code: string): TillDayRow => {
    const row = tills.get(code) ?? { tillCode: code, tillName: names.get(code) ?? code, sales: { count: 0, totalCents: 0 }, refunds: { count: 0, totalCents: 0 }, netCents: 0 };
    tills.set(code, row);
    return row;
  };
  const byMethod = new Map<Method, { method: Method; count: number; totalCents: number }>();
  for (const row of paid) {
    const till = tillRow(row.till_code);
    till.sales.count += row.count;
    till.sales.totalCents += row.total;
    const method = byMethod.get(row.method) ?? { method: row.method, count: 0, totalCents: 0 };
    method.count += row.count;
    method.totalCents += row.total;
    byMethod.set(row.method, method);
  }
  for (const row of refunded) {
    const till = tillRow(row.till_code);
    till.refunds = { count: row.count, totalCents: row.total };
  }
  const byTill = [...tills.values()].sort((a, b) => a.tillCode.localeCompare(b.tillCode));
  for (const till of byTill) till.netCents = till.sales.totalCents - till.refunds.totalCents;
  const sum = (pick: (till: TillDayRow) => number) => byTill.reduce((total, till) => total + pick(till), 0);
  return {
    day,
    sales: { count: sum((till) => till.sales.count), totalCents: sum((till) => till.sales.totalCents) },
    refunds: { count: sum((till) => till.refunds.count), totalCents: sum((till) => till.refunds.totalCents) },
    netCents: sum((till) => till.netCents),
    byMethod: [...byMethod.values()],
    byTill,
  };
}
