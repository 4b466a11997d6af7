/**
 * The live link to the store ledger while one is configured: the client, the replicator, and the join
 * step (schema migrations, then registering this till's code under this installation's id).
 */
import type { DatabaseSync } from 'node:sqlite';
import type { StoreSyncView } from '../../src-preload/contract.ts';
import { invalidState } from '../core/errors.ts';
import type { Logger, Scheduler } from '../core/ports.ts';
import { createOutbox } from './outbox.ts';
import { createReplicator, type Replicator, type ReplicatorDeps } from './replicator.ts';
import { createStoreClient, type StoreClient } from './store-client.ts';
import { migrateStore } from './store-migrations.ts';
import { readTillIdentity } from './till-identity.ts';

export interface StoreRuntimeDeps {
  db: DatabaseSync;
  connectionString: string;
  installId: string;
  logger: Logger;
  scheduler: Scheduler;
  onStatus: (status: StoreSyncView) => void;
  replicator?: Pick<ReplicatorDeps, 'idleMs' | 'retryMs' | 'batchSize'> | undefined;
}

/** Registers the till; a code another installation already uses is refused, so sale numbers never collide. */
async function registerTill(client: StoreClient, db: DatabaseSync, installId: string): Promise<boolean> {
  const till = readTillIdentity(db);
  const rows = await client.query<{ inserted: boolean }>(
    `INSERT INTO tills (code, install_id, name, last_seen_at) VALUES ($1, $2, $3, now())
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, last_seen_at = now() WHERE tills.install_id = EXCLUDED.install_id
     RETURNING (xmax = 0) AS inserted`,
    [till.code, installId, till.name],
  );
  const row = rows[0];
  if (!row) {
    throw invalidState('store.till_code_taken', `Another till of the shop already uses the code ${till.code}`, { field: 'tillCode' });
  }
  return row.inserted;
}

export interface StoreRuntime {
  client: StoreClient;
  replicator: Replicator;
  tillCode(): string;
  stop(): Promise<void>;
}

export function startStoreRuntime(options: StoreRuntimeDeps): StoreRuntime {
  const { db, logger } = options;
  const client = createStoreClient(options.connectionString, logger);
  const outbox = createOutbox(db);
  const replicator = createReplicator({
    outbox,
    client,
    logger,
    scheduler: options.scheduler,
    onStatus: options.onStatus,
    ...options.replicator,
    async join() {
      await migrateStore(client);
      // New to this store (or the store is new): everything this till ever recorded goes over once.
      if (await registerTill(client, db, options.installId)) outbox.requeueAll();
    },
  });
  replicator.start();
  return {
    client,
    replicator,
    tillCode: () => readTillIdentity(db).code,
    async stop(): Promise<void> {
      await replicator.stop();
      await client.close();
    },
  };
}

