/**
 * How each refund made by hand went back to the customer (cash from the drawer, or a PIX the shop sent
 * itself). The refund itself is an ordinary row of `refunds`; this table only adds the way it was paid.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { ManualRefundPaidBack } from '../../src-preload/contract.ts';
import type { Cents } from '../../src-shared/money.ts';

export interface ManualRefundRow {
  refundId: string;
  saleId: string;
  paidBack: ManualRefundPaidBack;
  amountCents: Cents;
  at: string;
}

interface Row {
  refund_id: string;
  sale_id: string;
  paid_back: ManualRefundPaidBack;
  amount_cents: number;
  at: string;
}

const toRow = (row: Row): ManualRefundRow => ({ refundId: row.refund_id, saleId: row.sale_id, paidBack: row.paid_back, amountCents: row.amount_cents, at: row.at });

export interface ManualRefundsRepository {
  record(refundId: string, paidBack: ManualRefundPaidBack, at: string): void;
  get(refundId: string): ManualRefundRow | undefined;
  /** Refunds made by hand in [from, to), oldest first. */
  listBetween(from: string, to: string): ManualRefundRow[];
}

export function createManualRefundsRepository(db: DatabaseSync): ManualRefundsRepository {
  const insert = db.prepare('INSERT INTO manual_refunds (refund_id, paid_back, at) VALUES (?, ?, ?)');
  const select = `SELECT m.refund_id, m.paid_back, m.at, r.sale_id, r.amount_cents FROM manual_refunds m JOIN refunds r ON r.id = m.refund_id`;
  const byId = db.prepare(`${select} WHERE m.refund_id = ?`);
  const between = db.prepare(`${select} WHERE m.at >= ? AND m.at < ? ORDER BY m.at, m.refund_id`);
  return {
    record(refundId: string, paidBack: ManualRefundPaidBack, at: string): void {
      insert.run(refundId, paidBack, at);
    },
    get(refundId: string): ManualRefundRow | undefined {
      const row = byId.get(refundId) as Row | undefined;
      return row && toRow(row);
    },
    /** Refunds made by hand in [from, to), oldest first. */
    listBetween(from: string, to: string): ManualRefundRow[] {
      return (between.all(from, to) as unknown as Row[]).map(toRow);
    },
  };
}
