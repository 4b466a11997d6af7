/** Refunds in the ledger: written as `requested` before the provider hears of them, then followed to the end. */
import type { DatabaseSync } from 'node:sqlite';
import type { BridgeErrorData, RefundView } from '../../src-preload/contract.ts';
import type { Cents } from '../../src-shared/money.ts';

interface RefundRow {
  id: string;
  sale_id: string;
  amount_cents: number;
  state: RefundView['state'];
  reason: string;
  transaction_id: string;
  provider_refund_id: string | null;
  problem_json: string | null;
  created_at: string;
  updated_at: string;
}

export interface StoredRefund extends RefundView {
  saleId: string;
  transactionId: string;
  providerRefundId: string | null;
  problem: BridgeErrorData | null;
}

export interface NewRefund {
  id: string;
  saleId: string;
  amountCents: Cents;
  reason: string;
  transactionId: string;
  at: string;
}

export interface RefundChange {
  state: RefundView['state'];
  providerRefundId?: string;
  problem?: BridgeErrorData | null;
}

export function createRefundsRepository(db: DatabaseSync) {
  const insert = db.prepare(
    `INSERT INTO refunds (id, sale_id, amount_cents, state, reason, transaction_id, created_at, updated_at)
     VALUES (?, ?, ?, 'requested', ?, ?, ?, ?)`,
  );
  const update = db.prepare(
    `UPDATE refunds SET state = ?, provider_refund_id = COALESCE(?, provider_refund_id), problem_json = ?, updated_at = ?
     WHERE id = ?`,
  );
  const byId = db.prepare('SELECT * FROM refunds WHERE id = ?');
  const bySale = db.prepare('SELECT * FROM refunds WHERE sale_id = ? ORDER BY created_at, id');
  const byState = db.prepare('SELECT * FROM refunds WHERE state = ? ORDER BY created_at');
  const between = db.prepare('SELECT * FROM refunds WHERE created_at >= ? AND created_at < ? ORDER BY created_at');

  const get = (id: string): StoredRefund | undefined => {
    const row = byId.get(id) as RefundRow | undefined;
    return row && toRefund(row);
  };

  return {
    create(refund: NewRefund): StoredRefund {
      insert.run(refund.id, refund.saleId, refund.amountCents, refund.reason, refund.transactionId, refund.at, refund.at);
      return get(refund.id) as StoredRefund;
    },
    update(id: string, change: RefundChange, at: string): StoredRefund {
      const before = get(id);
      if (!before) throw new Error(`Unknown refund ${id}`);
      const problem = change.problem === undefined ? before.problem : change.problem;
      update.run(change.state, change.providerRefundId ?? null, problem ? JSON.stringify(problem) : null, at, id);
      return get(id) as StoredRefund;
    },
    get,
    listBySale(saleId: string): StoredRefund[] {
      return (bySale.all(saleId) as unknown as RefundRow[]).map(toRefund);
    },
    /** Refunds asked for in [from, to), oldest first. */
    listBetween(from: string, to: string): StoredRefund[] {
      return (between.all(from, to) as unknown as RefundRow[]).map(toRefund);
    },
    listByState(state: RefundView['state']): StoredRefund[] {
      return (byState.all(state) as unknown as RefundRow[]).map(toRefund);
    },
  };
}

export type RefundsRepository = ReturnType<typeof createRefundsRepository>;

export function toRefundView({ id, amountCents, state, reason, createdAt }: StoredRefund): RefundView {
  return { id, amountCents, state, reason, createdAt };
}

function toRefund(row: RefundRow): StoredRefund {
  return {
    id: row.id,
    saleId: row.sale_id,
    amountCents: row.amount_cents,
    state: row.state,
    reason: row.reason,
    transactionId: row.transaction_id,
    providerRefundId: row.provider_refund_id,
    problem: row.problem_json ? (JSON.parse(row.problem_json) as BridgeErrorData) : null,
    createdAt: row.created_at,
  };
}
