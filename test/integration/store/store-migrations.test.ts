/** Schema migrations of the store ledger (PostgreSQL) and of the till's outbox (node:sqlite), on empty and older schemas. */
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it, onTestFinished } from 'vitest';
import { silentLogger } from '../../../src-main/core/logger.ts';
import { MIGRATIONS } from '../../../src-main/ledger/migrations.ts';
import { LEDGER_FILE, openLedger } from '../../../src-main/ledger/open-ledger.ts';
import { createManualRefundsRepository } from '../../../src-main/ledger/manual-refunds-repository.ts';
import { createSalesRepository } from '../../../src-main/ledger/sales-repository.ts';
import { createOutbox } from '../../../src-main/store/outbox.ts';
import { createStoreClient, type StoreClient } from '../../../src-main/store/store-client.ts';
import { migrateStore, STORE_MIGRATIONS } from '../../../src-main/store/store-migrations.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { newStore, paidCard, startTill, storeReader, useCluster, waitSynced } from './store-tills.ts';

const cluster = useCluster();

function clientFor(url: string): StoreClient {
  const client = createStoreClient(url, silentLogger);
  onTestFinished(() => client.close());
  return client;
}

const TOP = STORE_MIGRATIONS.length;
const ALL_VERSIONS = STORE_MIGRATIONS.map((_, index) => index + 1);

const versions = async (client: StoreClient) => (await client.query<{ version: number }>('SELECT version FROM store_schema_version ORDER BY version')).map((row) => row.version);

describe('store schema migrations', () => {
  it('builds the schema on an empty database once, even when three tills start at the same moment', async () => {
    const url = await newStore(cluster());
    const clients = [clientFor(url), clientFor(url), clientFor(url)];
    expect(await Promise.all(clients.map((client) => migrateStore(client)))).toEqual([TOP, TOP, TOP]);
    expect(await versions(clients[0] as StoreClient)).toEqual(ALL_VERSIONS);
    expect(await migrateStore(clients[1] as StoreClient)).toBe(TOP);
    expect(await versions(clients[0] as StoreClient)).toEqual(ALL_VERSIONS);
  });

  it('brings an older schema up to date and keeps its rows, counting the refunds it already had', async () => {
    const url = await newStore(cluster());
    const old = clientFor(url);
    expect(await migrateStore(old, STORE_MIGRATIONS.slice(0, 1))).toBe(1);
    const saleId = '0b6e6c5e-1f1a-4c7e-9d57-2b1f8f0d8a11';
    const at = new Date().toISOString();
    await old.query(
      `INSERT INTO sales (id, till_code, number, amount_cents, method, state, provider_id, provider_environment, created_at, updated_at, version)
       VALUES ($1, 'C9', 1, 8000, 'card', 'paid', 'astrapay', 'embedded', $2, $2, 1)`,
      [saleId, at],
    );
    await old.query(
      `INSERT INTO refunds (id, sale_id, till_code, amount_cents, state, reason, created_at, updated_at, version) VALUES
       ('5d1c7a52-7d0e-4bb4-a1a4-0f2c1b6a3e01', $1, 'C9', 300, 'completed', 'a', $2, $2, 2),
       ('5d1c7a52-7d0e-4bb4-a1a4-0f2c1b6a3e02', $1, 'C9', 200, 'failed', 'b', $2, $2, 3)`,
      [saleId, at],
    );

    // A till of the new version joins: it migrates the store itself, then sends its own sales.
    const till = await startTill(url, 'C1');
    await paidCard(till, 1234);
    await waitSynced(till);
    const store = await storeReader(url);
    expect((await store.query('SELECT version FROM store_schema_version ORDER BY version')).rows.map((row) => row.version)).toEqual(ALL_VERSIONS);
    // Rows from before currencies were sent are reais; the new till's sale says who was signed in.
    expect((await store.query('SELECT till_code, operator, currency FROM sales ORDER BY till_code')).rows).toEqual([
      { till_code: 'C1', operator: 'Gerente demo', currency: 'BRL' },
      { till_code: 'C9', operator: '', currency: 'BRL' },
    ]);
    expect((await store.query('SELECT DISTINCT currency FROM refunds')).rows).toEqual([{ currency: 'BRL' }]);
    expect((await store.query('SELECT sale_cents::int, reserved_cents::int FROM refund_totals WHERE sale_id = $1', [saleId])).rows).toEqual([
      { sale_cents: 8000, reserved_cents: 300 },
    ]);
  });

  it('runs each step in one transaction: a step that fails leaves nothing behind and the version where it was', async () => {
    const url = await newStore(cluster());
    const client = clientFor(url);
    const broken = [...STORE_MIGRATIONS.slice(0, 1), 'CREATE TABLE half_done (id INTEGER); SELECT 1 / 0;'];
    await expect(migrateStore(client, broken)).rejects.toMatchObject({ reason: 'store.statement_failed' });
    expect(await versions(client)).toEqual([1]);
    expect(await client.query("SELECT to_regclass('half_done') AS table")).toEqual([{ table: null }]);
  });
});

