/**
 * Real-time status (DLE EOT n) of ESC/POS printers: request, read the one-byte answers, and say whether
 * the printer can take a job. The encoder has no real-time commands, so these three bytes are ours.
 */
import type { PrinterCondition, PrinterStatus } from '../../../src-preload/device-views.ts';
import type { ReplyReader, SerialTransport } from '../serial-transport.ts';

export type { PrinterCondition, PrinterStatus };

export interface PrinterCheck {
  condition: PrinterCondition;
  /** What DLE EOT said; null when the printer was not asked or did not answer. */
  status: PrinterStatus | null;
}

const DLE = 0x10;
const EOT = 0x04;
const STATUS_PRINTER = 1;
const STATUS_OFFLINE_CAUSE = 2;
const STATUS_PAPER = 4;
export type StatusRequest = typeof STATUS_PRINTER | typeof STATUS_OFFLINE_CAUSE | typeof STATUS_PAPER;

export function statusRequest(n: StatusRequest): Uint8Array {
  return Uint8Array.of(DLE, EOT, n);
}

/**
 * A DLE EOT answer has bit 1 and bit 4 set and bits 0 and 7 clear. Automatic status messages (GS a) cannot
 * be mistaken for one: their first byte has bit 1 clear and their other three bytes have bit 4 clear.
 */
export function isStatusReply(byte: number): boolean {
  return (byte & 0x93) === 0x12;
}

export function statusReplyReader(): ReplyReader<number> {
  return {
    push(chunk) {
      return chunk.find(isStatusReply);
    },
  };
}

export function parseStatus(printer: number, offlineCause: number, paper: number): PrinterStatus {
  return {
    offline: (printer & 0x08) !== 0,
    coverOpen: (offlineCause & 0x04) !== 0,
    paperOut: (offlineCause & 0x20) !== 0 || (paper & 0x60) !== 0,
    error: (offlineCause & 0x40) !== 0,
    paperNearEnd: (paper & 0x0c) !== 0,
  };
}

/** The most useful single reason for the cashier: what to fix first. */
export function conditionOf(status: PrinterStatus): PrinterCondition {
  if (status.coverOpen) return 'cover_open';
  if (status.paperOut) return 'paper_out';
  if (status.error) return 'error';
  if (status.offline) return 'offline';
  return 'ready';
}

export async function checkPrinter(
  transport: SerialTransport,
  options: { statusQuery: boolean; replyTimeoutMs: number },
): Promise<PrinterCheck> {
  if (transport.state() !== 'open') return { condition: 'disconnected', status: null };
  if (!options.statusQuery) return { condition: 'ready', status: null };
  try {
    const replies: number[] = [];
    for (const n of [STATUS_PRINTER, STATUS_OFFLINE_CAUSE, STATUS_PAPER] as const) {
      const reply = await transport.query(statusRequest(n), statusReplyReader(), options.replyTimeoutMs);
      if (reply === undefined) return { condition: 'no_reply', status: null };
      replies.push(reply);
    }
    const [printer = 0, offlineCause = 0, paper = 0] = replies;
    const status = parseStatus(printer, offlineCause, paper);
    return { condition: conditionOf(status), status };
  } catch {
    return { condition: 'disconnected', status: null };
  }
}
