/**
 * Pushes the till's outbox to the store ledger, oldest first, one batch per transaction, and removes
 * entries only after the store committed them. Killed anywhere, it sends the unacknowledged batch again on
 * the next start, and the store's version check makes the repeat a no-op. While the server is away the
 * till keeps selling and the outbox grows; the replicator retries with a growing pause and catches up.
 */
import type { StoreSyncView } from '../../src-preload/contract.ts';
import { PosError, toErrorData } from '../core/errors.ts';
import type { CancelTimer, Logger, Scheduler } from '../core/ports.ts';
import type { Outbox } from './outbox.ts';
import type { StoreClient } from './store-client.ts';
import { readStoreMark } from './store-changes.ts';
import { applyOutboxBatch } from './store-writer.ts';

export interface ReplicatorDeps {
  outbox: Outbox;
  client: StoreClient;
  /** Joins the store (schema, till registration) before the first push of each connection. */
  join: () => Promise<void>;
  logger: Logger;
  onStatus: (status: StoreSyncView) => void;
  scheduler: Scheduler;
  batchSize?: number;
  /** How often an idle replicator looks at the outbox. */
  idleMs?: number;
  /** The pause before the n-th retry after a failure. */
  retryMs?: (failures: number) => number;
}

export interface Replicator {
  status(): StoreSyncView;
  start(): void;
  /** The ledger changed: the header hears of the backlog now, not at the next push. */
  nudge(): void;
  /** Pushes everything queued now; throws (and keeps it queued) when the store cannot take it. */
  flush(): Promise<void>;
  /** Waits for the push in flight, then stops. */
  stop(): Promise<void>;
}

export function createReplicator(deps: ReplicatorDeps): Replicator {
  const { outbox, client, logger } = deps;
  const batchSize = deps.batchSize ?? 500;
  const idleMs = deps.idleMs ?? 250;
  const retryMs = deps.retryMs ?? ((failures: number) => Math.min(5000, 250 * 2 ** Math.min(failures, 5)));
  let joined = false;
  let failures = 0;
  let problem: StoreSyncView['problem'] = null;
  let cancel: CancelTimer | undefined;
  let stopped = true;
  let running: Promise<void> = Promise.resolve();
  let last = '';
  /** The store's change mark as last read: when any till's write moves it, the status is announced again. */
  let mark = 0;

  const status = (): StoreSyncView => {
    const backlog = outbox.backlog();
    // Until the first push has joined the store, nothing is known to be there yet.
    const state = problem ? 'offline' : backlog.changes > 0 || !joined ? 'pending' : 'synced';
    return { state, pendingItems: backlog.items, pendingChanges: backlog.changes, problem };
  };
  const report = () => {
    const now = status();
    const key = JSON.stringify({ now, mark });
    if (key !== last) deps.onStatus(now);
    last = key;
  };

  const pushBatch = async (): Promise<boolean> => {
    if (!joined) {
      await deps.join();
      joined = true;
    }
    const batch = outbox.next(batchSize);
    const tail = batch.at(-1);
    if (!tail) return false;
    await client.transaction((tx) => applyOutboxBatch(tx, batch));
    outbox.ack(tail.seq);
    return batch.length === batchSize;
  };

  /** One push at a time: the timer and a flush never interleave. */
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const result = running.then(work);
    running = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  };

  const drain = () =>
    exclusive(async () => {
      try {
        while (await pushBatch());
        mark = await readStoreMark(client);
        failures = 0;
        problem = null;
      } catch (error) {
        failures += 1;
        // A lost connection may have to join again (the server may be a new, empty one).
        joined = false;
        problem = toErrorData(error);
        throw error;
      } finally {
        report();
      }
    });

  const schedule = (ms: number) => {
    if (stopped) return;
    cancel = deps.scheduler.after(ms, () => {
      drain().then(
        () => schedule(idleMs),
        (error: unknown) => {
          if (failures === 1) logger.warn('Store replication paused', { reason: error instanceof PosError ? error.reason : 'unknown' });
          schedule(retryMs(failures));
        },
      );
    });
  };

  return {
    status,
    start(): void {
      if (!stopped) return;
      stopped = false;
      report();
      schedule(0);
    },
    nudge: (): void => report(),
    flush: (): Promise<void> => drain(),
    async stop(): Promise<void> {
      stopped = true;
      cancel?.();
      await running;
    },
  };
}

