/**
 * The ledger is a node:sqlite file in the data dir, in WAL mode with synchronous=FULL so that a sale
 * written before a provider call survives a crash or a power cut right after it.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { MIGRATIONS } from './migrations.ts';

export const LEDGER_FILE = 'ledger.sqlite';

/** `connect` is node:sqlite's own unless a test hands a connection that fails writes on demand. */
export function openLedger(dataDir: string, connect: (file: string) => DatabaseSync = (file) => new DatabaseSync(file)): DatabaseSync {
  mkdirSync(dataDir, { recursive: true });
  const db = connect(join(dataDir, LEDGER_FILE));
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;');
  migrate(db);
  return db;
}

function migrate(db: DatabaseSync): void {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number };
  for (let version = row.user_version; version < MIGRATIONS.length; version++) {
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(MIGRATIONS[version] ?? '');
      db.exec(`PRAGMA user_version = ${version + 1}`);
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  }
}
