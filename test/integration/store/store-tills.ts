/**
 * Till cores that feed one store database, and readers that hold the store against each till's own
 * ledger: the same sales and refunds, field by field, each exactly once.
 */
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import { afterAll, beforeAll, expect, onTestFinished } from 'vitest';
import type { SaleView, StoreSyncView } from '../../../src-preload/contract.ts';
import { LEDGER_FILE } from '../../../src-main/ledger/open-ledger.ts';
import { startPgCluster, type PgCluster } from '../../support/pg-cluster.ts';
import { addOperator, signIn } from '../../support/operators.ts';
import { okValue } from '../../support/replies.ts';
import { startTestCore, type TestCore, type TestCoreOptions } from '../../support/test-core.ts';
import { waitFor } from '../../support/wait-for.ts';

/** Fast replication pacing for tests: an idle look every 20 ms, a retry every 50 ms. */
export const FAST_REPLICATION = { idleMs: 20, retryMs: () => 50 };

/** One PostgreSQL cluster for the whole test file. */
export function useCluster(): () => PgCluster {
  let cluster: PgCluster | undefined;
  beforeAll(async () => {
    cluster = await startPgCluster();
  }, 60_000);
  afterAll(async () => {
    await cluster?.destroy();
  });
  return () => {
    if (!cluster) throw new Error('the cluster starts in beforeAll');
    return cluster;
  };
}

let databases = 0;
/** A fresh, empty store database on the file's cluster. */
export function newStore(cluster: PgCluster): Promise<string> {
  databases += 1;
  return cluster.createDatabase(`shop_${process.pid}_${databases}`);
}

export interface Till extends TestCore {
  code: string;
}

/** A till that joined the store; with `operator`, that operator (a manager of this till) signs in and sells. */
export async function startTill(storeUrl: string, code: string, operator = '', options: TestCoreOptions = {}): Promise<Till> {
  const till = await startTestCore({ storeReplicator: FAST_REPLICATION, ...options });
  okValue(await till.invoke('store.configure', { enabled: true, tillCode: code, tillName: `Caixa ${code}`, connectionString: storeUrl }));
  if (operator) {
    await addOperator(till.invoke, operator, 'manager', '4321');
    await signIn(till.invoke, operator, '4321');
  }
  return Object.assign(till, { code });
}

export const CARD = { number: '4111111111111111', holderName: 'Ana Souza', holderDocument: '11144477735', expiry: '122030', cvv: '123' };

/** A credit card sale the sandbox approves at once. */
export async function paidCard(till: TestCore, amountCents: number): Promise<SaleView> {
  const sale = okValue<SaleView>(await till.invoke('sale.startCard', { amountCents, paymentType: 'credit', installments: 1, card: CARD }));
  expect(sale.state).toBe('paid');
  return sale;
}

export async function storeStatus(till: TestCore): Promise<StoreSyncView> {
  return okValue<StoreSyncView>(await till.invoke('store.status'));
}

export function waitSynced(till: TestCore): Promise<StoreSyncView> {
  return waitFor(async () => {
    const status = await storeStatus(till);
    return status.state === 'synced' && status.pendingChanges === 0 && status;
  }, `till to be in sync with the store`, { timeoutMs: 15_000 });
}

/** A plain pg connection to look at the store as an owner's report tool would. */
export async function storeReader(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  onTestFinished(() => client.end());
  return client;
}

export interface LedgerRows {
  sales: Record<string, unknown>[];
  refunds: Record<string, unknown>[];
}

/** A till's ledger, in the store's terms. */
export function ledgerRows(dataDir: string): LedgerRows {
  const db = new DatabaseSync(join(dataDir, LEDGER_FILE), { readOnly: true });
  try {
    return {
      sales: db
        .prepare('SELECT id, till_code, number, amount_cents, method, state, created_at FROM sales ORDER BY id')
        .all()
        .map((row) => ({ ...row })),
      refunds: db
        .prepare('SELECT id, sale_id, amount_cents, state, created_at FROM refunds ORDER BY id')
        .all()
        .map((row) => ({ ...row })),
    };
  } finally {
    db.close();
  }
}

/** The store's rows for one till, shaped like `ledgerRows`. */
export async function storeRows(store: pg.Client, tillCode: string): Promise<LedgerRows> {
  const sales = await store.query(
    `SELECT id::text, till_code, number, amount_cents::int, method, state, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at
     FROM sales WHERE till_code = $1 ORDER BY id`,
    [tillCode],
  );
  const refunds = await store.query(
    `SELECT r.id::text, r.sale_id::text, r.amount_cents::int, r.state, to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at
     FROM refunds AS r WHERE r.till_code = $1 ORDER BY r.id`,
    [tillCode],
  );
  return { sales: sales.rows, refunds: refunds.rows };
}

export async function expectStoreEqualsLedger(store: pg.Client, till: Till): Promise<void> {
  const ledger = ledgerRows(till.dataDir);
  expect(ledger.sales.length).toBeGreaterThan(0);
  expect(await storeRows(store, till.code)).toEqual(ledger);
}

export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
