/**
 * Reconciliation of a busy day. The till's own part, measured on 10,000 paid PIX sales in a real ledger:
 * reading the day's books and comparing them, per sale, with the provider's entries (goal: under 1 s).
 * The provider's part is its paged list over loopback, measured per page of 100 against the embedded
 * sandbox: a day of 10,000 charges costs 100 such pages at a real provider, whatever the till does.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLedger } from '../../src-main/ledger/open-ledger.ts';
import { createSalesRepository, type SalesRepository } from '../../src-main/ledger/sales-repository.ts';
import { pixOf } from '../../src-main/providers/provider.ts';
import { dayRange } from '../../src-main/ledger/day-range.ts';
import type { ProviderEntry } from '../../src-main/reports/provider-books.ts';
import { compareBooks } from '../../src-main/reports/reconcile-compare.ts';
import { startSimulator } from '../../src-main/simulator/simulator.ts';
import { astrapayOn } from '../support/sandbox.ts';
import { percentile, type BenchTable } from './table.ts';

const SALES = 10_000;
const RUNS = 7;
const PAGE = 100;
const PAGES_AT_SANDBOX = 3;

/** 10,000 paid sales, one in fifty refunded in part; the provider's entries say the same, except `differences` of them. */
function seedDay(sales: SalesRepository, differences: number): ProviderEntry[] {
  const entries: ProviderEntry[] = [];
  const at = new Date().toISOString();
  for (let index = 0; index < SALES; index++) {
    const amountCents = 1_000 + (index % 500) * 100;
    const sale = sales.create({ id: randomUUID(), amountCents, currency: 'BRL', method: 'pix', providerId: 'astrapay', providerEnvironment: 'embedded', at });
    const txid = randomUUID().replaceAll('-', '');
    sales.update(sale.id, { state: 'awaiting_payment', pix: { txid, copyAndPaste: 'x', expiresAt: at, quote: null } }, at);
    sales.update(sale.id, { state: 'paid' }, at);
    const refundedCents = index % 50 === 0 ? 500 : 0;
    if (refundedCents) {
      const refund = sales.refunds.create({ id: randomUUID(), saleId: sale.id, amountCents: refundedCents, currency: 'BRL', reason: 'bench', transactionId: randomUUID(), at });
      sales.refunds.update(refund.id, { state: 'completed' }, at);
    }
    const differs = index < differences;
    entries.push({ ref: txid, reference: sale.id, amountCents, status: 'paid', paid: true, refundedCents: differs ? refundedCents + 100 : refundedCents });
  }
  return entries;
}

async function pageTimes(): Promise<number[]> {
  const sim = await startSimulator({ autoPayDelayMs: 0 });
  try {
    const pix = pixOf(astrapayOn(sim, { timeoutMs: 30_000 }));
    for (let index = 0; index < PAGE * PAGES_AT_SANDBOX; index++) {
      await pix.create({ amountCents: 1_001, userReference: randomUUID(), description: 'bench', expiresInSeconds: 600, transactionId: randomUUID() });
    }
    const window = { from: new Date(Date.now() - 3_600_000), to: new Date(Date.now() + 3_600_000), pageSize: PAGE };
    const times: number[] = [];
    for (let page = 0; page < PAGES_AT_SANDBOX; page++) {
      const started = performance.now();
      await pix.list?.({ ...window, page });
      times.push(performance.now() - started);
    }
    return times;
  } finally {
    await sim.close();
  }
}

export async function runReconcileBench(): Promise<BenchTable[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pdv-bench-reconcile-'));
  const db = openLedger(dataDir);
  try {
    const sales = createSalesRepository(db);
    // Seeding is not measured: the ledger skips its fsyncs while the day is written.
    db.exec('PRAGMA synchronous = OFF');
    const entries = seedDay(sales, 25);
    db.exec('PRAGMA synchronous = FULL');
    const { from, to } = dayRange(new Date().toLocaleDateString('sv'));
    const read: number[] = [];
    const whole: number[] = [];
    let found = { matched: 0, rows: 0 };
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      const ofDay = sales.listBetween(from, to);
      read.push(performance.now() - started);
      const compared = compareBooks({ entries, sales: ofDay, method: 'pix', reversible: true, currency: 'BRL', keyPrefix: 'astrapay.embedded.pix', known: () => true, resolutions: sales.resolutions.under('astrapay.embedded.pix') });
      whole.push(performance.now() - started);
      found = { matched: compared.matched, rows: compared.rows.length };
    }
    const pages = await pageTimes();
    const ms = (times: number[], p: number) => percentile(times, p).toFixed(1);
    return [
      {
        title: `Reconciliation of ${SALES.toLocaleString('en')} PIX sales (${found.matched.toLocaleString('en')} matched, ${found.rows} differences; goal: under 1 s)`,
        columns: ['part', 'median ms', 'p95 ms', 'median / goal'],
        rows: [
          ['ledger read of the day (sales + refunds)', ms(read, 50), ms(read, 95), (percentile(read, 50) / 1000).toFixed(3)],
          ['ledger read + per-sale comparison', ms(whole, 50), ms(whole, 95), (percentile(whole, 50) / 1000).toFixed(3)],
          [`one list page of ${PAGE} at the embedded sandbox (x${SALES / PAGE} for the day)`, ms(pages, 50), ms(pages, 95), ((percentile(pages, 50) * (SALES / PAGE)) / 1000).toFixed(3)],
        ],
      },
    ];
  } finally {
    db.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
