/** A print job as the journal keeps it; the UI gets the contract's view of it (without the document). */
import type { PrintJobView } from '../../../src-preload/device-views.ts';
import type { PrintDocument } from './print-documents.ts';

export type { PrintJobState, PrintJobView, PrintProblem } from '../../../src-preload/device-views.ts';

export interface PrintJob extends PrintJobView {
  document: PrintDocument;
}

export function toJobView(job: PrintJob): PrintJobView {
  const { document: _document, ...view } = job;
  return view;
}
