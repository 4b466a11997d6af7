/**
 * PIX payment detection: from the provider marking a PIX paid to the paid sale reaching the cashier's
 * window (the `sale.changed` event the shells forward), with the default poll schedule, payments made at
 * random moments of the QR's life; and the status requests made per second per charge.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { SaleView } from '../../src-preload/contract.ts';
import type { PosCore } from '../../src-main/app/create-pos-core.ts';
import { startBenchCore } from './bench-core.ts';
import { percentile, type BenchTable } from './table.ts';

const PAYMENTS = 20;
const CONSULT = 'GET /astrapay/charge/v1/dynamic/:txid';

async function core(pollSchedule?: () => number): Promise<PosCore> {
  const dir = mkdtempSync(join(tmpdir(), 'pdv-money-bench-'));
  return startBenchCore(dir, { demoAutoPayDelayMs: 3_600_000, ...(pollSchedule ? { pollSchedule } : {}) });
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

export async function runDetectionBench(): Promise<BenchTable[]> {
  return [await detection()];
}
