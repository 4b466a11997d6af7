/**
 * The till's side of replication: the `outbox` table the ledger's triggers fill in the same transaction as
 * each sale or refund change. Entries leave it only after the store has committed them.
 */
import type { DatabaseSync } from 'node:sqlite';

export interface OutboxEntry {
  seq: number;
  entity: 'sale' | 'refund';
  entityId: string;
  payload: string;
}

export interface OutboxBacklog {
  changes: number;
  /** Distinct sales (and refunds) with a change still to send: what the header counts. */
  items: number;
}

export interface Outbox {
  /** The oldest entries, in the order they were written. */
  next(limit: number): OutboxEntry[];
  /** The store has committed everything up to `seq`. */
  ack(seq: number): void;
  backlog(): OutboxBacklog;
  /**
   * Queues every sale and refund again, through the same triggers as any change: for a till that joins
   * a store after selling on its own, or a store database that is new. The store ignores what it has.
   */
  requeueAll(): void;
}

export function createOutbox(db: DatabaseSync): Outbox {
  const next = db.prepare('SELECT seq, entity, entity_id AS entityId, payload FROM outbox ORDER BY seq LIMIT ?');
  const ack = db.prepare('DELETE FROM outbox WHERE seq <= ?');
  const backlog = db.prepare('SELECT COUNT(*) AS changes, COUNT(DISTINCT entity_id) AS items FROM outbox');

  return {
    next: (limit: number): OutboxEntry[] => next.all(limit) as unknown as OutboxEntry[],
    ack(seq: number): void {
      ack.run(seq);
    },
    backlog: (): OutboxBacklog => backlog.get() as unknown as OutboxBacklog,
    requeueAll(): void {
      // One transaction: sales before their refunds, and never the sales without the refunds.
      db.exec('BEGIN IMMEDIATE');
      try {
        db.exec('UPDATE sales SET updated_at = updated_at; UPDATE refunds SET updated_at = updated_at;');
        db.exec('COMMIT');
      } catch (error) {
        db.exec('ROLLBACK');
        throw error;
      }
    },
  };
}

