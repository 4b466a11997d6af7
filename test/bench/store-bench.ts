/**
 * The store ledger: replication lag (till commit to visible in the store's view) at 5 sales/s per till across
 * 3 tills, the store day report over 100,000 sales from 10 tills (goal: under 500 ms), and the catch-up time
 * for 10,000 changes queued while the server was away. A throwaway PostgreSQL cluster in a temp dir.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { PosCore } from '../../src-main/app/create-pos-core.ts';
import { silentLogger } from '../../src-main/core/logger.ts';
import { systemScheduler } from '../../src-main/core/ports.ts';
import { openLedger } from '../../src-main/ledger/open-ledger.ts';
import { createSalesRepository } from '../../src-main/ledger/sales-repository.ts';
import { createStoreClient } from '../../src-main/store/store-client.ts';
import { migrateStore } from '../../src-main/store/store-migrations.ts';
import { startStoreRuntime } from '../../src-main/store/store-runtime.ts';
import { dayRange } from '../../src-main/ledger/day-range.ts';
import { storeDayReport } from '../../src-main/store/store-day-report.ts';
import { startPgCluster, type PgCluster } from '../support/pg-cluster.ts';
import { startBenchCore } from './bench-core.ts';
import { percentile, type BenchTable } from './table.ts';

const LAG_TILLS = 3;
const LAG_SECONDS = 10;
const SALES_PER_SECOND = 5;
const CARD = { number: '4111111111111111', holderName: 'Ana Souza', holderDocument: '11144477735', expiry: '122030', cvv: '123' };
const ms = (value: number) => value.toFixed(1);

async function tillCore(dir: string, url: string, code: string, idleMs?: number): Promise<PosCore> {
  // Signed in with a shift open, as a cashier finds it: the router refuses a locked till's calls.
  const core = await startBenchCore(join(dir, code), {
    pollSchedule: () => 3_600_000,
    ...(idleMs ? { storeReplicator: { idleMs } } : {}),
  });
  const reply = await core.router.handle('store.configure', { enabled: true, tillCode: code, tillName: code, connectionString: url }, 'cashier');
  if (!reply.ok) throw new Error(reply.error.message);
  // Joined (schema in place, till registered) before the clock starts.
  for (;;) {
    const status = await core.router.handle('store.status', {}, 'cashier');
    if (status.ok && (status.value as { state: string }).state === 'synced') return core;
    await sleep(10);
  }
}

/** Every till sells 5 card sales a second; a watcher reads the store every 2 ms and notes when each sale shows up. */
async function replicationLag(cluster: PgCluster, dir: string, idleMs: number | undefined): Promise<number[]> {
  const url = await cluster.createDatabase(`lag_${idleMs ?? 'default'}`);
  const tills = await Promise.all(Array.from({ length: LAG_TILLS }, (_, index) => tillCore(dir, url, `L${index + 1}${idleMs ?? 'D'}`.slice(0, 6), idleMs)));
  const watcher = createStoreClient(url, silentLogger);
  const committed = new Map<string, number>();
  const lags: number[] = [];
  let selling = true;
  const watch = (async () => {
    while (selling || committed.size > 0) {
      const ids = [...committed.keys()];
      if (ids.length > 0) {
        const seen = await watcher.query<{ id: string }>("SELECT id::text FROM sales WHERE id = ANY($1::uuid[]) AND state = 'paid'", [ids]);
        const now = performance.now();
        for (const { id } of seen) {
          lags.push(now - (committed.get(id) ?? now));
          committed.delete(id);
        }
      }
      await sleep(2);
    }
  })();
  await Promise.all(
    tills.map(async (core, index) => {
      for (let n = 0; n < LAG_SECONDS * SALES_PER_SECOND; n++) {
        const started = performance.now();
        const reply = await core.router.handle('sale.startCard', { amountCents: 1000 + index, paymentType: 'credit', installments: 1, card: CARD }, 'cashier');
        if (!reply.ok) throw new Error(reply.error.message);
        committed.set((reply.value as { id: string }).id, performance.now());
        await sleep(Math.max(0, 1000 / SALES_PER_SECOND - (performance.now() - started)));
      }
    }),
  );
  selling = false;
  await watch;
  await watcher.close();
  for (const core of tills) await core.close();
  return lags;
}

