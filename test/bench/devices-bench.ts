/**
 * What a receipt costs on the serial line: bytes per PIX receipt with the QR printed natively (GS ( k)
 * against the same QR sent as an image, and the wire time at common baud rates (10 bits a byte: start,
 * 8 data, stop). Pty pairs ignore the baud rate, so the wire time is computed, not measured.
 */
import { DEFAULT_PRINTER_SETTINGS, type PrinterSettings } from '../../src-shared/device-settings.ts';
import type { PrintDocument } from '../../src-main/devices/printer/print-documents.ts';
import { printerProfile, type PrinterProfile } from '../../src-main/devices/printer/printer-profile.ts';
import { buildReceipt } from '../../src-main/devices/printer/receipt-builder.ts';
import { createReceiptWriter } from '../../src-main/devices/printer/receipt-writer.ts';
import { cardSaleReceipt, dayReport, PIX_COPY_AND_PASTE, pixChargeSlip, refundSlip } from '../fixtures/receipt-samples.ts';
import { percentile, type BenchTable } from './table.ts';

const BAUD_RATES = [9600, 19200, 115200] as const;
const BUILDS = 50;
const OPTIONS = { timeZone: 'America/Sao_Paulo' };

const CONFIGURATIONS: { label: string; settings: Partial<PrinterSettings> }[] = [
  { label: 'Native QR, GS ( k (Epson TM-T20III)', settings: { model: 'epson-tm-t20iii' } },
  { label: 'Raster QR, ESC * columns (Epson TM-T88III)', settings: { model: 'epson-tm-t88iii' } },
  { label: 'Raster QR, GS v 0 (POS-8360, QR as image)', settings: { model: 'pos-8360', qrCode: 'raster', columns: 42 } },
];

const seconds = (bytes: number, baud: number): string => ((bytes * 10) / baud).toFixed(2);

function qrBytes(profile: PrinterProfile): number {
  const empty = createReceiptWriter(profile).finish().length;
  const withQr = createReceiptWriter(profile);
  withQr.qr(PIX_COPY_AND_PASTE);
  return withQr.finish().length - empty;
}

function medianBuildMs(document: PrintDocument, profile: PrinterProfile): string {
  const samples: number[] = [];
  for (let run = 0; run < BUILDS; run++) {
    const started = performance.now();
    buildReceipt(document, profile, OPTIONS);
    samples.push(performance.now() - started);
  }
  return percentile(samples, 50).toFixed(2);
}

export async function runDevicesBench(): Promise<BenchTable[]> {
  const pixRows = CONFIGURATIONS.map(({ label, settings }) => {
    const profile = printerProfile({ ...DEFAULT_PRINTER_SETTINGS, ...settings });
    const bytes = buildReceipt(pixChargeSlip(), profile, OPTIONS).length;
    return [label, bytes, qrBytes(profile), ...BAUD_RATES.map((baud) => seconds(bytes, baud)), medianBuildMs(pixChargeSlip(), profile)];
  });

  const nativeProfile = printerProfile({ ...DEFAULT_PRINTER_SETTINGS, model: 'epson-tm-t20iii' });
  const otherRows = [
    ['Card sale receipt', cardSaleReceipt()],
    ['Refund slip', refundSlip()],
    ['Day report', dayReport()],
  ].map(([label, document]) => {
    const bytes = buildReceipt(document as PrintDocument, nativeProfile, OPTIONS).length;
    return [label as string, bytes, ...BAUD_RATES.map((baud) => seconds(bytes, baud))];
  });

  return [
    {
      title: `PIX receipt with QR (${PIX_COPY_AND_PASTE.length}-character code): bytes and wire time in seconds, native vs raster QR`,
      columns: ['QR as', 'Receipt bytes', 'QR bytes', ...BAUD_RATES.map((baud) => `${baud} baud (s)`), 'Build (ms, median)'],
      rows: pixRows,
    },
    {
      title: 'Other documents on an Epson TM-T20III (42 columns): bytes and wire time in seconds',
      columns: ['Document', 'Bytes', ...BAUD_RATES.map((baud) => `${baud} baud (s)`)],
      rows: otherRows,
    },
  ];
}
