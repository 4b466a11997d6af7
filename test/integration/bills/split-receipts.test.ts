/**
 * The receipts of a real bill's tenders, read off a printer emulator over a socat pty pair: each part says it is
 * part of a split payment, the bill total and what was left after it; the part that closed the bill says so, and
 * a copy printed later counts the parts that paid the bill.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SaleView } from '../../../src-preload/contract.ts';
import { DEFAULT_DEVICE_SETTINGS, type DeviceSettings } from '../../../src-shared/device-settings.ts';
import { attachToPty } from '../../fixtures/device-links.ts';
import { EscPosPrinterEmulator, type Receipt } from '../../fixtures/escpos-printer-emulator.ts';
import { createSocatPair } from '../../fixtures/socat-pair.ts';
import { billOf, pixPartPaidBySandbox, tillWithBill } from '../../support/bill-rig.ts';
import { okValue } from '../../support/replies.ts';
import { waitFor } from '../../support/wait-for.ts';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function printerOnPty(printer: EscPosPrinterEmulator): Promise<DeviceSettings> {
  const pair = await createSocatPair('bill-printer');
  cleanup.push(() => pair.close());
  const end = await attachToPty(pair.devicePath, printer);
  cleanup.push(() => end.close());
  const { printer: settings, display } = DEFAULT_DEVICE_SETTINGS;
  return { printer: { ...settings, model: 'epson-tm-t20iii', serial: { ...settings.serial, path: pair.appPath, flowControl: 'none' } }, display };
}

const paperWith = (printer: EscPosPrinterEmulator, text: string, count = 1): Promise<Receipt> =>
  waitFor(() => printer.receipts().filter((paper) => paper.text.includes(text))[count - 1], `a receipt with "${text}"`);

describe('receipts of a split payment', () => {
  it('say which part each tender is, the bill total and what is left, and the copy of a part counts the parts', async () => {
    const printer = new EscPosPrinterEmulator();
    const { t, bill } = await tillWithBill(5_000, { settings: { devices: await printerOnPty(printer) } });
    cleanup.push(() => t.close());

    const pix = await pixPartPaidBySandbox(t, bill.id, 2_001);
    const first = await paperWith(printer, 'Transação (txid)');
    expect(first.text).toMatch(/Valor\s+R\$ 20,01/);
    expect(first.text).toMatch(/Pagamento dividido\s+parte 1/);
    expect(first.text).toMatch(/Total da conta\s+R\$ 50,00/);
    expect(first.text).toMatch(/Falta pagar\s+R\$ 29,99/);

    okValue<SaleView>(await t.invoke('sale.startCash', { amountCents: 2_999, receivedCents: 3_000 }));
    expect(await billOf(t, bill.id)).toMatchObject({ state: 'paid' });
    const last = await paperWith(printer, 'Troco');
    expect(last.text).toMatch(/Valor\s+R\$ 29,99/);
    expect(last.text).toMatch(/Pagamento dividido\s+2\/2/);
    expect(last.text).toContain('Conta paga');
    expect(last.text).not.toContain('Falta pagar');

    // A sale paid at once, after the bill, prints no split.
    okValue(await t.invoke('sale.dismiss'));
    okValue(await t.invoke('sale.startCash', { amountCents: 700, receivedCents: 1_000 }));
    const alone = await paperWith(printer, 'R$ 7,00');
    expect(alone.text).not.toContain('Pagamento dividido');

    okValue(await t.invoke('printer.reprintSale', { saleId: pix.id }));
    const copy = await paperWith(printer, '2ª VIA');
    expect(copy.text).toContain(pix.pix?.txid ?? 'no txid');
    expect(copy.text).toMatch(/Pagamento dividido\s+1\/2/);
    expect(copy.text).toMatch(/Falta pagar\s+R\$ 29,99/);
  });
});