/** 100,000 paid sales (and 5,000 refunds) from 10 tills on one day, written straight into the store. */
async function dayReportTimes(cluster: PgCluster): Promise<number[]> {
  const client = createStoreClient(await cluster.createDatabase('report'), silentLogger, { statementTimeoutMs: 120_000 });
  await migrateStore(client);
  const day = '2026-03-02';
  const start = new Date(`${day}T08:00:00`).toISOString();
  await client.query(`INSERT INTO tills (code, install_id, name, last_seen_at) SELECT 'C' || n, 'bench', 'Caixa ' || n, now() FROM generate_series(1, 10) AS n`);
  await client.query(
    `INSERT INTO sales (id, till_code, number, amount_cents, method, payment_type, state, provider_id, provider_environment, created_at, updated_at, version, operator)
     SELECT gen_random_uuid(), 'C' || (n % 10 + 1), n / 10 + 1, 100 + n % 50000, CASE WHEN n % 3 = 0 THEN 'pix' ELSE 'card' END,
       CASE WHEN n % 3 = 0 THEN NULL WHEN n % 3 = 1 THEN 'credit' ELSE 'debit' END, CASE WHEN n % 20 = 0 THEN 'expired' ELSE 'paid' END,
       'astrapay', 'embedded', $1::timestamptz + (n * interval '400 milliseconds'), $1::timestamptz, 1, 'op' || (n % 7)
     FROM generate_series(0, 99999) AS n`,
    [start],
  );
  // Sales of the days around it, so the report has to find its day.
  await client.query(
    `INSERT INTO sales (id, till_code, number, amount_cents, method, state, provider_id, provider_environment, created_at, updated_at, version)
     SELECT gen_random_uuid(), 'C' || (n % 10 + 1), 100000 + n, 500, 'pix', 'paid', 'astrapay', 'embedded',
       $1::timestamptz - interval '1 day' * (1 + n % 30), $1::timestamptz, 1 FROM generate_series(0, 99999) AS n`,
    [start],
  );
  await client.query(
    `INSERT INTO refunds (id, sale_id, till_code, amount_cents, state, reason, created_at, updated_at, version)
     SELECT gen_random_uuid(), id, till_code, 50, 'completed', 'bench', created_at + interval '1 minute', created_at, 1
     FROM sales WHERE number % 20 = 1 AND number <= 10000`,
  );
  await client.query('ANALYZE');
  const times: number[] = [];
  let count = 0;
  for (let run = 0; run < 21; run++) {
    const started = performance.now();
    count = (await storeDayReport(client, day, dayRange(day))).sales.count;
    if (run > 0) times.push(performance.now() - started);
  }
  await client.close();
  if (count < 90_000) throw new Error(`the report saw ${count} sales`);
  return times;
}

/** A till whose outbox holds 10,000 changes (5,000 sales, each written then paid) pushes them to an empty store. */
async function catchUp(cluster: PgCluster, dir: string, run: number): Promise<number> {
  const url = await cluster.createDatabase(`catchup_${run}`);
  const db = openLedger(join(dir, `catchup-${run}`));
  // The till joins the store first; from then on it only pushes when asked, as if the server were away.
  const runtime = startStoreRuntime({ db, connectionString: url, installId: `bench-${run}`, logger: silentLogger, scheduler: systemScheduler, onStatus: () => undefined, replicator: { idleMs: 3_600_000 } });
  while (runtime.replicator.status().state !== 'synced') await sleep(10);
  const sales = createSalesRepository(db);
  const at = new Date().toISOString();
  for (let n = 0; n < 5_000; n++) {
    const sale = sales.create({ id: randomUUID(), amountCents: 1000 + n, currency: 'BRL', method: 'card', providerId: 'astrapay', providerEnvironment: 'embedded', at });
    sales.update(sale.id, { state: 'paid' }, at);
  }
  const queued = runtime.replicator.status().pendingChanges;
  if (queued !== 10_000) throw new Error(`expected 10,000 queued changes, got ${queued}`);
  const started = performance.now();
  await runtime.replicator.flush();
  const elapsed = performance.now() - started;
  await runtime.stop();
  db.close();
  return elapsed;
}

export async function runStoreBench(): Promise<BenchTable[]> {
  const dir = mkdtempSync(join(tmpdir(), 'pdv-store-bench-'));
  const cluster = await startPgCluster();
  try {
    const lagDefault = await replicationLag(cluster, dir, undefined);
    const lagFast = await replicationLag(cluster, dir, 20);
    const report = await dayReportTimes(cluster);
    const catchUps = [await catchUp(cluster, dir, 1), await catchUp(cluster, dir, 2), await catchUp(cluster, dir, 3)];
    const lagRow = (name: string, lags: number[]) => [name, lags.length, ms(percentile(lags, 50)), ms(percentile(lags, 95)), ms(Math.max(...lags))];
    return [
      {
        title: `Store replication lag: till commit to visible in the store, ${SALES_PER_SECOND} sales/s per till, ${LAG_TILLS} tills, ${LAG_SECONDS} s`,
        columns: ['replicator idle poll', 'sales', 'p50 ms', 'p95 ms', 'max ms'],
        rows: [lagRow('250 ms (default)', lagDefault), lagRow('20 ms', lagFast)],
      },
      {
        title: 'Store day report over 100,000 sales of the day from 10 tills (plus 100,000 of other days), 20 runs; goal < 500 ms',
        columns: ['view', 'median ms', 'p95 ms', 'p95 vs goal'],
        rows: [['store.dayReport', ms(percentile(report, 50)), ms(percentile(report, 95)), `${(percentile(report, 95) / 500).toFixed(2)}x`]],
      },
      {
        title: 'Store catch-up: 10,000 queued changes (5,000 sales) pushed to an empty store, 3 runs',
        columns: ['batch', 'median ms', 'max ms', 'changes/s (median)'],
        rows: [['500 changes per transaction', ms(percentile(catchUps, 50)), ms(Math.max(...catchUps)), Math.round(10_000 / (percentile(catchUps, 50) / 1000))]],
      },
    ];
  } finally {
    await cluster.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}
