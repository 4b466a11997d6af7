/**
 * Refunds given back by hand in the store ledger (a hand-confirmed static PIX: cash from a till's drawer, or
 * a PIX the shop sent itself). They are ordinary refunds of the day's report, counted apart by how they went
 * back, and never looked for at a provider: no provider saw them.
 */
import type { Currency, ManualRefundPaidBack, StoreManualRefundRow, StoreManualRefunds } from '../../src-preload/contract.ts';
import { formatSaleNumber } from '../../src-shared/sale-number.ts';
import type { StoreQuery } from './store-client.ts';
import type { DayRange } from './store-views.ts';

/** Completed refunds given back by hand on the day, by till, how and currency (the day report counts completed refunds). */
export async function storeManualRefundTotals(db: StoreQuery, { from, to }: DayRange, tillName: (code: string) => string): Promise<StoreManualRefunds[]> {
  const rows = await db.query<{ till_code: string; paid_back: ManualRefundPaidBack; currency: Currency; count: number; total: number }>(
    `SELECT till_code, paid_back, currency, COUNT(*) AS count, SUM(amount_cents)::bigint AS total
     FROM refunds WHERE created_at >= $1 AND created_at < $2 AND state = 'completed' AND paid_back IS NOT NULL
     GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    [from, to],
  );
  return rows.map((row) => ({
    tillCode: row.till_code, tillName: tillName(row.till_code), paidBack: row.paid_back, currency: row.currency, count: row.count, totalCents: row.total,
  }));
}

/**
 * Refunds of the day's hand-confirmed static PIX sales, every till's, one by one. A row a till sent before it
 * told how the money went back has no `paidBack` yet; it is still a refund by hand (no provider took the sale).
 */
export async function readStoreManualRefunds(db: StoreQuery, { from, to }: DayRange): Promise<StoreManualRefundRow[]> {
  const rows = await db.query<{ id: string; sale_id: string; number: number; till_code: string; amount_cents: number; currency: Currency; paid_back: ManualRefundPaidBack | null; created_at: Date }>(
    `SELECT r.id::text, r.sale_id::text, s.number, r.till_code, r.amount_cents, r.currency, r.paid_back, r.created_at
     FROM refunds AS r JOIN sales AS s ON s.id = r.sale_id
     WHERE r.created_at >= $1 AND r.created_at < $2 AND r.state = 'completed' AND (r.paid_back IS NOT NULL OR s.method = 'pix_static')
     ORDER BY r.created_at, r.id`,
    [from, to],
  );
  return rows.map((row) => ({
    refundId: row.id, saleId: row.sale_id, saleNumber: formatSaleNumber(row.till_code, row.number), tillCode: row.till_code, amountCents: row.amount_cents, currency: row.currency, paidBack: row.paid_back,
    createdAt: row.created_at.toISOString(),
  }));
}
