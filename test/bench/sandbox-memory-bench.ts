/**
 * Demo sandbox memory: RSS and V8 heap after 1,000 and after 10,000 PIX charges made through the real
 * Astrapay adapter against a sandbox keeping its state in a temp data dir, as the till's embedded one
 * does. Growth is measured between those two points of one run, after a full GC at each, so warm-up
 * (code, caches, SQLite's page cache) is not counted: flat memory is ~0 KB per charge.
 * It runs in a child Node with a fixed-size young generation: V8 otherwise grows it by tens of MB under
 * any steady allocation, which is bounded and would read as a per-charge cost.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ASTRAPAY_DEMO_CREDENTIALS } from '../../src-main/core/demo-credentials.ts';
import { systemClock } from '../../src-main/core/ports.ts';
import { createHttpClient } from '../../src-main/http/http-client.ts';
import { createAstrapayProvider } from '../../src-main/providers/astrapay/astrapay-provider.ts';
import { pixOf } from '../../src-main/providers/provider.ts';
import { startSimulator } from '../../src-main/simulator/simulator.ts';
import type { BenchTable } from './table.ts';

const WARM = 1_000;
const TOTAL = 10_000;
const MB = 1024 * 1024;
const CHILD = 'PDV_SANDBOX_MEMORY_CHILD';

interface Sample {
  rss: number;
  heapTotal: number;
  heapUsed: number;
  /** Buffers and other memory V8 objects hold outside the heap. */
  external: number;
}

function settledMemory(): Sample {
  globalThis.gc?.();
  globalThis.gc?.();
  const { rss, heapTotal, heapUsed, external } = process.memoryUsage();
  return { rss, heapTotal, heapUsed, external };
}

async function measureInThisProcess(): Promise<Sample[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pdv-sandbox-bench-'));
  const sim = await startSimulator({ dataDir, autoPayDelayMs: 60_000 });
  const pix = pixOf(
    createAstrapayProvider({
      config: { baseUrl: `${sim.url}/astrapay`, ...ASTRAPAY_DEMO_CREDENTIALS, timeoutMs: 5000 },
      http: createHttpClient(globalThis.fetch),
      clock: systemClock,
    }),
  );
  const charge = (index: number) =>
    pix.create({ amountCents: 1_000 + (index % 5_000) * 100, userReference: randomUUID(), description: 'bench', expiresInSeconds: 600, transactionId: randomUUID() });
  let made = 0;
  while (made < WARM) await charge(made++);
  const warm = settledMemory();
  while (made < TOTAL) await charge(made++);
  const full = settledMemory();
  await sim.close();
  rmSync(dataDir, { recursive: true, force: true });
  return [warm, full];
}

if (process.env[CHILD]) console.log(JSON.stringify(await measureInThisProcess()));

export function runSandboxMemoryBench(): BenchTable[] {
  const child = spawnSync(process.execPath, ['--expose-gc', '--min-semi-space-size=16', '--max-semi-space-size=16', import.meta.filename], {
    env: { ...process.env, [CHILD]: '1' },
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`The sandbox memory bench failed:\n${child.stderr}`);
  const [warm, full] = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '[]') as Sample[];
  if (!warm || !full) throw new Error(`The sandbox memory bench printed no samples:\n${child.stdout}`);
  const grown = TOTAL - WARM;
  const row = (name: string, before: number, after: number) => [
    name,
    (before / MB).toFixed(1),
    (after / MB).toFixed(1),
    ((after - before) / MB).toFixed(1),
    ((after - before) / 1024 / grown).toFixed(2),
  ];
  return [
    {
      title: `Demo sandbox memory: ${TOTAL.toLocaleString('en')} PIX charges, state in sandbox.sqlite (goal: flat, ~0 KB per charge)`,
      columns: ['measure', `after ${WARM.toLocaleString('en')} MB`, `after ${TOTAL.toLocaleString('en')} MB`, 'growth MB', `KB per charge (last ${grown.toLocaleString('en')})`],
      rows: [
        row('RSS', warm.rss, full.rss),
        row('V8 heap committed', warm.heapTotal, full.heapTotal),
        row('V8 heap used', warm.heapUsed, full.heapUsed),
        row('external (buffers)', warm.external, full.external),
      ],
    },
  ];
}
