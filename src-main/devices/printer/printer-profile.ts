/**
 * Printer settings resolved against what the model can do: the code page falls back to one the model
 * has (text is then transliterated to it), and the QR goes out natively only where the model prints QR.
 */
import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import type { PrinterSettings, SerialSettings } from '../../../src-shared/device-settings.ts';
import type { PrinterCodePage } from '../../../src-shared/device-settings.ts';
import { encoderModelOption, printerModelInfo, type PrinterModel } from './printer-models.ts';

export interface PrinterProfile {
  model: PrinterModel;
  columns: number;
  codePage: PrinterCodePage;
  qr: 'native' | 'raster';
  cut: 'full' | 'partial';
  serial: SerialSettings;
  /** A cash drawer hangs on the printer. */
  drawer: boolean;
}

export function printerProfile(settings: PrinterSettings): PrinterProfile {
  const model = printerModelInfo(settings.model) ?? printerModelInfo('generic');
  if (!model) throw new Error('The generic printer model is missing');
  return {
    model,
    columns: settings.columns,
    codePage: model.codePages.includes(settings.codePage) ? settings.codePage : (model.codePages[0] ?? 'cp437'),
    qr: settings.qrCode === 'auto' && model.nativeQr ? 'native' : 'raster',
    cut: settings.cut,
    serial: settings.serial,
    drawer: settings.drawer,
  };
}

/** Strict errors: a command the model lacks must fail the render, not vanish from the paper. */
export function createEncoder(profile: PrinterProfile): ReceiptPrinterEncoder {
  return new ReceiptPrinterEncoder({ ...encoderModelOption(profile.model.id), columns: profile.columns, errors: 'strict' });
}
