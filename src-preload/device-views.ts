/**
 * What the contract says about the devices: their status, print jobs, serial ports and printer models.
 * Main builds these and checks its own types against them; the renderer reads them.
 */
import type { PrinterCodePage } from '../src-shared/device-settings.ts';

/** What the printer answered to DLE EOT. */
export interface PrinterStatus {
  offline: boolean;
  coverOpen: boolean;
  paperNearEnd: boolean;
  paperOut: boolean;
  /** Cutter jam, head overheat and the like: the printer stopped on its own. */
  error: boolean;
}

export type PrinterCondition = 'not_configured' | 'disconnected' | 'no_reply' | 'cover_open' | 'paper_out' | 'error' | 'offline' | 'ready';

export interface PrinterStatusView {
  condition: PrinterCondition;
  /** Still prints, but the roll is about to run out: worth a warning, never a blocked job. */
  paperNearEnd: boolean;
  pendingJobs: number;
  model: string;
  nativeQr: boolean;
}

export type DisplayCondition = 'not_configured' | 'disconnected' | 'ready' | 'error';

export interface DisplayStatusView {
  condition: DisplayCondition;
  /** The two lines on the display now, as the customer reads them (transliterated, trailing spaces trimmed). */
  lines: readonly [string, string] | null;
}

export interface DeviceStatusView {
  printer: PrinterStatusView;
  display: DisplayStatusView;
}

export type PrintDocumentKind = 'pix_charge' | 'sale_receipt' | 'refund_slip' | 'day_report' | 'test_page' | 'shift_report';
export type PrintJobState = 'pending' | 'done' | 'failed';
/** Why a job has not printed (yet): the printer's condition, or what went wrong with the job itself. */
export type PrintProblem = Exclude<PrinterCondition, 'ready'> | 'write_failed' | 'render_failed' | 'stale';

export interface PrintJobView {
  id: number;
  kind: PrintDocumentKind;
  saleId: string | null;
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

export interface DiscoveredPort {
  path: string;
  /** What to show next to the path, e.g. "FTDI (0403:6001)"; empty when the OS knows nothing more. */
  description: string;
}

export interface PrinterModelInfo {
  id: string;
  name: string;
  /** Prints QR codes itself (GS ( k, model 2); otherwise the QR goes out as a raster image. */
  nativeQr: boolean;
  /** Characters per line in font A, the paper width the model was made for. */
  columns: number;
  codePages: PrinterCodePage[];
}
