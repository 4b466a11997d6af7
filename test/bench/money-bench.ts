/**
 * Money-path benchmarks for issue 7:
 * - payment detection: from the provider marking a PIX paid to the paid sale reaching the cashier's
 *   window (the `sale.changed` event the shells forward), with the default poll schedule, payments made at
 *   random moments of the QR's life; and the status requests made per second per charge;
 * - overhead per PIX charge with its two durable ledger transactions (one before the call, one after),
 *   against a bare loopback round trip and one durable write.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { setTimeout as sleep } from 'node:timers/promises';
import type { SaleView } from '../../src-preload/contract.ts';
import { createPosCore, type PosCore } from '../../src-main/app/create-pos-core.ts';
import { silentLogger } from '../../src-main/core/logger.ts';
import { createNodePorts } from '../../src-main/web/node-ports.ts';
import { percentile, type BenchTable } from './table.ts';

const PAYMENTS = 20;
const CHARGES = 200;
const CONSULT = 'GET /astrapay/charge/v1/dynamic/:txid';
const ms = (value: number) => value.toFixed(3);

async function core(pollSchedule?: () => number): Promise<PosCore> {
  const dir = mkdtempSync(join(tmpdir(), 'pdv-money-bench-'));
  return createPosCore(createNodePorts(dir, silentLogger), { version: 'bench', demoAutoPayDelayMs: 3_600_000, ...(pollSchedule ? { pollSchedule } : {}) });
}

async function startPix(till: PosCore, amountCents: number): Promise<SaleView> {
  const reply = await till.router.handle('sale.startPix', { amountCents }, 'cashier');
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value as SaleView;
}

async function detection(): Promise<BenchTable> {
  const till = await core();
  const sim = till.simulator;
  if (!sim) throw new Error('bench needs the sandbox');
  const latencies: number[] = [];
  let consults = 0;
  let openMs = 0;
  for (let index = 0; index < PAYMENTS; index++) {
    const sale = await startPix(till, 2_000 + index * 10);
    const shownAt = performance.now();
    const consultsBefore = sim.stats().requests[CONSULT] ?? 0;
    const seen = new Promise<number>((resolve) => {
      const stop = till.events.on('sale.changed', (changed) => {
        if (changed?.id === sale.id && changed.state === 'paid') {
          stop();
          resolve(performance.now());
        }
      });
    });
    await sleep(Math.random() * 3000);
    await fetch(`${sim.url}/__sim/astrapay/pix/${encodeURIComponent(sale.pix?.txid ?? '')}/pay`, { method: 'POST' });
    const paidAt = performance.now();
    const detectedAt = await seen;
    latencies.push(detectedAt - paidAt);
    consults += (sim.stats().requests[CONSULT] ?? 0) - consultsBefore;
    openMs += detectedAt - shownAt;
    await till.router.handle('sale.dismiss', {}, 'cashier');
  }
  await till.close();
  return {
    title: `PIX payment detection: provider marks it paid -> paid sale on the cashier's window (${PAYMENTS} payments at random moments of the QR's life, default poll schedule)`,
    columns: ['p50 ms', 'p95 ms', 'goal p95', 'status requests per second per charge', 'goal'],
    rows: [[Math.round(percentile(latencies, 50)), Math.round(percentile(latencies, 95)), '<= 1000', (consults / (openMs / 1000)).toFixed(2), '<= 1']],
  };
}

function durableWrites(dir: string): number[] {
  const db = new DatabaseSync(join(dir, 'write.sqlite'));
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)');
  const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
  const times: number[] = [];
  for (let index = 0; index < CHARGES; index++) {
    const started = performance.now();
    db.exec('BEGIN IMMEDIATE');
    insert.run(`row ${index}`);
    db.exec('COMMIT');
    times.push(performance.now() - started);
  }
  db.close();
  return times;
}

async function overhead(): Promise<BenchTable> {
  // Polling pushed out of the way: this measures the charge path only.
  const till = await core(() => 3_600_000);
  const sim = till.simulator;
  if (!sim) throw new Error('bench needs the sandbox');
  const charge = async (amountCents: number) => {
    const handlingBefore = sim.stats().handlingMs;
    const started = performance.now();
    const sale = await startPix(till, amountCents);
    const elapsed = performance.now() - started - (sim.stats().handlingMs - handlingBefore);
    await till.router.handle('sale.cancel', { saleId: sale.id }, 'cashier');
    await till.router.handle('sale.dismiss', {}, 'cashier');
    return elapsed;
  };
  await charge(990);
  const samples: number[] = [];
  for (let index = 0; index < CHARGES; index++) samples.push(await charge(1_000 + index));
  const bare: number[] = [];
  for (let index = 0; index < CHARGES; index++) {
    const started = performance.now();
    await (await fetch(`${sim.url}/__sim/stats`)).text();
    bare.push(performance.now() - started);
  }
  await till.close();
  const writes = durableWrites(mkdtempSync(join(tmpdir(), 'pdv-write-bench-')));
  const median = percentile(samples, 50);
  return {
    title: `PIX charge overhead with one durable ledger transaction before the call and one after (${CHARGES} charges; goal median <= 1.5 ms)`,
    columns: ['what', 'median ms', 'p95 ms', 'charge overhead / this'],
    rows: [
      ['charge overhead (call to QR data, minus the sandbox handling)', ms(median), ms(percentile(samples, 95)), '1.0x'],
      ['bare loopback HTTP round trip', ms(percentile(bare, 50)), ms(percentile(bare, 95)), `${(median / percentile(bare, 50)).toFixed(1)}x`],
      ['one durable write (WAL, synchronous=FULL)', ms(percentile(writes, 50)), ms(percentile(writes, 95)), `${(median / percentile(writes, 50)).toFixed(1)}x`],
    ],
  };
}

export async function runMoneyBench(): Promise<BenchTable[]> {
  return [await overhead(), await detection()];
}
