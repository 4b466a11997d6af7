/**
 * Refunds this till made of another till's sale, in its own ledger: written as `requested` before the
 * provider hears of them (ledger first), then settled. The outbox triggers send them to the store.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { BridgeErrorData, Environment, ProviderId, RefundView } from '../../src-preload/contract.ts';
import type { Cents, Currency } from '../../src-shared/money.ts';

export interface OtherTillRefund {
  id: string;
  saleId: string;
  saleTillCode: string;
  amountCents: Cents;
  currency: Currency;
  method: 'pix' | 'card';
  providerId: ProviderId;
  providerEnvironment: Environment;
  providerAccount: string | null;
  /** The PIX txid or the card charge id the refund was sent against. */
  providerRef: string;
  state: RefundView['state'];
  reason: string;
  transactionId: string;
  providerRefundId: string | null;
  problem: BridgeErrorData | null;
  createdAt: string;
  /** When the latest request went out (a resend renews it). */
  sentAt: string | null;
}

interface Row {
  id: string;
  sale_id: string;
  sale_till_code: string;
  amount_cents: number;
  currency: Currency;
  method: 'pix' | 'card';
  provider_id: ProviderId;
  provider_environment: Environment;
  provider_account: string | null;
  provider_ref: string;
  state: RefundView['state'];
  reason: string;
  transaction_id: string;
  provider_refund_id: string | null;
  problem_json: string | null;
  created_at: string;
  sent_at: string | null;
}

const fromRow = (row: Row): OtherTillRefund => ({
  id: row.id,
  saleId: row.sale_id,
  saleTillCode: row.sale_till_code,
  amountCents: row.amount_cents,
  currency: row.currency,
  method: row.method,
  providerId: row.provider_id,
  providerEnvironment: row.provider_environment,
  providerAccount: row.provider_account,
  providerRef: row.provider_ref,
  state: row.state,
  reason: row.reason,
  transactionId: row.transaction_id,
  providerRefundId: row.provider_refund_id,
  problem: row.problem_json ? (JSON.parse(row.problem_json) as BridgeErrorData) : null,
  createdAt: row.created_at,
  sentAt: row.sent_at,
});

export interface OtherTillRefundsRepository {
  get(id: string): OtherTillRefund | undefined;
  /** Not at an end: followed again after a restart. */
  listOpen(): OtherTillRefund[];
  /** Waiting for a person: the provider gives no way to learn what became of them. */
  listToCheck(): OtherTillRefund[];
  create(refund: Omit<OtherTillRefund, 'state' | 'providerRefundId' | 'problem' | 'sentAt'>): OtherTillRefund;
  settle(id: string, change: { state: RefundView['state']; providerRefundId?: string; problem?: BridgeErrorData | null }, at: string): OtherTillRefund;
  /** Found not made past the lookup window: the same refund goes out again under a new x-transaction-id. */
  markResent(id: string, transactionId: string, at: string): OtherTillRefund;
}

export function createOtherTillRefundsRepository(db: DatabaseSync): OtherTillRefundsRepository {
  const insert = db.prepare(
    `INSERT INTO other_till_refunds (id, sale_id, sale_till_code, amount_cents, currency, method, provider_id, provider_environment,
       provider_account, provider_ref, state, reason, transaction_id, created_at, updated_at, sent_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'requested', ?, ?, ?, ?, ?)`,
  );
  const update = db.prepare(
    `UPDATE other_till_refunds SET state = ?, provider_refund_id = COALESCE(?, provider_refund_id), problem_json = ?, updated_at = ? WHERE id = ?`,
  );
  const resend = db.prepare(
    "UPDATE other_till_refunds SET transaction_id = ?, state = 'requested', sent_at = ?, updated_at = ? WHERE id = ?",
  );
  const select = db.prepare('SELECT * FROM other_till_refunds WHERE id = ?');
  const selectToCheck = db.prepare("SELECT * FROM other_till_refunds WHERE state = 'needs_checking' ORDER BY created_at");
  const selectOpen = db.prepare("SELECT * FROM other_till_refunds WHERE state IN ('requested', 'processing') ORDER BY created_at");

  const get = (id: string): OtherTillRefund | undefined => {
    const row = select.get(id) as Row | undefined;
    return row && fromRow(row);
  };

  return {
    get,
    listOpen: (): OtherTillRefund[] => (selectOpen.all() as unknown as Row[]).map(fromRow),
    listToCheck: (): OtherTillRefund[] => (selectToCheck.all() as unknown as Row[]).map(fromRow),
    create(refund: Omit<OtherTillRefund, 'state' | 'providerRefundId' | 'problem' | 'sentAt'>): OtherTillRefund {
      insert.run(
        refund.id, refund.saleId, refund.saleTillCode, refund.amountCents, refund.currency, refund.method, refund.providerId,
        refund.providerEnvironment, refund.providerAccount, refund.providerRef, refund.reason, refund.transactionId, refund.createdAt, refund.createdAt,
        refund.createdAt,
      );
      return get(refund.id) as OtherTillRefund;
    },
    settle(id: string, change: { state: RefundView['state']; providerRefundId?: string; problem?: BridgeErrorData | null }, at: string): OtherTillRefund {
      update.run(change.state, change.providerRefundId ?? null, change.problem ? JSON.stringify(change.problem) : null, at, id);
      return get(id) as OtherTillRefund;
    },
    markResent(id: string, transactionId: string, at: string): OtherTillRefund {
      resend.run(transactionId, at, at, id);
      return get(id) as OtherTillRefund;
    },
  };
}

