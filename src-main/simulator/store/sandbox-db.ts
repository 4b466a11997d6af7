/**
 * Where the sandbox keeps what a provider would keep: one node:sqlite file in its data dir, so a charge
 * made before a restart (of the till or of the sandbox) can still be paid, refunded or looked up after.
 * Without a data dir the sandbox lives in memory, as tests and benchmarks that need no restart want it.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

export const SANDBOX_FILE = 'sandbox.sqlite';

export function openSandboxDb(dataDir: string | undefined): DatabaseSync {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = new DatabaseSync(dataDir ? join(dataDir, SANDBOX_FILE) : ':memory:');
  // WAL with synchronous NORMAL survives a kill -9 of the sandbox (the case tests make), not a power cut:
  // enough for a stand-in provider, and much faster than FULL.
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;');
  db.exec(`
    CREATE TABLE IF NOT EXISTS records (
      kind TEXT NOT NULL,
      id TEXT NOT NULL,
      parent TEXT,
      created_at INTEGER NOT NULL,
      body TEXT NOT NULL,
      PRIMARY KEY (kind, id)
    );
    CREATE INDEX IF NOT EXISTS records_by_time ON records (kind, created_at);
    CREATE INDEX IF NOT EXISTS records_by_parent ON records (kind, parent);
  `);
  return db;
}
