/**
 * The pole display (its emulator over a socat pty) follows a split payment: between tenders it shows what is
 * paid and what is left, the PIX part's own amount while its QR is on the counter, and the change at the end.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { BillView, SaleView } from '../../../src-preload/contract.ts';
import { DEFAULT_DEVICE_SETTINGS } from '../../../src-shared/device-settings.ts';
import { attachToPty } from '../../fixtures/device-links.ts';
import { PoleDisplayEmulator } from '../../fixtures/pole-display-emulator.ts';
import { createSocatPair } from '../../fixtures/socat-pair.ts';
import { okValue } from '../../support/replies.ts';
import { startTestCore } from '../../support/test-core.ts';
import { waitFor } from '../../support/wait-for.ts';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

describe('split payment on the pole display', () => {
  it('shows paid and left between the tenders', async () => {
    const display = new PoleDisplayEmulator('epson', 'cp437');
    const pair = await createSocatPair('bill-display');
    cleanup.push(() => pair.close());
    const end = await attachToPty(pair.devicePath, display);
    cleanup.push(() => end.close());
    const { display: settings } = DEFAULT_DEVICE_SETTINGS;
    const t = await startTestCore({ settings: { devices: { ...DEFAULT_DEVICE_SETTINGS, display: { ...settings, serial: { ...settings.serial, path: pair.appPath } } } } });
    cleanup.push(() => t.close());
    const lines = (first: RegExp, second: RegExp, what: string) =>
      waitFor(() => (first.test(display.lines()[0]) && second.test(display.lines()[1])) || undefined, what);

    const bill = okValue<BillView>(await t.invoke('bill.open', { totalCents: 10_000 }));
    await lines(/^Pago\s+R\$ 0,00$/, /^Falta\s+R\$ 100,00$/, 'the bill before any tender');

    okValue<SaleView>(await t.invoke('sale.startPix', { amountCents: 3_001 }));
    await lines(/^Pague com PIX$/, /^\s+R\$ 30,01$/, 'the PIX part');
    await lines(/^Pago\s+R\$ 30,01$/, /^Falta\s+R\$ 69,99$/, 'the PIX part paid by the sandbox');

    okValue(await t.invoke('sale.startCash', { amountCents: 6_999, receivedCents: 10_000 }));
    await lines(/^Pago\s+R\$ 69,99$/, /^Troco\s+R\$ 30,01$/, 'the change of the last tender');
    expect(okValue<BillView>(await t.invoke('bill.get', { billId: bill.id })).state).toBe('paid');
  });
});
