/**
 * The store ledger's change mark: each till counts its own writes in its own row of `store_changes`, in the
 * same transaction as the writes, so the sum only grows and moves exactly when another reader could see new
 * data. A till that sees the mark move tells its windows, and the store views read again.
 */
import type { StoreQuery } from './store-client.ts';

export async function countStoreChange(tx: StoreQuery, tillCode: string): Promise<void> {
  await tx.query(
    `INSERT INTO store_changes (till_code, changes) VALUES ($1, 1)
     ON CONFLICT (till_code) DO UPDATE SET changes = store_changes.changes + 1`,
    [tillCode],
  );
}

export async function readStoreMark(db: StoreQuery): Promise<number> {
  const [row] = await db.query<{ mark: number }>('SELECT COALESCE(SUM(changes), 0)::bigint AS mark FROM store_changes');
  return row?.mark ?? 0;
}