describe('the till ledger’s outbox migration', () => {
  it('numbers the sales an older ledger already had, then numbers and queues every new change', () => {
    const dir = makeTempDir('pdv-ledger-');
    const db = new DatabaseSync(join(dir, LEDGER_FILE));
    // The ledger as it was just before the outbox step (later steps may follow it).
    const before = MIGRATIONS.findIndex((step) => step.includes('CREATE TABLE outbox'));
    for (const step of MIGRATIONS.slice(0, before)) db.exec(step);
    db.exec(`PRAGMA user_version = ${before}`);
    const insert = db.prepare("INSERT INTO sales (id, amount_cents, method, state, provider_id, created_at, updated_at) VALUES (?, ?, 'pix', 'paid', 'astrapay', ?, ?)");
    insert.run('b', 200, '2026-01-02T10:00:00.000Z', '2026-01-02T10:00:00.000Z');
    insert.run('a', 100, '2026-01-01T10:00:00.000Z', '2026-01-01T10:00:00.000Z');
    db.close();

    const ledger = openLedger(dir);
    onTestFinished(() => ledger.close());
    const sales = createSalesRepository(ledger);
    expect([sales.get('a')?.number, sales.get('b')?.number]).toEqual(['C1-000001', 'C1-000002']);
    const outbox = createOutbox(ledger);
    expect(outbox.backlog()).toEqual({ changes: 0, items: 0 });

    const id = '9a3c1c55-3f7e-4f6b-b2a8-6a8f4f3f2a10';
    sales.create({ id, amountCents: 500, currency: 'BRL', method: 'card', providerId: 'astrapay', providerEnvironment: 'embedded', at: '2026-01-03T10:00:00.000Z' });
    sales.update(id, { state: 'awaiting_payment' }, '2026-01-03T10:00:01.000Z');
    expect(sales.get(id)?.number).toBe('C1-000003');
    const queued = outbox.next(10).map((entry) => ({ entity: entry.entity, id: entry.entityId, ...(JSON.parse(entry.payload) as { state: string; number: number }) }));
    expect(queued.map((entry) => [entry.entity, entry.id, entry.number, entry.state])).toEqual([
      ['sale', id, 3, 'draft'],
      ['sale', id, 3, 'awaiting_payment'],
    ]);
    outbox.requeueAll();
    expect(outbox.backlog()).toEqual({ changes: 5, items: 3 });
  });
});

describe('the till ledger’s step that tells the store how money went back by hand', () => {
  it('queues again the refunds an older ledger gave back by hand, now with the way, and no other refund', () => {
    const dir = makeTempDir('pdv-ledger-');
    const db = new DatabaseSync(join(dir, LEDGER_FILE));
    const before = MIGRATIONS.findIndex((step) => step.includes("'paid_back', (SELECT paid_back FROM manual_refunds"));
    for (const step of MIGRATIONS.slice(0, before)) db.exec(step);
    db.exec(`PRAGMA user_version = ${before}`);
    const older = createSalesRepository(db);
    const at = '2026-01-02T10:00:00.000Z';
    for (const [saleId, method] of [['s1', 'pix_static'], ['s2', 'pix']] as const) {
      older.create({ id: saleId, amountCents: 5_000, currency: 'BRL', method, providerId: 'astrapay', providerEnvironment: 'embedded', at });
      older.refunds.create({ id: `r-${saleId}`, saleId, amountCents: 1_000, currency: 'BRL', reason: 'Troca', transactionId: `t-${saleId}`, at });
    }
    createManualRefundsRepository(db).record('r-s1', 'pix', at);
    // Everything so far reached the store already.
    db.exec('DELETE FROM outbox');
    db.close();

    const ledger = openLedger(dir);
    onTestFinished(() => ledger.close());
    const queued = createOutbox(ledger).next(10).map((entry) => ({ entity: entry.entity, ...(JSON.parse(entry.payload) as { id: string; paid_back: string | null }) }));
    expect(queued.map((entry) => [entry.entity, entry.id, entry.paid_back])).toEqual([['refund', 'r-s1', 'pix']]);
    createSalesRepository(ledger).refunds.update('r-s2', { state: 'completed' }, at);
    const next = createOutbox(ledger).next(10).map((entry) => JSON.parse(entry.payload) as { id: string; paid_back: string | null });
    expect(next.at(-1)).toMatchObject({ id: 'r-s2', paid_back: null });
  });
});
