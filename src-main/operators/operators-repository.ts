/** Operators in the ledger: name, role, PIN hash, and the count of wrong PINs since the last right one. */
import type { DatabaseSync } from 'node:sqlite';
import type { OperatorRole, OperatorView } from '../../src-preload/contract.ts';

interface OperatorRow {
  id: string;
  name: string;
  role: OperatorRole;
  pin_hash: string;
  demo: number;
  active: number;
  failed_pins: number;
  last_failed_at: string | null;
  created_at: string;
}

export interface StoredOperator extends OperatorView {
  pinHash: string;
  failedPins: number;
  lastFailedAt: string | null;
}

export interface NewOperator {
  id: string;
  name: string;
  role: OperatorRole;
  pinHash: string;
  demo: boolean;
  at: string;
}

const toOperator = (row: OperatorRow): StoredOperator => ({
  id: row.id,
  name: row.name,
  role: row.role,
  demo: row.demo === 1,
  active: row.active === 1,
  pinHash: row.pin_hash,
  failedPins: row.failed_pins,
  lastFailedAt: row.last_failed_at,
});

export function toOperatorView({ id, name, role, demo, active }: StoredOperator): OperatorView {
  return { id, name, role, demo, active };
}

export interface OperatorsRepository {
  create(operator: NewOperator): StoredOperator;
  get(id: string): StoredOperator | undefined;
  findByName(name: string): StoredOperator | undefined;
  list(): StoredOperator[];
  setActive(id: string, active: boolean): void;
  recordFailure(id: string, at: string): void;
  recordSuccess(id: string): void;
}

export function createOperatorsRepository(db: DatabaseSync): OperatorsRepository {
  const insert = db.prepare('INSERT INTO operators (id, name, role, pin_hash, demo, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  const byId = db.prepare('SELECT * FROM operators WHERE id = ?');
  const byName = db.prepare('SELECT * FROM operators WHERE name = ? COLLATE NOCASE');
  const all = db.prepare('SELECT * FROM operators ORDER BY demo DESC, created_at, name');
  const setActive = db.prepare('UPDATE operators SET active = ? WHERE id = ?');
  const failed = db.prepare('UPDATE operators SET failed_pins = failed_pins + 1, last_failed_at = ? WHERE id = ?');
  const succeeded = db.prepare('UPDATE operators SET failed_pins = 0, last_failed_at = NULL WHERE id = ?');

  return {
    create(operator: NewOperator): StoredOperator {
      insert.run(operator.id, operator.name, operator.role, operator.pinHash, operator.demo ? 1 : 0, operator.at);
      return toOperator(byId.get(operator.id) as unknown as OperatorRow);
    },
    get(id: string): StoredOperator | undefined {
      const row = byId.get(id) as OperatorRow | undefined;
      return row && toOperator(row);
    },
    findByName(name: string): StoredOperator | undefined {
      const row = byName.get(name) as OperatorRow | undefined;
      return row && toOperator(row);
    },
    list(): StoredOperator[] {
      return (all.all() as unknown as OperatorRow[]).map(toOperator);
    },
    setActive(id: string, active: boolean): void {
      setActive.run(active ? 1 : 0, id);
    },
    recordFailure(id: string, at: string): void {
      failed.run(at, id);
    },
    recordSuccess(id: string): void {
      succeeded.run(id);
    },
  };
}

