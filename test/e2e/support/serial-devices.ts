/**
 * A receipt printer and a pole display on the far ends of socat pty pairs, as a shop plugs them in; each
 * spec that uses them closes them after every test.
 */
import { test } from '@playwright/test';
import { attachToPty, type Emulator } from '../../fixtures/device-links.ts';
import { EscPosPrinterEmulator } from '../../fixtures/escpos-printer-emulator.ts';
import { PoleDisplayEmulator } from '../../fixtures/pole-display-emulator.ts';
import { createSocatPair } from '../../fixtures/socat-pair.ts';

export interface SerialDevice<T> {
  device: T;
  /** The port path the till is given in Settings → Dispositivos. */
  path: string;
}

/** Receipts as read on paper, accents dropped (the printer's code page has them as other bytes). */
export const printedText = (printer: EscPosPrinterEmulator): string =>
  printer
    .receipts(true)
    .map((receipt) => receipt.text)
    .join('\n')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

export function useSerialDevices() {
  const cleanup: (() => Promise<void>)[] = [];
  test.afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  async function attach<T extends Emulator>(name: string, device: T): Promise<SerialDevice<T>> {
    const pair = await createSocatPair(name);
    cleanup.push(() => pair.close());
    const end = await attachToPty(pair.devicePath, device);
    cleanup.push(() => end.close());
    return { device, path: pair.appPath };
  }

  return {
    printer: () => attach('printer', new EscPosPrinterEmulator()),
    poleDisplay: () => attach('display', new PoleDisplayEmulator('epson', 'cp437')),
  };
}
