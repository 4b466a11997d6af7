import { describe, expect, it } from 'vitest';
import {
  conditionOf,
  isStatusReply,
  parseStatus,
  statusReplyReader,
  statusRequest,
  type StatusRequest,
} from '../../../../src-main/devices/printer/printer-status.ts';
import { EscPosPrinterEmulator, type ScriptedStatus } from '../../../fixtures/escpos-printer-emulator.ts';

function ask(printer: EscPosPrinterEmulator, n: StatusRequest): number {
  const reply = statusReplyReader().push(printer.feed(statusRequest(n)));
  if (reply === undefined) throw new Error('no reply');
  return reply;
}

function statusOf(scripted: ScriptedStatus) {
  const printer = new EscPosPrinterEmulator();
  printer.status = scripted;
  return parseStatus(ask(printer, 1), ask(printer, 2), ask(printer, 4));
}

describe('DLE EOT status', () => {
  it('sends DLE EOT n', () => {
    expect([...statusRequest(2)]).toEqual([0x10, 0x04, 0x02]);
  });

  it.each([
    [{}, 'ready', { offline: false, coverOpen: false, paperNearEnd: false, paperOut: false, error: false }],
    [{ offline: true }, 'offline', { offline: true, coverOpen: false, paperNearEnd: false, paperOut: false, error: false }],
    [{ coverOpen: true }, 'cover_open', { offline: true, coverOpen: true, paperNearEnd: false, paperOut: false, error: false }],
    [{ paperNearEnd: true }, 'ready', { offline: false, coverOpen: false, paperNearEnd: true, paperOut: false, error: false }],
    [{ paperOut: true, paperNearEnd: true }, 'paper_out', { offline: true, coverOpen: false, paperNearEnd: true, paperOut: true, error: false }],
    [{ error: true }, 'error', { offline: true, coverOpen: false, paperNearEnd: false, paperOut: false, error: true }],
  ] as const)('reads %j as %s', (scripted, condition, status) => {
    const parsed = statusOf(scripted);
    expect(parsed).toEqual(status);
    expect(conditionOf(parsed)).toBe(condition);
  });

  it('names the cover before the paper: close it first, then the paper sensor can be trusted', () => {
    expect(conditionOf({ offline: true, coverOpen: true, paperNearEnd: false, paperOut: true, error: false })).toBe('cover_open');
  });

  it('skips automatic status messages that arrive before the reply', () => {
    const printer = new EscPosPrinterEmulator();
    printer.status = { paperOut: true, coverOpen: true, offline: true, paperNearEnd: true, error: true };
    const asb = printer.automaticStatus();
    expect([...asb].every((byte) => !isStatusReply(byte))).toBe(true);
    printer.status = {};
    const reply = printer.feed(statusRequest(1));
    expect(statusReplyReader().push(Uint8Array.from([...asb, ...reply]))).toBe(0x12);
  });

  it('waits for more bytes when a chunk holds only an automatic status message', () => {
    const reader = statusReplyReader();
    expect(reader.push(Uint8Array.of(0x18, 0x40, 0x0f, 0x00))).toBeUndefined();
    expect(reader.push(Uint8Array.of(0x1a))).toBe(0x1a);
  });
});
