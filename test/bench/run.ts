/** `npm run bench`: every benchmark, printed as tables. Timings live here, never in tests. */
import { runDevicesBench } from './devices-bench.ts';
import { runDetectionBench } from './detection-bench.ts';
import { runPixBench } from './pix-bench.ts';
import { runProviderBench } from './provider-bench.ts';
import { runReconcileBench } from './reconcile-bench.ts';
import { runSandboxMemoryBench } from './sandbox-memory-bench.ts';
import { runStoreBench } from './store-bench.ts';
import { printTable } from './table.ts';

const tables = [
  ...(await runPixBench()),
  ...(await runProviderBench()),
  ...(await runDevicesBench()),
  ...(await runStoreBench()),
  ...runSandboxMemoryBench(),
  ...(await runReconcileBench()),
  ...(await runDetectionBench()),
];
for (const table of tables) printTable(table);
