/**
 * What the printer needs from the ledger: a durable journal of its jobs. The ledger implements it;
 * devices never see the database.
 */
import type { PrintJobView, PrintProblem, PrinterStatus } from '../../../src-preload/device-views.ts';
import type { PrintDocument } from './print-documents.ts';
import type { PrintJob } from './print-job.ts';

export interface PrintJournal {
  /** A failed state with a problem records a job that was never going to print (no printer set up). */
  add(document: PrintDocument, at: string, failed?: PrintProblem): PrintJob;
  get(id: number): PrintJob | undefined;
  nextPending(): PrintJob | undefined;
  pendingCount(): number;
  latestForSale(saleId: string, kind: PrintJobView['kind']): PrintJob | undefined;
  /** Newest first. */
  list(options?: { saleId?: string; limit?: number }): PrintJob[];
  noteProblem(id: number, problem: PrintProblem, status: PrinterStatus | null, at: string): PrintJob;
  noteAttempt(id: number, status: PrinterStatus | null, at: string): PrintJob;
  markDone(id: number, status: PrinterStatus | null, at: string): PrintJob;
  markFailed(id: number, problem: PrintProblem, at: string): PrintJob;
}
