/** A print job as the journal keeps it, and the view of it the UI gets (without the document). */
import type { PrintDocument, PrintDocumentKind } from './print-documents.ts';
import type { PrinterCondition, PrinterStatus } from './printer-status.ts';

export type PrintJobState = 'pending' | 'done' | 'failed';

/** Why a job has not printed (yet): the printer's condition, or what went wrong with the job itself. */
export type PrintProblem = Exclude<PrinterCondition, 'ready'> | 'write_failed' | 'render_failed' | 'stale';

export interface PrintJob {
  id: number;
  kind: PrintDocumentKind;
  saleId: string | null;
  document: PrintDocument;
  state: PrintJobState;
  /** How many times its bytes were sent; more than one means a partial copy may be on paper. */
  attempts: number;
  problem: PrintProblem | null;
  /** The printer's status when the job was last looked at: shown on the job in the UI. */
  status: PrinterStatus | null;
  createdAt: string;
  updatedAt: string;
  printedAt: string | null;
}

export type PrintJobView = Omit<PrintJob, 'document'>;

export function toJobView(job: PrintJob): PrintJobView {
  const { document: _document, ...view } = job;
  return view;
}
