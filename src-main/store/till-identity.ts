/** This till's code and name, kept in its own ledger so every sale is stamped with them. */
import type { DatabaseSync } from 'node:sqlite';

export interface TillIdentity {
  code: string;
  name: string;
}

export function readTillIdentity(db: DatabaseSync): TillIdentity {
  return db.prepare('SELECT code, name FROM till_identity WHERE singleton = 1').get() as unknown as TillIdentity;
}

/** Later sales carry the new code and count on from this till's last number; earlier sales keep theirs. */
export function writeTillIdentity(db: DatabaseSync, identity: TillIdentity): void {
  db.prepare('UPDATE till_identity SET code = ?, name = ? WHERE singleton = 1').run(identity.code, identity.name);
}
