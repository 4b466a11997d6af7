/** Printer status scripted through SerialPortMock: what DLE EOT says decides when a job goes out. */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { PrinterSettings } from '../../../../src-shared/device-settings.ts';
import type { PrinterService } from '../../../../src-main/devices/printer/printer-service.ts';
import { mockDevice, type Emulator } from '../../../fixtures/device-links.ts';
import { EscPosPrinterEmulator, type ScriptedStatus } from '../../../fixtures/escpos-printer-emulator.ts';
import { jobById, startPrinter, tempLedgerDir } from '../../../fixtures/printer-rig.ts';
import { MERCHANT, pixSaleReceipt } from '../../../fixtures/receipt-samples.ts';
import { waitFor } from '../../../support/wait-for.ts';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

function rig(
  status: ScriptedStatus,
  settings: Partial<PrinterSettings> = {},
  wrap: (printer: EscPosPrinterEmulator) => Emulator = (printer) => printer,
): { service: PrinterService; printer: EscPosPrinterEmulator } {
  const printer = new EscPosPrinterEmulator();
  printer.status = status;
  const path = `/dev/mock-printer-${randomUUID()}`;
  const { portFactory } = mockDevice(path, wrap(printer));
  const ledger = tempLedgerDir();
  cleanup.push(() => ledger.remove());
  const service = startPrinter({ dataDir: ledger.dir, path, settings, portFactory });
  cleanup.push(() => service.close());
  return { service, printer };
}

describe('printer status before each job', () => {
  it.each([
    [{ paperOut: true, paperNearEnd: true }, 'paper_out', { paperOut: true }],
    [{ coverOpen: true }, 'cover_open', { coverOpen: true }],
    [{ offline: true }, 'offline', { offline: true }],
    [{ error: true }, 'error', { error: true }],
  ] as const)('holds the job while the printer reports %j, then prints it', async (scripted, condition, bits) => {
    const { service, printer } = rig(scripted);
    const job = service.print(pixSaleReceipt());
    expect(job.state).toBe('pending');

    const held = await waitFor(() => {
      const current = jobById(service, job.id);
      return current?.problem === condition ? current : undefined;
    }, `the job to show ${condition}`);
    expect(held.state).toBe('pending');
    expect(held.status).toMatchObject(bits);
    expect(held.attempts).toBe(0);
    expect(service.status()).toMatchObject({ condition, pendingJobs: 1 });
    expect(printer.receipts(true)).toEqual([]);

    printer.status = {};
    const done = await waitFor(() => (jobById(service, job.id)?.state === 'done' ? jobById(service, job.id) : undefined), 'the job to print');
    expect(done).toMatchObject({ problem: null, attempts: 1 });
    expect(printer.receipts()).toHaveLength(1);
    expect(service.status()).toMatchObject({ condition: 'ready', pendingJobs: 0 });
  });

  it('prints with the paper near its end, and says so on the job and in the status', async () => {
    const { service, printer } = rig({ paperNearEnd: true });
    const job = service.print(pixSaleReceipt());
    const done = await waitFor(() => (jobById(service, job.id)?.state === 'done' ? jobById(service, job.id) : undefined), 'the job to print');
    expect(done.status).toMatchObject({ paperNearEnd: true, paperOut: false });
    expect(service.status()).toMatchObject({ condition: 'ready', paperNearEnd: true });
    expect(printer.receipts()).toHaveLength(1);
  });

  it('is not fooled by automatic status messages arriving with the replies', async () => {
    // An ASB message claiming offline, cover open and paper out, sent before every real answer.
    const noisyAsb = Uint8Array.of(0x10 | 0x08 | 0x20, 0x40, 0x0f, 0x00);
    const { service, printer } = rig({}, {}, (inner) => ({
      feed(bytes) {
        const reply = inner.feed(bytes);
        return reply.length > 0 ? Uint8Array.from([...noisyAsb, ...reply]) : reply;
      },
    }));
    const job = service.print(pixSaleReceipt());
    await waitFor(() => jobById(service, job.id)?.state === 'done', 'the job to print');
    expect(printer.receipts()).toHaveLength(1);
    expect(service.status().condition).toBe('ready');
  });

  it('holds jobs for a printer that never answers, unless status queries are off', async () => {
    const silent = rig({});
    silent.printer.silent = true;
    const held = silent.service.print(pixSaleReceipt());
    await waitFor(() => jobById(silent.service, held.id)?.problem === 'no_reply', 'no_reply on the job');
    expect(silent.printer.receipts(true)).toEqual([]);

    const trusting = rig({}, { statusQuery: false });
    trusting.printer.silent = true;
    const job = trusting.service.print(pixSaleReceipt());
    await waitFor(() => jobById(trusting.service, job.id)?.state === 'done', 'the job to print');
    expect(trusting.printer.receipts()).toHaveLength(1);
  });

  it('fails a test page that cannot print, instead of leaving it queued', async () => {
    const { service, printer } = rig({ paperOut: true });
    const job = service.testPrint({ merchant: MERCHANT, language: 'pt-BR' });
    const failed = await waitFor(() => (jobById(service, job.id)?.state === 'failed' ? jobById(service, job.id) : undefined), 'the test page to fail');
    expect(failed.problem).toBe('paper_out');
    printer.status = {};
    const receipt = service.print(pixSaleReceipt());
    await waitFor(() => jobById(service, receipt.id)?.state === 'done', 'the next job to print');
    expect(printer.receipts()).toHaveLength(1);
  });

  it('returns from print() at once, with no printer attached and a listener that throws', async () => {
    const ledger = tempLedgerDir();
    cleanup.push(() => ledger.remove());
    const service = startPrinter({ dataDir: ledger.dir, path: `/dev/mock-absent-${randomUUID()}`, portFactory: mockDevice(`/dev/mock-other-${randomUUID()}`, new EscPosPrinterEmulator()).portFactory });
    cleanup.push(() => service.close());
    service.onChange(() => {
      throw new Error('UI bridge down');
    });
    const job = service.print(pixSaleReceipt());
    expect(job).not.toBeInstanceOf(Promise);
    expect(job).toMatchObject({ state: 'pending', attempts: 0 });
    await waitFor(() => jobById(service, job.id)?.problem === 'disconnected', 'the job to wait for the printer');
  });

  it('keeps jobs, already failed, when no printer is set up', async () => {
    const ledger = tempLedgerDir();
    cleanup.push(() => ledger.remove());
    const service = startPrinter({ dataDir: ledger.dir, path: '' });
    cleanup.push(() => service.close());
    const job = service.print(pixSaleReceipt());
    expect(job).toMatchObject({ state: 'failed', problem: 'not_configured' });
    expect(service.status().condition).toBe('not_configured');
  });
});
