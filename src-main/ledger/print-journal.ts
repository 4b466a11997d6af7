/**
 * The print journal: every print job is a row before a byte goes to the printer, so a job survives an
 * unplugged printer or a restart and a sale's receipt can be printed again later.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { PrintDocumentKind, PrintJobState, PrintJobView, PrintProblem, PrinterStatus } from '../../src-preload/device-views.ts';

/** What the journal keeps of a document: its kind and sale for lookups, the rest as JSON. */
export interface JournaledDocument {
  kind: PrintDocumentKind;
  saleId?: string;
}

export interface JournaledJob<D extends JournaledDocument> extends PrintJobView {
  document: D;
}

interface PrintJobRow {
  id: number;
  kind: PrintDocumentKind;
  sale_id: string | null;
  document_json: string;
  state: PrintJobState;
  attempts: number;
  problem: PrintProblem | null;
  status_json: string | null;
  created_at: string;
  updated_at: string;
  printed_at: string | null;
}

/** The print jobs in the ledger; devices see it through their own port (devices/printer/print-journal-port.ts). */
export interface JobJournal<D extends JournaledDocument> {
  /** A failed state with a problem records a job that was never going to print (no printer set up). */
  add(document: D, at: string, failed?: PrintProblem): JournaledJob<D>;
  get(id: number): JournaledJob<D> | undefined;
  nextPending(): JournaledJob<D> | undefined;
  pendingCount(): number;
  latestForSale(saleId: string, kind: PrintDocumentKind): JournaledJob<D> | undefined;
  /** Newest first. */
  list(options?: { saleId?: string; limit?: number }): JournaledJob<D>[];
  noteProblem(id: number, problem: PrintProblem, status: PrinterStatus | null, at: string): JournaledJob<D>;
  noteAttempt(id: number, status: PrinterStatus | null, at: string): JournaledJob<D>;
  markDone(id: number, status: PrinterStatus | null, at: string): JournaledJob<D>;
  markFailed(id: number, problem: PrintProblem, at: string): JournaledJob<D>;
}

export function createPrintJournal<D extends JournaledDocument>(db: DatabaseSync): JobJournal<D> {
  type Job = JournaledJob<D>;
  const insert = db.prepare(
    `INSERT INTO print_jobs (kind, sale_id, document_json, state, problem, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const select = db.prepare('SELECT * FROM print_jobs WHERE id = ?');
  const selectNextPending = db.prepare("SELECT * FROM print_jobs WHERE state = 'pending' ORDER BY id LIMIT 1");
  const countPending = db.prepare("SELECT COUNT(*) AS count FROM print_jobs WHERE state = 'pending'");
  const selectLatestForSale = db.prepare('SELECT * FROM print_jobs WHERE sale_id = ? AND kind = ? ORDER BY id DESC LIMIT 1');
  const selectRecent = db.prepare('SELECT * FROM print_jobs ORDER BY id DESC LIMIT ?');
  const selectForSale = db.prepare('SELECT * FROM print_jobs WHERE sale_id = ? ORDER BY id DESC LIMIT ?');
  const updateProblem = db.prepare('UPDATE print_jobs SET problem = ?, status_json = ?, updated_at = ? WHERE id = ?');
  const updateAttempt = db.prepare(
    'UPDATE print_jobs SET attempts = attempts + 1, status_json = ?, updated_at = ? WHERE id = ?',
  );
  const updateDone = db.prepare(
    "UPDATE print_jobs SET state = 'done', problem = NULL, status_json = ?, printed_at = ?, updated_at = ? WHERE id = ?",
  );
  const updateFailed = db.prepare("UPDATE print_jobs SET state = 'failed', problem = ?, updated_at = ? WHERE id = ?");

  const get = (id: number): Job | undefined => {
    const row = select.get(id) as PrintJobRow | undefined;
    return row && toJob<D>(row);
  };
  const mustGet = (id: number): Job => {
    const job = get(id);
    if (!job) throw new Error(`Unknown print job ${id}`);
    return job;
  };

  return {
    add(document: D, at: string, failed?: PrintProblem): Job {
      const result = insert.run(
        document.kind,
        document.saleId ?? null,
        JSON.stringify(document),
        failed ? 'failed' : 'pending',
        failed ?? null,
        at,
        at,
      );
      return mustGet(Number(result.lastInsertRowid));
    },

    get,

    nextPending(): Job | undefined {
      const row = selectNextPending.get() as PrintJobRow | undefined;
      return row && toJob<D>(row);
    },

    pendingCount(): number {
      return (countPending.get() as { count: number }).count;
    },

    latestForSale(saleId: string, kind: PrintDocumentKind): Job | undefined {
      const row = selectLatestForSale.get(saleId, kind) as PrintJobRow | undefined;
      return row && toJob<D>(row);
    },

    list(options: { saleId?: string; limit?: number } = {}): Job[] {
      const limit = options.limit ?? 50;
      const rows = options.saleId ? selectForSale.all(options.saleId, limit) : selectRecent.all(limit);
      return (rows as unknown as PrintJobRow[]).map((row) => toJob<D>(row));
    },

    noteProblem(id: number, problem: PrintProblem, status: PrinterStatus | null, at: string): Job {
      updateProblem.run(problem, status ? JSON.stringify(status) : null, at, id);
      return mustGet(id);
    },

    noteAttempt(id: number, status: PrinterStatus | null, at: string): Job {
      updateAttempt.run(status ? JSON.stringify(status) : null, at, id);
      return mustGet(id);
    },

    markDone(id: number, status: PrinterStatus | null, at: string): Job {
      updateDone.run(status ? JSON.stringify(status) : null, at, at, id);
      return mustGet(id);
    },

    markFailed(id: number, problem: PrintProblem, at: string): Job {
      updateFailed.run(problem, at, id);
      return mustGet(id);
    },
  };
}


function toJob<D extends JournaledDocument>(row: PrintJobRow): JournaledJob<D> {
  return {
    id: row.id,
    kind: row.kind,
    saleId: row.sale_id,
    // Only this module writes the column, always from a D.
    document: JSON.parse(row.document_json) as D,
    state: row.state,
    attempts: row.attempts,
    problem: row.problem,
    status: row.status_json ? (JSON.parse(row.status_json) as PrinterStatus) : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    printedAt: row.printed_at,
  };
}
