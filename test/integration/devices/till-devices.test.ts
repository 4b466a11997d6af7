/**
 * The printer and the pole display wired into the till: a paid sale prints its receipt by itself, the
 * cashier prints the PIX QR, device status reaches the windows, and new device settings apply live.
 * Over socat pty pairs with the real serialport bindings and the ESC/POS printer emulator.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { PrintJobView, SaleView } from '../../../src-preload/contract.ts';
import { DEFAULT_DEVICE_SETTINGS, type DeviceSettings } from '../../../src-shared/device-settings.ts';
import { attachToPty } from '../../fixtures/device-links.ts';
import { EscPosPrinterEmulator } from '../../fixtures/escpos-printer-emulator.ts';
import { PoleDisplayEmulator } from '../../fixtures/pole-display-emulator.ts';
import { createSocatPair } from '../../fixtures/socat-pair.ts';
import { recordEvents } from '../../support/event-recorder.ts';
import { okValue, errorOf } from '../../support/replies.ts';
import { startTestCore } from '../../support/test-core.ts';
import { waitFor } from '../../support/wait-for.ts';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function printerOnPty() {
  const pair = await createSocatPair('till-printer');
  cleanup.push(() => pair.close());
  const printer = new EscPosPrinterEmulator();
  const end = await attachToPty(pair.devicePath, printer);
  cleanup.push(() => end.close());
  return { printer, path: pair.appPath };
}

function withPrinterAt(path: string): DeviceSettings {
  return {
    ...DEFAULT_DEVICE_SETTINGS,
    printer: { ...DEFAULT_DEVICE_SETTINGS.printer, model: 'epson-tm-t20iii', serial: { ...DEFAULT_DEVICE_SETTINGS.printer.serial, path, flowControl: 'none' } },
  };
}

describe('devices in the till', () => {
  it('prints the receipt of a paid PIX sale by itself, with its txid', async () => {
    const { printer, path } = await printerOnPty();
    const t = await startTestCore({ settings: { devices: withPrinterAt(path), merchant: { name: 'Padaria São João', city: 'Recife', taxId: '12.345.678/0001-95', address: 'Rua da Aurora, 1' } } });
    cleanup.push(() => t.close());

    const sale = okValue<SaleView>(await t.invoke('sale.startPix', { amountCents: 1201 }));
    const receipt = await waitFor(() => printer.receipts().find((paper) => paper.text.includes(sale.pix?.txid ?? '-')), 'the receipt');

    expect(receipt.text).toContain('Padaria São João');
    expect(receipt.text).toContain('R$ 12,01');
    expect(receipt.text).toContain('PIX');
    expect(receipt.cut).not.toBeNull();
    // Paid once, printed once: a second paid event for the same sale does not print again.
    t.core.events.emit('sale.changed', okValue<SaleView>(await t.invoke('sale.get', { saleId: sale.id })));
    const jobs = okValue<PrintJobView>(await t.invoke('printer.reprintSale', { saleId: sale.id }));
    expect(jobs.kind).toBe('sale_receipt');
    await waitFor(() => printer.receipts().length >= 2 || undefined, 'the copy');
    expect(printer.receipts().filter((paper) => paper.text.includes(sale.pix?.txid ?? '-'))).toHaveLength(2);
  });

  it('prints the QR of a sale awaiting payment, scannable to the same copy-and-paste code', async () => {
    const { printer, path } = await printerOnPty();
    const t = await startTestCore({ settings: { devices: withPrinterAt(path) } });
    cleanup.push(() => t.close());

    const sale = okValue<SaleView>(await t.invoke('sale.startPix', { amountCents: 2550 }));
    okValue(await t.invoke('printer.printPixQr', { saleId: sale.id }));
    const slip = await waitFor(() => printer.receipts().find((paper) => paper.qrCodes.length > 0), 'the QR slip');
    expect(slip.qrCodes[0]?.payload).toBe(sale.pix?.copyAndPaste);
    okValue(await t.invoke('sale.cancel', { saleId: sale.id }));
    expect(errorOf(await t.invoke('printer.printPixQr', { saleId: sale.id }))).toMatchObject({ reason: 'print.no_qr' });
  });

  it('prints a refund slip once the money went back', async () => {
    const { printer, path } = await printerOnPty();
    const t = await startTestCore({ settings: { devices: withPrinterAt(path) } });
    cleanup.push(() => t.close());
    const sale = okValue<SaleView>(await t.invoke('sale.startPix', { amountCents: 3_001 }));
    await waitFor(() => printer.receipts().find((paper) => paper.text.includes(sale.pix?.txid ?? '-')), 'the sale receipt');
    okValue(await t.invoke('sale.dismiss'));
    okValue(await t.invoke('sale.refund', { saleId: sale.id, amountCents: 1_000, reason: 'Troca de produto' }));
    const slip = await waitFor(() => printer.receipts().find((paper) => paper.text.includes('Troca de produto')), 'the refund slip');
    expect(slip.text).toContain('R$ 10,00');
    expect(slip.text).toContain('R$ 30,01');
  });

  it('says a fresh install has no printer, and a sale still goes through without one', async () => {
    const t = await startTestCore();
    cleanup.push(() => t.close());
    const status = okValue<{ printer: { condition: string }; display: { condition: string } }>(await t.invoke('devices.status'));
    expect(status.printer.condition).toBe('not_configured');
    expect(status.display.condition).toBe('not_configured');
    const sale = okValue<SaleView>(await t.invoke('sale.startPix', { amountCents: 101 }));
    await waitFor(async () => okValue<SaleView>(await t.invoke('sale.get', { saleId: sale.id })).state === 'paid', 'the payment');
  });

  it('applies new device settings live and tells the windows', async () => {
    const { printer, path } = await printerOnPty();
    const display = new PoleDisplayEmulator('epson', 'cp437');
    const pair = await createSocatPair('till-display');
    cleanup.push(() => pair.close());
    const end = await attachToPty(pair.devicePath, display);
    cleanup.push(() => end.close());
    const t = await startTestCore();
    cleanup.push(() => t.close());
    const changes = recordEvents(t.core.events, 'devices.changed');

    const settings = withPrinterAt(path);
    settings.display = { ...settings.display, serial: { ...settings.display.serial, path: pair.appPath } };
    okValue(await t.invoke('settings.setDevices', settings));
    await changes.next((status) => status.printer.condition === 'ready', 'the printer to be ready');

    okValue(await t.invoke('printer.testPrint'));
    await waitFor(() => printer.receipts().length > 0 || undefined, 'the test page');
    okValue(await t.invoke('sale.startPix', { amountCents: 4321 }));
    await waitFor(() => display.lines().join('\n').includes('43,21') || undefined, 'the amount on the pole display');
    expect(display.lines()[0].length).toBeLessThanOrEqual(20);

    const refused = errorOf(await t.invoke('settings.setDevices', { ...settings, printer: { ...settings.printer, model: 'no-such-printer' } }));
    expect(refused).toMatchObject({ code: 'invalid_input', reason: 'printer.model_unknown' });
  });
});
