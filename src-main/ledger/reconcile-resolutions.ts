/** A manager's decisions about reconciliation differences, kept so the next run shows them as resolved. */
import type { DatabaseSync } from 'node:sqlite';
import type { ReconcileAction } from '../../src-preload/contract.ts';

export interface StoredResolution {
  key: string;
  action: ReconcileAction;
  note: string;
  at: string;
}

export interface ReconcileResolutions {
  record(resolution: StoredResolution): void;
  under(prefix: string): Map<string, StoredResolution>;
}

export function createReconcileResolutions(db: DatabaseSync): ReconcileResolutions {
  const upsert = db.prepare(
    'INSERT INTO reconcile_resolutions (key, action, note, at) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET action = excluded.action, note = excluded.note, at = excluded.at',
  );
  const byPrefix = db.prepare("SELECT * FROM reconcile_resolutions WHERE key LIKE ? ESCAPE '\\'");
  return {
    record(resolution: StoredResolution): void {
      upsert.run(resolution.key, resolution.action, resolution.note, resolution.at);
    },
    /** Decisions whose key starts with `prefix` (one account and method). */
    under(prefix: string): Map<string, StoredResolution> {
      const pattern = `${prefix.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
      const rows = byPrefix.all(pattern) as unknown as StoredResolution[];
      return new Map(rows.map((row) => [row.key, row]));
    },
  };
}

