/**
 * One kind of sandbox record (charges, refunds, tokens...) as JSON rows of the sandbox's database,
 * read back in creation order. Nothing is cached in memory: the sandbox's memory stays flat however
 * many charges it has seen.
 */
import type { DatabaseSync } from 'node:sqlite';

export interface RecordKeys<T> {
  id(record: T): string;
  createdAt(record: T): number;
  /** What the record belongs to (a refund's charge), to list a parent's records quickly. */
  parent?(record: T): string | undefined;
}

export interface RecordFilter {
  /** Created at or after, in ms. */
  from?: number | undefined;
  /** Created at or before, in ms. */
  to?: number | undefined;
  parent?: string | undefined;
}

export interface RecordTable<T> {
  get(id: string): T | undefined;
  /** Inserts or replaces; a replaced record keeps its place in creation order. */
  put(record: T): void;
  remove(id: string): boolean;
  list(filter?: RecordFilter): T[];
  count(): number;
  clear(): void;
}

export function recordTable<T>(db: DatabaseSync, kind: string, keys: RecordKeys<T>): RecordTable<T> {
  const select = db.prepare('SELECT body FROM records WHERE kind = ? AND id = ?');
  const upsert = db.prepare(
    `INSERT INTO records (kind, id, parent, created_at, body) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (kind, id) DO UPDATE SET parent = excluded.parent, body = excluded.body`,
  );
  const remove = db.prepare('DELETE FROM records WHERE kind = ? AND id = ?');
  const clear = db.prepare('DELETE FROM records WHERE kind = ?');
  const count = db.prepare('SELECT count(*) AS n FROM records WHERE kind = ?');
  const list = db.prepare(
    `SELECT body FROM records WHERE kind = $kind
       AND ($from IS NULL OR created_at >= $from) AND ($to IS NULL OR created_at <= $to)
       AND ($parent IS NULL OR parent = $parent)
     ORDER BY created_at, rowid`,
  );
  // Rows are only ever written by `put` below, from a T.
  const parse = (row: Record<string, unknown> | undefined): T | undefined => (row ? (JSON.parse(String(row.body)) as T) : undefined);

  return {
    get: (id) => parse(select.get(kind, id)),
    put(record) {
      upsert.run(kind, keys.id(record), keys.parent?.(record) ?? null, keys.createdAt(record), JSON.stringify(record));
    },
    remove: (id) => Number(remove.run(kind, id).changes) > 0,
    list(filter = {}) {
      return list
        .all({ kind, from: filter.from ?? null, to: filter.to ?? null, parent: filter.parent ?? null })
        .flatMap((row) => parse(row) ?? []);
    },
    count: () => Number(count.get(kind)?.n),
    clear() {
      clear.run(kind);
    },
  };
}
