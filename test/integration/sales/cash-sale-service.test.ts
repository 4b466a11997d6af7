/**
 * Cash with change: paid at once with no provider, the change on the pole display (over a socat pty to its
 * emulator), the drawer opened by the receipt on printers that have one (ESC p, to the printer emulator),
 * and refunds that come out of the drawer.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SaleView } from '../../../src-preload/contract.ts';
import { DEFAULT_DEVICE_SETTINGS, type DeviceSettings } from '../../../src-shared/device-settings.ts';
import { attachToPty } from '../../fixtures/device-links.ts';
import { EscPosPrinterEmulator } from '../../fixtures/escpos-printer-emulator.ts';
import { PoleDisplayEmulator } from '../../fixtures/pole-display-emulator.ts';
import { createSocatPair } from '../../fixtures/socat-pair.ts';
import { recordEvents } from '../../support/event-recorder.ts';
import { readSales } from '../../support/ledger-reader.ts';
import { errorOf, okValue } from '../../support/replies.ts';
import { startTestCore } from '../../support/test-core.ts';
import { waitFor } from '../../support/wait-for.ts';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function onPty<E extends { feed(bytes: Uint8Array): Uint8Array | void }>(name: string, emulator: E): Promise<string> {
  const pair = await createSocatPair(name);
  cleanup.push(() => pair.close());
  const end = await attachToPty(pair.devicePath, emulator);
  cleanup.push(() => end.close());
  return pair.appPath;
}

function devicesAt(printerPath: string, displayPath: string, drawer: boolean): DeviceSettings {
  const { printer, display } = DEFAULT_DEVICE_SETTINGS;
  return {
    printer: { ...printer, model: 'epson-tm-t20iii', drawer, serial: { ...printer.serial, path: printerPath, flowControl: 'none' } },
    display: { ...display, serial: { ...display.serial, path: displayPath } },
  };
}

describe('cash sales', () => {
  it('are paid at once with the change, without a word to any provider', async () => {
    const t = await startTestCore();
    const changes = recordEvents(t.core.events, 'sale.changed');

    const sale = okValue<SaleView>(await t.invoke('sale.startCash', { amountCents: 3790, receivedCents: 5000 }));

    expect(sale).toMatchObject({ method: 'cash', state: 'paid', amountCents: 3790, cash: { receivedCents: 5000, changeCents: 1210 } });
    expect(changes.seen.at(-1)).toMatchObject({ id: sale.id, state: 'paid', cash: { changeCents: 1210 } });
    expect(t.sim.stats().requests).toEqual({});
    const [row] = readSales(t.dataDir);
    expect(row).toMatchObject({ method: 'cash', state: 'paid', provider_id: '', cash_json: JSON.stringify({ receivedCents: 5000, changeCents: 1210 }) });
  });

  it('refuses less money than the amount, and keeps no sale', async () => {
    const t = await startTestCore();

    expect(errorOf(await t.invoke('sale.startCash', { amountCents: 3790, receivedCents: 3789 }))).toMatchObject({
      code: 'invalid_input',
      reason: 'cash.not_enough',
      field: 'receivedCents',
    });
    expect(readSales(t.dataDir)).toEqual([]);
    expect(okValue(await t.invoke('sale.current'))).toBeNull();
  });

  it('opens the drawer with the receipt on a printer that has one, shows the change on the pole display, and never opens it for a copy', async () => {
    const printer = new EscPosPrinterEmulator();
    const display = new PoleDisplayEmulator('epson', 'cp437');
    const devices = devicesAt(await onPty('cash-printer', printer), await onPty('cash-display', display), true);
    const t = await startTestCore({ settings: { devices } });
    cleanup.push(() => t.close());

    const sale = okValue<SaleView>(await t.invoke('sale.startCash', { amountCents: 2550, receivedCents: 5000 }));

    const receipt = await waitFor(() => printer.receipts().find((paper) => paper.text.includes('Troco')), 'the cash receipt');
    expect(receipt.text).toMatch(/Dinheiro/);
    expect(receipt.text).toMatch(/Recebido\s+R\$ 50,00/);
    expect(receipt.text).toMatch(/Troco\s+R\$ 24,50/);
    expect(printer.drawerPulses).toEqual([0]);
    await waitFor(() => display.lines()[1].includes('24,50') || undefined, 'the change on the pole display');
    expect(display.lines()).toEqual([expect.stringMatching(/^Pago\s+R\$ 25,50$/), expect.stringMatching(/^Troco\s+R\$ 24,50$/)]);

    okValue(await t.invoke('printer.reprintSale', { saleId: sale.id }));
    await waitFor(() => printer.receipts().length >= 2 || undefined, 'the copy');
    expect(printer.drawerPulses).toEqual([0]);
  });

  it('leaves the drawer alone on a printer without one', async () => {
    const printer = new EscPosPrinterEmulator();
    const display = new PoleDisplayEmulator('epson', 'cp437');
    const t = await startTestCore({ settings: { devices: devicesAt(await onPty('plain-printer', printer), await onPty('plain-display', display), false) } });
    cleanup.push(() => t.close());

    okValue(await t.invoke('sale.startCash', { amountCents: 1000, receivedCents: 2000 }));

    await waitFor(() => printer.receipts().find((paper) => paper.text.includes('Troco')), 'the cash receipt');
    expect(printer.drawerPulses).toEqual([]);
  });

  it('refunds a cash sale from the drawer at once, with a manager', async () => {
    const t = await startTestCore();
    const sale = okValue<SaleView>(await t.invoke('sale.startCash', { amountCents: 2000, receivedCents: 2000 }));
    okValue(await t.invoke('sale.dismiss'));

    const refunded = okValue<SaleView>(await t.invoke('sale.refund', { saleId: sale.id, amountCents: 750, reason: 'Produto trocado' }));

    expect(refunded.refunds).toEqual([expect.objectContaining({ amountCents: 750, state: 'completed', reason: 'Produto trocado' })]);
    expect(t.sim.stats().requests).toEqual({});
  });
});
