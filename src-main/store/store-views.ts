/** The store-wide list of the day's sales, read from PostgreSQL: every till's, filtered by till and operator. */
import type { Currency, StoreSaleView } from '../../src-preload/contract.ts';
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
  currency: Currency;
  method: StoreSaleView['method'];
  payment_type: StoreSaleView['paymentType'];
  state: StoreSaleView['state'];
  created_at: Date;
  refunded_cents: number;
  bill_id: string | null;
  bill_index: number | null;
  bill_count: number | null;
}

const SELECT_SALES = `SELECT s.id, s.till_code, t.name AS till_name, s.number, s.operator, s.amount_cents, s.currency, s.method, s.payment_type, s.state,
    s.created_at, COALESCE(total.reserved_cents, 0) AS refunded_cents, s.bill_id,
    bill.part_index AS bill_index, bill.part_count AS bill_count
  FROM sales AS s
  LEFT JOIN LATERAL (
    SELECT COUNT(*) FILTER (WHERE (tender.created_at, tender.number) <= (s.created_at, s.number))::int AS part_index, COUNT(*)::int AS part_count
    FROM sales AS tender WHERE tender.bill_id = s.bill_id
  ) AS bill ON s.bill_id IS NOT NULL
  LEFT JOIN tills AS t ON t.code = s.till_code
  LEFT JOIN refund_totals AS total ON total.sale_id = s.id`;

export async function storeSales(db: StoreQuery, { from, to }: DayRange, filter: StoreSalesFilter = {}): Promise<StoreSaleView[]> {
  const rows = await db.query<SaleRow>(
    `${SELECT_SALES}
     WHERE s.created_at >= $1 AND s.created_at < $2
       AND ($3::text IS NULL OR s.till_code = $3) AND ($4::text IS NULL OR s.operator = $4)
     ORDER BY s.created_at, s.till_code, s.number`,
    [from, to, filter.tillCode ?? null, filter.operator ?? null],
  );
  return rows.map(toView);
}

export async function storeSale(db: StoreQuery, saleId: string): Promise<StoreSaleView | undefined> {
  const [row] = await db.query<SaleRow>(`${SELECT_SALES} WHERE s.id = $1`, [saleId]);
  return row && toView(row);
}

function toView(row: SaleRow): StoreSaleView {
  return {
    id: row.id,
    number: formatSaleNumber(row.till_code, row.number),
    tillCode: row.till_code,
    tillName: row.till_name ?? row.till_code,
    operator: row.operator,
    amountCents: row.amount_cents,
    currency: row.currency,
    method: row.method,
    paymentType: row.payment_type,
    state: row.state,
    createdAt: row.created_at.toISOString(),
    refundedCents: row.refunded_cents,
    bill: row.bill_id ? { id: row.bill_id, index: row.bill_index ?? 0, count: row.bill_count ?? 0 } : null,
  };
}
