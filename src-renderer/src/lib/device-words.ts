/** The receipt printer's and the pole display's condition, and a print job's fate, in the cashier's words. */
import type { DeviceStatusView, PrintJobView } from '../../../src-preload/contract.ts';
import type { MessageKey } from './i18n.ts';
import type { Tone } from './note.ts';

type PrinterCondition = DeviceStatusView['printer']['condition'];
type DisplayCondition = DeviceStatusView['display']['condition'];
type PrintProblem = NonNullable<PrintJobView['problem']>;

export const PRINTER_CONDITION_KEYS: Record<PrinterCondition, MessageKey> = {
  not_configured: 'device.printer.not_configured',
  disconnected: 'device.printer.disconnected',
  no_reply: 'device.printer.no_reply',
  cover_open: 'device.printer.cover_open',
  paper_out: 'device.printer.paper_out',
  error: 'device.printer.error',
  offline: 'device.printer.offline',
  ready: 'device.printer.ready',
};

export const DISPLAY_CONDITION_KEYS: Record<DisplayCondition, MessageKey> = {
  not_configured: 'device.display.not_configured',
  disconnected: 'device.display.disconnected',
  ready: 'device.display.ready',
  error: 'device.display.error',
};

export const PRINT_PROBLEM_KEYS: Record<PrintProblem, MessageKey> = {
  not_configured: 'print.problem.not_configured',
  disconnected: 'print.problem.disconnected',
  no_reply: 'print.problem.no_reply',
  cover_open: 'print.problem.cover_open',
  paper_out: 'print.problem.paper_out',
  error: 'print.problem.error',
  offline: 'print.problem.offline',
  write_failed: 'print.problem.write_failed',
  render_failed: 'print.problem.render_failed',
  stale: 'print.problem.stale',
};

export interface PrinterWords {
  key: MessageKey;
  tone: Tone;
}

/** "Pronta", or "Pouco papel" when it still prints but the roll is about to run out. */
export function printerWords(printer: DeviceStatusView['printer']): PrinterWords {
  const { condition } = printer;
  if (condition === 'ready') return printer.paperNearEnd ? { key: 'device.printer.paper_near_end', tone: 'warn' } : { key: PRINTER_CONDITION_KEYS.ready, tone: 'ok' };
  if (condition === 'not_configured') return { key: PRINTER_CONDITION_KEYS.not_configured, tone: 'off' };
  return { key: PRINTER_CONDITION_KEYS[condition], tone: condition === 'disconnected' || condition === 'no_reply' ? 'bad' : 'warn' };
}

export function displayWords(display: DeviceStatusView['display']): PrinterWords {
  const tone: Tone = display.condition === 'ready' ? 'ok' : display.condition === 'not_configured' ? 'off' : 'bad';
  return { key: DISPLAY_CONDITION_KEYS[display.condition], tone };
}

export function printerConfigured(status: DeviceStatusView | null): boolean {
  return status !== null && status.printer.condition !== 'not_configured';
}

export interface JobWords {
  key: MessageKey;
  problem: MessageKey | null;
  tone: Tone;
}

/**
 * What became of a print job the cashier asked for. "Printed" only when the printer answered a status
 * request after the job (its status is on the job); a job still in the queue says so in neutral words.
 */
export function jobWords(job: PrintJobView): JobWords {
  const problem = job.problem ? PRINT_PROBLEM_KEYS[job.problem] : null;
  if (job.state === 'done') return job.status ? { key: 'print.done', problem: null, tone: 'ok' } : { key: 'print.sentUnconfirmed', problem: null, tone: 'off' };
  if (job.state === 'failed') return { key: 'print.failed', problem, tone: 'bad' };
  return { key: problem ? 'print.waiting' : 'print.queued', problem, tone: problem ? 'warn' : 'off' };
}
