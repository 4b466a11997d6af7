/**
 * Refunds in the ledger: written as `requested`, with the x-transaction-id and the time of the request,
 * before the provider hears of them, then followed to the end. A resend after a lookup found nothing
 * keeps the same row with a new transaction id.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { BridgeErrorData, RefundView } from '../../src-preload/contract.ts';
import type { Cents, Currency } from '../../src-shared/money.ts';

type RefundState = RefundView['state'];

interface RefundRow {
  id: string;
  sale_id: string;
  amount_cents: number;
  currency: Currency;
  state: RefundState;
  reason: string;
  transaction_id: string;
  provider_refund_id: string | null;
  problem_json: string | null;
  created_at: string;
  updated_at: string;
  sent_at: string | null;
  sends: number;
}

export interface StoredRefund extends RefundView {
  saleId: string;
  transactionId: string;
  providerRefundId: string | null;
  problem: BridgeErrorData | null;
  /** When the latest request went out (null: never sent). */
  sentAt: string | null;
  sends: number;
}

export interface NewRefund {
  id: string;
  saleId: string;
  amountCents: Cents;
  currency: Currency;
  reason: string;
  transactionId: string;
  at: string;
}

export interface RefundChange {
  state: RefundState;
  providerRefundId?: string;
  problem?: BridgeErrorData | null;
}

export interface RefundsRepository {
  create(refund: NewRefund): StoredRefund;
  update(id: string, change: RefundChange, at: string): StoredRefund;
  markResent(id: string, transactionId: string, at: string): StoredRefund;
  get(id: string): StoredRefund | undefined;
  listBySale(saleId: string): StoredRefund[];
  listBetween(from: string, to: string): StoredRefund[];
  bySalesCreatedBetween(from: string, to: string): Map<string, StoredRefund[]>;
  listOpen(): StoredRefund[];
}

export function createRefundsRepository(db: DatabaseSync): RefundsRepository {
  const insert = db.prepare(
    `INSERT INTO refunds (id, sale_id, amount_cents, currency, state, reason, transaction_id, created_at, updated_at, sent_at, sends)
     VALUES (?, ?, ?, ?, 'requested', ?, ?, ?, ?, ?, 1)`,
  );
  const update = db.prepare(
    `UPDATE refunds SET state = ?, provider_refund_id = COALESCE(?, provider_refund_id), problem_json = ?, updated_at = ?
     WHERE id = ?`,
  );
  const resend = db.prepare('UPDATE refunds SET transaction_id = ?, sent_at = ?, sends = sends + 1, updated_at = ? WHERE id = ?');
  const byId = db.prepare('SELECT * FROM refunds WHERE id = ?');
  const bySale = db.prepare('SELECT * FROM refunds WHERE sale_id = ? ORDER BY created_at, id');
  const open = db.prepare("SELECT * FROM refunds WHERE state IN ('requested', 'processing') ORDER BY created_at");
  const between = db.prepare('SELECT * FROM refunds WHERE created_at >= ? AND created_at < ? ORDER BY created_at');
  const ofSalesBetween = db.prepare(
    'SELECT r.* FROM refunds r JOIN sales s ON s.id = r.sale_id WHERE s.created_at >= ? AND s.created_at < ? ORDER BY r.created_at, r.id',
  );

  const get = (id: string): StoredRefund | undefined => {
    const row = byId.get(id) as RefundRow | undefined;
    return row && toRefund(row);
  };
  const must = (id: string): StoredRefund => {
    const refund = get(id);
    if (!refund) throw new Error(`Unknown refund ${id}`);
    return refund;
  };

  return {
    create(refund: NewRefund): StoredRefund {
      const { id, saleId, amountCents, currency, reason, transactionId, at } = refund;
      insert.run(id, saleId, amountCents, currency, reason, transactionId, at, at, at);
      return must(id);
    },
    update(id: string, change: RefundChange, at: string): StoredRefund {
      const before = must(id);
      const problem = change.problem === undefined ? before.problem : change.problem;
      update.run(change.state, change.providerRefundId ?? null, problem ? JSON.stringify(problem) : null, at, id);
      return must(id);
    },
    /** A new request for the same refund: durable before it is sent, like the first. */
    markResent(id: string, transactionId: string, at: string): StoredRefund {
      resend.run(transactionId, at, at, id);
      return must(id);
    },
    get,
    listBySale(saleId: string): StoredRefund[] {
      return (bySale.all(saleId) as unknown as RefundRow[]).map(toRefund);
    },
    /** Refunds asked for in [from, to), oldest first. */
    listBetween(from: string, to: string): StoredRefund[] {
      return (between.all(from, to) as unknown as RefundRow[]).map(toRefund);
    },
    /** The refunds of every sale created in [from, to), by sale: one query for a whole day's books. */
    bySalesCreatedBetween(from: string, to: string): Map<string, StoredRefund[]> {
      return groupBySale((ofSalesBetween.all(from, to) as unknown as RefundRow[]).map(toRefund));
    },
    /** Every refund not yet at an end (requested or processing), oldest first. */
    listOpen(): StoredRefund[] {
      return (open.all() as unknown as RefundRow[]).map(toRefund);
    },
  };
}


export function toRefundView({ id, amountCents, currency, state, reason, createdAt }: StoredRefund): RefundView {
  return { id, amountCents, currency, state, reason, createdAt };
}

/** By sale; an item of no sale (a reversal of a charge the till never made) belongs to none. */
export function groupBySale<T extends { saleId: string | null }>(items: T[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const item of items) if (item.saleId !== null) grouped.set(item.saleId, [...(grouped.get(item.saleId) ?? []), item]);
  return grouped;
}

function toRefund(row: RefundRow): StoredRefund {
  return {
    id: row.id,
    saleId: row.sale_id,
    amountCents: row.amount_cents,
    currency: row.currency,
    state: row.state,
    reason: row.reason,
    transactionId: row.transaction_id,
    providerRefundId: row.provider_refund_id,
    problem: row.problem_json ? (JSON.parse(row.problem_json) as BridgeErrorData) : null,
    createdAt: row.created_at,
    sentAt: row.sent_at,
    sends: row.sends,
  };
}
