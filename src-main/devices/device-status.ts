/** What the UI shows about the devices: one condition each, plus the printer's queue and paper warning. */
import type { PrinterCondition } from './printer/printer-status.ts';

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
