/** Bills (split tender) in the ledger: the total owed and where it stands; its tenders are sales with its id. */
import type { DatabaseSync } from 'node:sqlite';
import type { BillState } from '../../src-preload/contract.ts';
import type { Cents, Currency } from '../../src-shared/money.ts';

export interface StoredBill {
  id: string;
  totalCents: Cents;
  currency: Currency;
  state: BillState;
  operatorId: string | null;
  shiftId: string | null;
  createdAt: string;
  updatedAt: string;
}

interface BillRow {
  id: string;
  total_cents: number;
  currency: Currency;
  state: BillState;
  operator_id: string | null;
  shift_id: string | null;
  created_at: string;
  updated_at: string;
}

const toBill = (row: BillRow): StoredBill => ({
  id: row.id,
  totalCents: row.total_cents,
  currency: row.currency,
  state: row.state,
  operatorId: row.operator_id,
  shiftId: row.shift_id,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export interface BillsRepository {
  create(bill: { id: string; totalCents: Cents; currency: Currency; operatorId: string | null; shiftId: string | null; at: string }): StoredBill;
  get(id: string): StoredBill | undefined;
  /** The bill the counter was working on when the till stopped, if any. */
  latestOpen(): StoredBill | undefined;
  setState(id: string, state: BillState, at: string): void;
  /** The ids of the bill's tenders, oldest first. */
  tenderIds(id: string): string[];
}

export function createBillsRepository(db: DatabaseSync): BillsRepository {
  const insert = db.prepare(
    "INSERT INTO bills (id, total_cents, currency, state, operator_id, shift_id, created_at, updated_at) VALUES (?, ?, ?, 'open', ?, ?, ?, ?)",
  );
  const select = db.prepare('SELECT * FROM bills WHERE id = ?');
  const selectLatestOpen = db.prepare("SELECT * FROM bills WHERE state = 'open' ORDER BY created_at DESC LIMIT 1");
  const updateState = db.prepare('UPDATE bills SET state = ?, updated_at = ? WHERE id = ?');
  const selectTenderIds = db.prepare('SELECT id FROM sales WHERE bill_id = ? ORDER BY created_at, rowid');

  const get = (id: string): StoredBill | undefined => {
    const row = select.get(id) as BillRow | undefined;
    return row && toBill(row);
  };

  return {
    create(bill: { id: string; totalCents: Cents; currency: Currency; operatorId: string | null; shiftId: string | null; at: string }): StoredBill {
      insert.run(bill.id, bill.totalCents, bill.currency, bill.operatorId, bill.shiftId, bill.at, bill.at);
      return get(bill.id) as StoredBill;
    },
    get,
    latestOpen(): StoredBill | undefined {
      const row = selectLatestOpen.get() as BillRow | undefined;
      return row && toBill(row);
    },
    setState(id: string, state: BillState, at: string): void {
      updateState.run(state, at, id);
    },
    tenderIds(id: string): string[] {
      return (selectTenderIds.all(id) as { id: string }[]).map((row) => row.id);
    },
  };
}

