import type { DatabaseSync } from 'node:sqlite';

/** How deep each connection is in `inTransaction`: an inner call joins the outer transaction. */
const depths = new WeakMap<DatabaseSync, number>();

/**
 * Runs `work` as one durable transaction: all of it lands, or none of it does. Called inside another
 * `inTransaction` on the same connection, it joins that one, so the sale book can put a sale, its first
 * change and its provider attempt in a single commit before a provider call.
 */
export function inTransaction<T>(db: DatabaseSync, work: () => T): T {
  const depth = depths.get(db) ?? 0;
  if (depth > 0) {
    depths.set(db, depth + 1);
    try {
      return work();
    } finally {
      depths.set(db, depth);
    }
  }
  db.exec('BEGIN IMMEDIATE');
  depths.set(db, 1);
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  } finally {
    depths.set(db, 0);
  }
}
