/**
 * The receipt layout vocabulary on top of the encoder: every string is transliterated to the printer's
 * code page on the way in, and the QR goes out natively or as an image as the profile says.
 */
import type ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import { transliterate } from '../transliterate.ts';
import type { MerchantHeader } from './print-documents.ts';
import { createEncoder, type PrinterProfile } from './printer-profile.ts';
import { rasterQr } from './raster-qr.ts';

export interface ReceiptWriter {
  header(merchant: MerchantHeader, notice: string): void;
  title(text: string): void;
  line(text: string): void;
  centered(text: string): void;
  /** Label on the left, value on the right; either wraps in its own column when long. */
  pair(label: string, value: string): void;
  /** Label, then the value on lines of its own: ids that would not fit beside a label. */
  block(label: string, value: string): void;
  rule(): void;
  qr(payload: string): void;
  /** Kicks the cash drawer open (ESC p on drawer pin 2). */
  pulse(): void;
  /** Cuts the paper and returns the bytes of the whole receipt. */
  finish(): Uint8Array;
}

/** GS ( k size 6: 6 dots a module, what the encoder defaults to and phones read well. */
const NATIVE_QR_SIZE = 6;

export function createReceiptWriter(profile: PrinterProfile): ReceiptWriter {
  const encoder: ReceiptPrinterEncoder = createEncoder(profile).initialize().codepage(profile.codePage);
  const text = (value: string): string => transliterate(value, profile.codePage);

  const writer: ReceiptWriter = {
    header(merchant, notice) {
      encoder.align('center').bold(true).line(text(merchant.name)).bold(false);
      for (const extra of [merchant.taxId, merchant.address, merchant.city]) {
        if (extra) encoder.line(text(extra));
      }
      encoder.line(text(notice)).align('left');
      writer.rule();
    },
    title(value) {
      encoder.align('center').bold(true).line(text(value)).bold(false).align('left');
    },
    line(value) {
      encoder.line(text(value));
    },
    centered(value) {
      encoder.align('center').line(text(value)).align('left');
    },
    pair(label, value) {
      encoder.table(
        [
          { width: 'auto', marginRight: 1 },
          { width: 'auto', align: 'right' },
        ],
        [[text(label), text(value)]],
      );
    },
    block(label, value) {
      encoder.line(text(label)).line(text(value));
    },
    rule() {
      encoder.rule({ style: 'single' });
    },
    qr(payload) {
      encoder.align('center');
      if (profile.qr === 'native') {
        encoder.qrcode(payload, { model: 2, size: NATIVE_QR_SIZE, errorlevel: 'm' });
      } else {
        const bitmap = rasterQr(payload, encoder.printableWidth);
        encoder.image(bitmap, { width: bitmap.width, height: bitmap.height, algorithm: 'threshold' });
      }
      encoder.align('left');
    },
    pulse() {
      encoder.pulse();
    },
    finish() {
      return encoder.cut(profile.cut).encode();
    },
  };
  return writer;
}
