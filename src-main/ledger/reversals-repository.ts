/**
 * Reversals in the ledger: money the till undoes by itself (an orphan charge, a late payment) or that a manager
 * chose to give back at reconciliation (possibly a charge no sale of this till made). A reversal
 * that needs a provider call is written `requested` before the call; one provider charge is reversed at
 * most once per kind (the unique key), so a second discovery of the same orphan changes nothing.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { BridgeErrorData, Environment, ProviderId, ReversalView } from '../../src-preload/contract.ts';
import type { Currency } from '../../src-shared/money.ts';

interface ReversalRow {
  id: string;
  sale_id: string | null;
  kind: ReversalView['kind'];
  reason: ReversalView['reason'];
  provider_id: ProviderId;
  provider_environment: Environment;
  provider_account: string | null;
  provider_ref: string;
  amount_cents: number;
  currency: Currency;
  state: ReversalView['state'];
  transaction_id: string;
  provider_reversal_id: string | null;
  problem_json: string | null;
  created_at: string;
  updated_at: string;
}

export interface StoredReversal extends ReversalView {
  /** Null for a charge no sale of this till made, reversed at reconciliation. */
  saleId: string | null;
  providerId: ProviderId;
  providerEnvironment: Environment;
  providerAccount: string | null;
  transactionId: string;
  providerReversalId: string | null;
  problem: BridgeErrorData | null;
}

export type NewReversal = Omit<StoredReversal, 'createdAt' | 'providerReversalId' | 'problem'> & { at: string };

export interface ReversalChange {
  state: ReversalView['state'];
  providerReversalId?: string;
  problem?: BridgeErrorData | null;
  /** A resend after the lookup found nothing carries a new x-transaction-id. */
  transactionId?: string;
}

const toReversal = (row: ReversalRow): StoredReversal => ({
  id: row.id,
  saleId: row.sale_id,
  kind: row.kind,
  reason: row.reason,
  providerId: row.provider_id,
  providerEnvironment: row.provider_environment,
  providerAccount: row.provider_account,
  providerRef: row.provider_ref,
  amountCents: row.amount_cents,
  currency: row.currency,
  state: row.state,
  transactionId: row.transaction_id,
  providerReversalId: row.provider_reversal_id,
  problem: row.problem_json ? (JSON.parse(row.problem_json) as BridgeErrorData) : null,
  createdAt: row.created_at,
});

export function toReversalView(reversal: StoredReversal): ReversalView {
  const { id, kind, reason, providerRef, amountCents, currency, state, createdAt } = reversal;
  return { id, kind, reason, providerRef, amountCents, currency, state, createdAt };
}

export interface ReversalsRepository {
  create(reversal: NewReversal): StoredReversal;
  get(id: string): StoredReversal | undefined;
  update(id: string, change: ReversalChange, at: string): StoredReversal | undefined;
  listBySale(saleId: string): StoredReversal[];
  ofSalesCreatedBetween(from: string, to: string): StoredReversal[];
  /** Of one provider charge (a charge of no sale is known by nothing else). */
  listByRef(providerRef: string): StoredReversal[];
  listByState(state: ReversalView['state']): StoredReversal[];
  listBetween(from: string, to: string): StoredReversal[];
}

export function createReversalsRepository(db: DatabaseSync): ReversalsRepository {
  const insert = db.prepare(
    `INSERT INTO reversals (id, sale_id, kind, reason, provider_id, provider_environment, provider_account, provider_ref,
       amount_cents, currency, state, transaction_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (provider_id, provider_environment, provider_ref, kind) DO NOTHING`,
  );
  const update = db.prepare(
    `UPDATE reversals SET state = ?, provider_reversal_id = COALESCE(?, provider_reversal_id), problem_json = ?,
       transaction_id = COALESCE(?, transaction_id), updated_at = ?
     WHERE id = ?`,
  );
  const byId = db.prepare('SELECT * FROM reversals WHERE id = ?');
  const byKey = db.prepare('SELECT * FROM reversals WHERE provider_id = ? AND provider_environment = ? AND provider_ref = ? AND kind = ?');
  const bySale = db.prepare('SELECT * FROM reversals WHERE sale_id = ? ORDER BY created_at, id');
  const ofSalesBetween = db.prepare(
    'SELECT v.* FROM reversals v JOIN sales s ON s.id = v.sale_id WHERE s.created_at >= ? AND s.created_at < ? ORDER BY v.created_at, v.id',
  );
  const byState = db.prepare('SELECT * FROM reversals WHERE state = ? ORDER BY created_at');
  const byRef = db.prepare('SELECT * FROM reversals WHERE provider_ref = ? ORDER BY created_at, id');
  const between = db.prepare('SELECT * FROM reversals WHERE created_at >= ? AND created_at < ? ORDER BY created_at');

  const get = (id: string): StoredReversal | undefined => {
    const row = byId.get(id) as ReversalRow | undefined;
    return row && toReversal(row);
  };

  return {
    /** Writes the reversal, or returns the one already booked for this provider charge and kind. */
    create(reversal: NewReversal): StoredReversal {
      const r = reversal;
      insert.run(r.id, r.saleId, r.kind, r.reason, r.providerId, r.providerEnvironment, r.providerAccount, r.providerRef,
        r.amountCents, r.currency, r.state, r.transactionId, r.at, r.at);
      const row = byKey.get(r.providerId, r.providerEnvironment, r.providerRef, r.kind) as unknown as ReversalRow;
      return toReversal(row);
    },
    get,
    update(id: string, change: ReversalChange, at: string): StoredReversal | undefined {
      update.run(change.state, change.providerReversalId ?? null, change.problem ? JSON.stringify(change.problem) : null, change.transactionId ?? null, at, id);
      return get(id);
    },
    listBySale: (saleId: string): StoredReversal[] => (bySale.all(saleId) as unknown as ReversalRow[]).map(toReversal),
    /** Of every sale created in [from, to), in one query (a day's books). */
    ofSalesCreatedBetween: (from: string, to: string): StoredReversal[] => (ofSalesBetween.all(from, to) as unknown as ReversalRow[]).map(toReversal),
    /** Of one provider charge (a charge of no sale is known by nothing else). */
    listByRef: (providerRef: string): StoredReversal[] => (byRef.all(providerRef) as unknown as ReversalRow[]).map(toReversal),
    listByState: (state: ReversalView['state']): StoredReversal[] => (byState.all(state) as unknown as ReversalRow[]).map(toReversal),
    /** Reversals made in [from, to), for the day report. */
    listBetween: (from: string, to: string): StoredReversal[] => (between.all(from, to) as unknown as ReversalRow[]).map(toReversal),
  };
}

