/** The printer service over a real pty pair (socat) with the real serialport bindings. */
import { afterEach, describe, expect, it } from 'vitest';
import type { PrinterService } from '../../../../src-main/devices/printer/printer-service.ts';
import type { PrinterSettings } from '../../../../src-shared/device-settings.ts';
import { attachToPty, type DeviceEnd } from '../../../fixtures/device-links.ts';
import { EscPosPrinterEmulator, type Receipt } from '../../../fixtures/escpos-printer-emulator.ts';
import { jobById, startPrinter, tempLedgerDir } from '../../../fixtures/printer-rig.ts';
import { decodeQrMatrix, imageToMatrix } from '../../../fixtures/qr-decoder.ts';
import {
  cardSaleReceipt,
  MERCHANT,
  PIX_COPY_AND_PASTE,
  pixChargeSlip,
  pixSaleReceipt,
  refundSlip,
  SALE_ID,
  TXID,
} from '../../../fixtures/receipt-samples.ts';
import { createSocatPair, type SocatPair } from '../../../fixtures/socat-pair.ts';
import { waitFor } from '../../../support/wait-for.ts';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function rig(settings: Partial<PrinterSettings> = {}): Promise<{ service: PrinterService; printer: EscPosPrinterEmulator; pair: SocatPair; end: DeviceEnd }> {
  const pair = await createSocatPair('printer');
  cleanup.push(() => pair.close());
  const printer = new EscPosPrinterEmulator();
  const end = await attachToPty(pair.devicePath, printer);
  cleanup.push(() => end.close());
  const ledger = tempLedgerDir();
  cleanup.push(() => ledger.remove());
  const service = startPrinter({ dataDir: ledger.dir, path: pair.appPath, settings });
  cleanup.push(() => service.close());
  return { service, printer, pair, end };
}

function receiptsCut(printer: EscPosPrinterEmulator, count: number): Receipt[] | undefined {
  const receipts = printer.receipts();
  return receipts.length >= count ? receipts : undefined;
}

describe('receipt printer over a pty pair', () => {
  it('prints a PIX charge whose native QR holds the exact copy-and-paste code', async () => {
    const { service, printer } = await rig({ model: 'epson-tm-t20iii' });
    const job = service.print(pixChargeSlip());
    expect(job.state).toBe('pending');

    const [receipt] = await waitFor(() => receiptsCut(printer, 1), 'the receipt to be cut');
    expect(receipt?.qrCodes.map((qr) => qr.payload)).toEqual([PIX_COPY_AND_PASTE]);
    expect(receipt?.text).toContain('R$ 12,01');
    expect(receipt?.text).toContain('PAGAMENTO COM PIX');
    expect(receipt?.text).toContain(TXID);
    expect(receipt?.text).toContain('Padaria São João');
    expect(receipt?.text).toContain('Transação (txid)');
    expect(printer.unknown).toEqual([]);

    const done = await waitFor(() => (jobById(service, job.id)?.state === 'done' ? jobById(service, job.id) : undefined), 'the journal to say done');
    expect(done.attempts).toBe(1);
    expect(done.status).toMatchObject({ offline: false, paperOut: false });
    expect(service.status()).toMatchObject({ condition: 'ready', pendingJobs: 0, nativeQr: true });
  });

  it('draws the QR as a raster image on a model without native QR, and it scans to the payload', async () => {
    const { service, printer } = await rig({ model: 'epson-tm-t88iii' });
    service.print(pixChargeSlip());
    const [receipt] = await waitFor(() => receiptsCut(printer, 1), 'the receipt to be cut');
    expect(receipt?.qrCodes).toEqual([]);
    expect(receipt?.images).toHaveLength(1);
    expect(decodeQrMatrix(imageToMatrix(receipt?.images[0] as NonNullable<Receipt['images'][0]>))).toBe(PIX_COPY_AND_PASTE);
    expect(service.status().nativeQr).toBe(false);
  });

  it('prints jobs in the order they were given', async () => {
    const { service, printer } = await rig();
    service.print(cardSaleReceipt());
    service.print(refundSlip());
    service.print(pixSaleReceipt());
    const receipts = await waitFor(() => receiptsCut(printer, 3), 'three receipts');
    expect(receipts[0]?.text).toMatch(/Parcelas\s+3x/);
    expect(receipts[0]?.text).toMatch(/Bandeira\s+Mastercard/);
    expect(receipts[0]?.text).toMatch(/Cartão\s+\*\*\*\* 4242/);
    expect(receipts[1]?.text).toContain('COMPROVANTE DE ESTORNO');
    expect(receipts[2]?.text).toContain('E12345678202511211704abcdEFGH123');
  });

  it("reprints a sale's receipt as a copy", async () => {
    const { service, printer } = await rig();
    service.print(pixSaleReceipt());
    await waitFor(() => receiptsCut(printer, 1), 'the first receipt');
    const copy = service.reprintSale(SALE_ID);
    const receipts = await waitFor(() => receiptsCut(printer, 2), 'the copy');
    expect(receipts[0]?.text).not.toContain('2ª VIA');
    expect(receipts[1]?.text).toContain('2ª VIA');
    expect(receipts[1]?.text).toContain(TXID);
    expect(copy.saleId).toBe(SALE_ID);
    expect(() => service.reprintSale('00000000-0000-4000-8000-000000000000')).toThrow(/no receipt/);
  });

  it('prints a test page', async () => {
    const { service, printer } = await rig({ model: 'epson-tm-t20iii' });
    service.testPrint({ merchant: MERCHANT, language: 'pt-BR' });
    const [page] = await waitFor(() => receiptsCut(printer, 1), 'the test page');
    expect(page?.text).toContain('PÁGINA DE TESTE');
    expect(page?.qrCodes.map((qr) => qr.payload)).toEqual(['PDV']);
  });
});
