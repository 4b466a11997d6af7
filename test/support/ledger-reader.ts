/** Reads the ledger file the way an auditor would: a separate read-only node:sqlite connection. */
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { LEDGER_FILE } from '../../src-main/ledger/open-ledger.ts';

export interface LedgerSnapshot {
  sale: Record<string, unknown> | undefined;
  attempts: Record<string, unknown>[];
  transitions: string[];
}

export function readLedger(dataDir: string, saleId: string): LedgerSnapshot {
  const db = new DatabaseSync(join(dataDir, LEDGER_FILE), { readOnly: true });
  try {
    const sale = db.prepare('SELECT * FROM sales WHERE id = ?').get(saleId) as Record<string, unknown> | undefined;
    const attempts = db.prepare('SELECT * FROM provider_attempts WHERE sale_id = ? ORDER BY id').all(saleId) as Record<string, unknown>[];
    const transitions = db
      .prepare('SELECT from_state, to_state FROM sale_transitions WHERE sale_id = ? ORDER BY id')
      .all(saleId)
      .map((row) => `${String(row.from_state)}->${String(row.to_state)}`);
    return { sale, attempts, transitions };
  } finally {
    db.close();
  }
}

/** Every sale row, oldest first. */
export function readSales(dataDir: string): Record<string, unknown>[] {
  const db = new DatabaseSync(join(dataDir, LEDGER_FILE), { readOnly: true });
  try {
    return db.prepare('SELECT * FROM sales ORDER BY created_at, rowid').all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
}
