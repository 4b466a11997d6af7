/** Shifts and their cash movements in the ledger. At most one shift is open (a unique index says so). */
import type { DatabaseSync } from 'node:sqlite';
import type { CashMovementView, ShiftView } from '../../src-preload/contract.ts';
import type { Cents } from '../../src-shared/money.ts';
import { inTransaction } from '../ledger/transaction.ts';

interface ShiftRow {
  id: string;
  opened_at: string;
  float_cents: number;
  closed_at: string | null;
  counted_json: string | null;
  opener: string;
  closer: string | null;
}

interface MovementRow {
  kind: CashMovementView['kind'];
  amount_cents: number;
  reason: string;
  at: string;
  operator_name: string;
}

export interface StoredShift extends ShiftView {
  counted: Partial<Record<string, Cents>> | null;
}

export interface ShiftsRepository {
  get(id: string): StoredShift | undefined;
  open(): StoredShift | undefined;
  create(shift: { id: string; operatorId: string; at: string; floatCents: Cents }): StoredShift;
  addMovement(shiftId: string, movement: { kind: CashMovementView['kind']; amountCents: Cents; reason: string; operatorId: string; at: string }): void;
  close(shiftId: string, operatorId: string, at: string, counted: Record<string, Cents>): boolean;
}

export function createShiftsRepository(db: DatabaseSync): ShiftsRepository {
  const insert = db.prepare('INSERT INTO shifts (id, opened_by, opened_at, float_cents) VALUES (?, ?, ?, ?)');
  const select = `SELECT shifts.*, opener.name AS opener, closer.name AS closer FROM shifts
    JOIN operators opener ON opener.id = shifts.opened_by LEFT JOIN operators closer ON closer.id = shifts.closed_by`;
  const byId = db.prepare(`${select} WHERE shifts.id = ?`);
  const open = db.prepare(`${select} WHERE shifts.closed_at IS NULL`);
  const close = db.prepare('UPDATE shifts SET closed_by = ?, closed_at = ?, counted_json = ? WHERE id = ? AND closed_at IS NULL');
  const addMovement = db.prepare('INSERT INTO cash_movements (shift_id, kind, amount_cents, reason, operator_id, at) VALUES (?, ?, ?, ?, ?, ?)');
  const movements = db.prepare(
    `SELECT kind, amount_cents, reason, at, operators.name AS operator_name FROM cash_movements
     JOIN operators ON operators.id = cash_movements.operator_id WHERE shift_id = ? ORDER BY cash_movements.id`,
  );

  const toShift = (row: ShiftRow): StoredShift => ({
    id: row.id,
    openedAt: row.opened_at,
    openedBy: row.opener,
    floatCents: row.float_cents,
    closedAt: row.closed_at,
    closedBy: row.closer,
    counted: row.counted_json ? (JSON.parse(row.counted_json) as Record<string, Cents>) : null,
    movements: (movements.all(row.id) as unknown as MovementRow[]).map((movement) => ({
      kind: movement.kind,
      amountCents: movement.amount_cents,
      reason: movement.reason,
      at: movement.at,
      operatorName: movement.operator_name,
    })),
  });
  const get = (id: string): StoredShift | undefined => {
    const row = byId.get(id) as ShiftRow | undefined;
    return row && toShift(row);
  };

  return {
    get,
    open(): StoredShift | undefined {
      const row = open.get() as ShiftRow | undefined;
      return row && toShift(row);
    },
    create(shift: { id: string; operatorId: string; at: string; floatCents: Cents }): StoredShift {
      insert.run(shift.id, shift.operatorId, shift.at, shift.floatCents);
      return get(shift.id) as StoredShift;
    },
    addMovement(shiftId: string, movement: { kind: CashMovementView['kind']; amountCents: Cents; reason: string; operatorId: string; at: string }): void {
      addMovement.run(shiftId, movement.kind, movement.amountCents, movement.reason, movement.operatorId, movement.at);
    },
    close(shiftId: string, operatorId: string, at: string, counted: Record<string, Cents>): boolean {
      return inTransaction(db, () => Number(close.run(operatorId, at, JSON.stringify(counted), shiftId).changes) === 1);
    },
  };
}

