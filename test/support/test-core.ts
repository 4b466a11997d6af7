/**
 * A real till core for integration tests: node ports on a temp data dir, the embedded sandbox on
 * loopback (or the one at `sandboxUrl`), fast demo timings, and a recording logger. Closed (and its own temp dir removed) when the
 * test finishes.
 */
import { onTestFinished } from 'vitest';
import type { Access, OperationName, Reply } from '../../src-preload/contract.ts';
import { createPosCore, type CoreOptions, type PosCore } from '../../src-main/app/create-pos-core.ts';
import type { Ports, Settings } from '../../src-main/core/ports.ts';
import type { Simulator } from '../../src-main/simulator/simulator.ts';
import { createNodePorts } from '../../src-main/web/node-ports.ts';
import type { FakeTime } from './fake-scheduler.ts';
import { createRecordingLogger, type RecordingLogger } from './recording-logger.ts';
import { makeTempDir } from './temp-dir.ts';
import { openTill } from './operators.ts';

export interface TestCoreOptions extends Partial<CoreOptions> {
  /** Reuse a data dir (e.g. to restart on it); otherwise a fresh temp dir is made. */
  dataDir?: string;
  settings?: Partial<Settings>;
  /** Wraps the real fetch port (e.g. to record what went over the wire). */
  wrapFetch?: (real: typeof fetch) => typeof fetch;
  /** Fake time for the core (and its embedded sandbox): timers fire only as the test advances it. */
  time?: FakeTime;
  /** Leave the till locked, as it starts; otherwise the demo manager signs in and opens a shift with no float. */
  locked?: boolean;
  clock?: Ports['clock'];
}

export interface TestCore {
  core: PosCore;
  /** The sandbox in this core's process (demo mode); throws for a core given `sandboxUrl`. */
  readonly sim: Simulator;
  dataDir: string;
  ports: Ports;
  logger: RecordingLogger;
  invoke(name: OperationName | string, input?: unknown, access?: Access): Promise<Reply<unknown>>;
  /** Closes the core; safe to call twice. The data dir stays until the test finishes. */
  close(): Promise<void>;
}

export const TEST_CORE_DEFAULTS = {
  version: '0.0.0-test',
  demoAutoPayDelayMs: 150,
  pixExpiresInSeconds: 600,
  pollSchedule: () => 50,
  providerTimeoutMs: 2000,
} satisfies CoreOptions;

export async function startTestCore(options: TestCoreOptions = {}): Promise<TestCore> {
  const { dataDir = makeTempDir('pdv-core-'), settings, wrapFetch, time, locked = false, clock, ...coreOptions } = options;
  const logger = createRecordingLogger();
  const ports = createNodePorts(dataDir, logger, settings);
  if (wrapFetch) ports.fetch = wrapFetch(ports.fetch);
  if (time) Object.assign(ports, { clock: time.clock, scheduler: time.scheduler });
  if (clock) ports.clock = clock;
  const core = await createPosCore(ports, { ...TEST_CORE_DEFAULTS, ...coreOptions });
  let closed: Promise<void> | undefined;
  const close = () => (closed ??= core.close());
  onTestFinished(close);
  if (!core.simulator && !coreOptions.sandboxUrl) throw new Error('startTestCore expects the demo provider and its sandbox');
  const invoke: TestCore['invoke'] = (name, input = {}, access = 'cashier') => core.router.handle(name, input, access);
  if (!locked) await openTill(invoke);
  return {
    core,
    get sim() {
      if (!core.simulator) throw new Error('This core talks to a sandbox in another process');
      return core.simulator;
    },
    dataDir,
    ports,
    logger,
    invoke,
    close,
  };
}


/** Requests the sandbox counted for PIX routes (the token route excluded). */
export function pixRequestCount(sim: Simulator): number {
  return Object.entries(sim.stats().requests)
    .filter(([route]) => route.includes('/charge/'))
    .reduce((sum, [, count]) => sum + count, 0);
}
