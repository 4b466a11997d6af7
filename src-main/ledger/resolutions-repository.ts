/** What a person decided about a "needs checking" sale (the outcome chosen; the audit journal records who authorized it). */
import type { DatabaseSync } from 'node:sqlite';

export type CheckingOutcome = 'charged' | 'not_charged';

export interface ResolutionsRepository {
  record(saleId: string, outcome: CheckingOutcome, operatorId: string | null, at: string): void;
  listBySale(saleId: string): { outcome: CheckingOutcome; operatorId: string | null; at: string }[];
}

export function createResolutionsRepository(db: DatabaseSync): ResolutionsRepository {
  const insert = db.prepare('INSERT INTO sale_resolutions (sale_id, outcome, operator_id, at) VALUES (?, ?, ?, ?)');
  const bySale = db.prepare('SELECT outcome, operator_id, at FROM sale_resolutions WHERE sale_id = ? ORDER BY id');
  return {
    record(saleId: string, outcome: CheckingOutcome, operatorId: string | null, at: string): void {
      insert.run(saleId, outcome, operatorId, at);
    },
    listBySale(saleId: string): { outcome: CheckingOutcome; operatorId: string | null; at: string }[] {
      return (bySale.all(saleId) as { outcome: CheckingOutcome; operator_id: string | null; at: string }[]).map((row) => ({
        outcome: row.outcome,
        operatorId: row.operator_id,
        at: row.at,
      }));
    },
  };
}

