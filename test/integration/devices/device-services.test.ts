/** Both devices as the composition root gets them: one object to start, watch and close. */
import { afterEach, expect, it } from 'vitest';
import { systemClock } from '../../../src-main/core/ports.ts';
import { createEventBus } from '../../../src-main/core/events.ts';
import { createDeviceServices } from '../../../src-main/devices/device-services.ts';
import { DEFAULT_DEVICE_SETTINGS } from '../../../src-shared/device-settings.ts';
import type { DeviceStatusView } from '../../../src-preload/device-views.ts';
import { createPrintJournal } from '../../../src-main/ledger/print-journal.ts';
import type { PrintDocument } from '../../../src-main/devices/printer/print-documents.ts';
import { openLedger } from '../../../src-main/ledger/open-ledger.ts';
import { attachToPty } from '../../fixtures/device-links.ts';
import { EscPosPrinterEmulator } from '../../fixtures/escpos-printer-emulator.ts';
import { PoleDisplayEmulator } from '../../fixtures/pole-display-emulator.ts';
import { FAST_TIMING, tempLedgerDir } from '../../fixtures/printer-rig.ts';
import { pixChargeSlip, PIX_COPY_AND_PASTE } from '../../fixtures/receipt-samples.ts';
import { createSocatPair } from '../../fixtures/socat-pair.ts';
import { createRecordingLogger } from '../../support/recording-logger.ts';
import { waitFor } from '../../support/wait-for.ts';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

it('drives the printer and the pole display from one set of settings and the sale events', async () => {
  const printerPair = await createSocatPair('services-printer');
  const displayPair = await createSocatPair('services-display');
  cleanup.push(() => printerPair.close(), () => displayPair.close());
  const printer = new EscPosPrinterEmulator();
  const screen = new PoleDisplayEmulator('cd5220', 'cp860');
  const ends = [await attachToPty(printerPair.devicePath, printer), await attachToPty(displayPair.devicePath, screen)];
  cleanup.push(() => Promise.all(ends.map((end) => end.close())).then(() => undefined));
  const ledger = tempLedgerDir();
  cleanup.push(() => ledger.remove());

  const events = createEventBus();
  const devices = createDeviceServices({
    settings: {
      printer: { ...DEFAULT_DEVICE_SETTINGS.printer, serial: { ...DEFAULT_DEVICE_SETTINGS.printer.serial, path: printerPair.appPath } },
      display: {
        ...DEFAULT_DEVICE_SETTINGS.display,
        commandSet: 'cd5220',
        codePage: 'cp860',
        serial: { ...DEFAULT_DEVICE_SETTINGS.display.serial, path: displayPair.appPath },
      },
    },
    journal: createPrintJournal<PrintDocument>(openLedger(ledger.dir)),
    events,
    clock: systemClock,
    logger: createRecordingLogger(),
    language: () => 'pt-BR',
    merchantName: () => 'Padaria São João',
    timeZone: 'America/Sao_Paulo',
    timing: FAST_TIMING,
  });
  cleanup.push(() => devices.close());
  const seen: DeviceStatusView[] = [];
  devices.onChange((status) => seen.push(status));

  await waitFor(() => devices.status().printer.condition === 'ready' && devices.status().display.condition === 'ready', 'both devices ready');
  expect(screen.lines()).toEqual(['  Padaria São João', '     Bem-vindo!']);

  const at = '2025-11-21T17:03:05.000Z';
  events.emit('sale.changed', { id: '3f2c9a1e-7b4d-4e8a-9c21-5d6e7f809a1b', amountCents: 1201, currency: 'BRL', method: 'pix', state: 'awaiting_payment', createdAt: at, updatedAt: at, pix: null, card: null, bankTransfer: null, refunds: [], problem: null });
  devices.printer.print(pixChargeSlip());

  await waitFor(() => screen.lines()[0] === 'Pague com PIX', 'the display to ask for PIX');
  const [receipt] = await waitFor(() => (printer.receipts().length ? printer.receipts() : undefined), 'the QR slip');
  expect(receipt?.qrCodes[0]?.payload).toBe(PIX_COPY_AND_PASTE);
  expect(devices.status().display.lines).toEqual(['Pague com PIX', '            R$ 12,01']);
  expect(seen.some((status) => status.printer.pendingJobs === 1)).toBe(true);
});
