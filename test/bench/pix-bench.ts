/**
 * The app's own cost per PIX charge: from the bridge call to the QR data coming back, minus the
 * time the sandbox spent handling the request, measured in-process (the router, as Electron IPC
 * reaches it) and over the web shell's WebSocket; against a bare HTTP POST to the same sandbox.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import WebSocket from 'ws';
import type { PosCore } from '../../src-main/app/create-pos-core.ts';
import { startWebShell } from '../../src-main/web/web-shell.ts';
import { startBenchCore } from './bench-core.ts';
import { percentile, type BenchTable } from './table.ts';

const CHARGES = 200;
const round = (value: number) => value.toFixed(3);

interface Samples {
  overheadMs: number[];
  requests: number;
}

function pixRequests(core: PosCore): number {
  return Object.values(core.simulator?.stats().requests ?? {}).reduce((sum, count) => sum + count, 0);
}

async function measure(core: PosCore, charge: (amountCents: number) => Promise<string>): Promise<Samples> {
  const overheadMs: number[] = [];
  const clearCounter = async (saleId: string) => {
    await core.router.handle('sale.cancel', { saleId }, 'cashier');
    await core.router.handle('sale.dismiss', {}, 'cashier');
  };
  await clearCounter(await charge(990)); // warm the token and the code paths
  const requestsBefore = pixRequests(core);
  for (let index = 0; index < CHARGES; index++) {
    const handlingBefore = core.simulator?.stats().handlingMs ?? 0;
    const started = performance.now();
    const saleId = await charge(1000 + index * 10);
    const elapsed = performance.now() - started;
    overheadMs.push(elapsed - ((core.simulator?.stats().handlingMs ?? 0) - handlingBefore));
    await clearCounter(saleId);
  }
  return { overheadMs, requests: (pixRequests(core) - requestsBefore) / CHARGES };
}

async function viaRouter(core: PosCore, amountCents: number): Promise<string> {
  const reply = await core.router.handle('sale.startPix', { amountCents }, 'cashier');
  if (!reply.ok) throw new Error(reply.error.message);
  return (reply.value as { id: string }).id;
}

async function bareHttp(core: PosCore): Promise<number[]> {
  const url = `${core.simulator?.url}/__sim/stats`;
  const times: number[] = [];
  for (let index = 0; index < CHARGES; index++) {
    const started = performance.now();
    await (await fetch(url, { method: 'GET' })).text();
    times.push(performance.now() - started);
  }
  return times;
}

/** The floor the ledger sets: one committed transaction on the ledger's own settings. */
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

export async function runPixBench(): Promise<BenchTable[]> {
  const dir = mkdtempSync(join(tmpdir(), 'pdv-bench-'));
  // Polling is pushed out of the way: this measures the charge path, not background status checks.
  const core = await startBenchCore(join(dir, 'data'), { pollSchedule: () => 3_600_000 });
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '');
  const shell = await startWebShell({ core, rendererDir });

  const router = await measure(core, (amount) => viaRouter(core, amount));

  const socket = new WebSocket(`${shell.origin.replace('http', 'ws')}/rpc?token=${new URL(shell.cashierUrl).searchParams.get('token')}`, {
    origin: shell.origin,
  });
  await new Promise((resolve) => socket.once('open', resolve));
  let nextId = 1;
  const viaSocket = (amountCents: number) =>
    new Promise<string>((resolve, reject) => {
      const id = nextId++;
      const onMessage = (data: WebSocket.RawData) => {
        const message = JSON.parse(String(data)) as { id?: number; reply?: { ok: boolean; value?: { id: string } } };
        if (message.id !== id) return;
        socket.off('message', onMessage);
        if (message.reply?.ok && message.reply.value) resolve(message.reply.value.id);
        else reject(new Error('charge failed'));
      };
      socket.on('message', onMessage);
      socket.send(JSON.stringify({ id, op: 'sale.startPix', input: { amountCents } }));
    });
  const web = await measure(core, viaSocket);
  const bare = await bareHttp(core);
  socket.close();
  await shell.close();
  await core.close();

  const writes = durableWrites(dir);
  const bareMedian = percentile(bare, 50);
  const writeMedian = percentile(writes, 50);
  const row = (name: string, samples: number[]) => [
    name,
    CHARGES,
    round(percentile(samples, 50)),
    round(percentile(samples, 95)),
    `${(percentile(samples, 50) / bareMedian).toFixed(1)}x`,
    `${(percentile(samples, 50) / writeMedian).toFixed(1)}x`,
  ];
  return [
    {
      title: `PIX charge: app overhead per charge, one durable ledger transaction before the call and one after (bridge call to QR data, minus the sandbox's handling time; ${CHARGES} charges; goal median <= 1.5 ms)`,
      columns: ['path', 'n', 'median ms', 'p95 ms', 'vs bare HTTP round trip', 'vs one durable write'],
      rows: [
        row('router (as Electron IPC reaches it)', router.overheadMs),
        row('web shell WebSocket', web.overheadMs),
        row('bare HTTP GET to the sandbox (floor)', bare),
        row('one durable write (WAL, synchronous=FULL)', writes),
      ],
    },
    {
      title: 'PIX charge: HTTP requests per charge with a warm token (ideal: 1)',
      columns: ['path', 'requests per charge'],
      rows: [
        ['router', router.requests.toFixed(2)],
        ['web shell WebSocket', web.requests.toFixed(2)],
      ],
    },
  ];
}
