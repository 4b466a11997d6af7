/** A till killed between its local commit and the push, or anywhere at all: the store ends with every sale exactly once. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { makeTempDir } from '../../support/temp-dir.ts';
import { startTestCore } from '../../support/test-core.ts';
import { waitFor } from '../../support/wait-for.ts';
import { expectStoreEqualsLedger, FAST_REPLICATION, ledgerRows, newStore, storeReader, storeStatus, useCluster, waitSynced } from './store-tills.ts';

const cluster = useCluster();
const TILL = join(import.meta.dirname, 'fixtures', 'selling-till.ts');

/** Runs the selling till until `stopWhen` is true of the ids it reported sold, then SIGKILLs it. */
function sellThenKill(dataDir: string, url: string, mode: 'hold' | 'run', stopWhen: (sold: string[], done: boolean) => boolean, count = 1000): Promise<string[]> {
  const child = spawn(process.execPath, [TILL, dataDir, url, mode, 'C7', String(count)], { stdio: ['ignore', 'pipe', 'pipe'] });
  onTestFinished(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  const sold: string[] = [];
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  return new Promise((resolve, reject) => {
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      const done = lines.includes('done');
      for (const line of lines) if (line.startsWith('sold ')) sold.push(line.slice(5));
      if (stopWhen(sold, done) && child.exitCode === null) child.kill('SIGKILL');
    });
    child.once('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(sold) : reject(new Error(`till exited ${code}: ${errors}`))));
  });
}

describe('a till killed mid-day', () => {
  it('sends what it committed before it was killed, after the push, when it starts again', async () => {
    const url = await newStore(cluster());
    const dataDir = makeTempDir('pdv-till-');
    const sold = await sellThenKill(dataDir, url, 'hold', (_, done) => done, 5);
    expect(sold).toHaveLength(5);
    const store = await storeReader(url);
    expect((await store.query('SELECT COUNT(*)::int AS n FROM sales')).rows).toEqual([{ n: 0 }]);

    const restarted = await startTestCore({ dataDir, storeReplicator: FAST_REPLICATION });
    await waitSynced(restarted);
    await expectStoreEqualsLedger(store, Object.assign(restarted, { code: 'C7' }));
    expect((await store.query('SELECT id::text FROM sales ORDER BY number')).rows.map((row: { id: string }) => row.id)).toEqual(sold);
  }, 60_000);

  it('loses nothing and applies nothing twice when killed at random points while replicating', async () => {
    const url = await newStore(cluster());
    const dataDir = makeTempDir('pdv-till-');
    const sold: string[] = [];
    for (let round = 0; round < 3; round++) {
      const stopAt = sold.length + 3 + Math.floor(Math.random() * 10);
      sold.push(...(await sellThenKill(dataDir, url, 'run', (ids) => sold.length + ids.length >= stopAt)));
    }
    const ledger = ledgerRows(dataDir);
    // A sale the till wrote but could not report before the kill is in the ledger too: the ledger is the truth.
    expect(ledger.sales.map((sale) => sale.id)).toEqual(expect.arrayContaining(sold));

    const restarted = await startTestCore({ dataDir, storeReplicator: FAST_REPLICATION });
    await waitSynced(restarted);
    const store = await storeReader(url);
    await expectStoreEqualsLedger(store, Object.assign(restarted, { code: 'C7' }));
    expect((await store.query('SELECT COUNT(*)::int AS n, COUNT(DISTINCT number)::int AS numbers FROM sales')).rows).toEqual([
      { n: ledger.sales.length, numbers: ledger.sales.length },
    ]);
    expect(await waitFor(async () => (await storeStatus(restarted)).pendingChanges === 0, 'an empty outbox')).toBe(true);
  }, 60_000);
});
