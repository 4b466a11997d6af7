/**
 * The printer models offered in Settings: the receipt encoder's own model list, limited to the ESC/POS
 * ones (status by DLE EOT and our emulator speak ESC/POS; Star printers do not), plus "generic" for the
 * many Brazilian ESC/POS printers the list lacks (Elgin, Bematech, Daruma, Tanca).
 */
import ReceiptPrinterEncoder, { type ReceiptPrinterEncoderOptions } from '@point-of-sale/receipt-printer-encoder';
import { PRINTER_CODE_PAGES, type PrinterCodePage } from '../../../src-shared/device-settings.ts';
import type { PrinterModelInfo } from '../../../src-preload/device-views.ts';
import { invalidInput } from '../../core/errors.ts';

export type EncoderModelId = NonNullable<ReceiptPrinterEncoderOptions['printerModel']>;
export type PrinterModelId = 'generic' | EncoderModelId;


/** A model main can drive: the contract's view, with the encoder's own model id. */
export interface PrinterModel extends PrinterModelInfo {
  id: PrinterModelId;
}

let models: PrinterModel[] | undefined;

export function listPrinterModels(): PrinterModel[] {
  models ??= [
    describe('generic', 'Generic ESC/POS'),
    ...ReceiptPrinterEncoder.printerModels.flatMap(({ id, name }) => {
      const info = describe(id as EncoderModelId, name);
      return info ? [info] : [];
    }),
  ].filter((info): info is PrinterModel => info !== undefined);
  return models;
}

export function printerModelInfo(id: string): PrinterModel | undefined {
  return listPrinterModels().find((model) => model.id === id);
}

export function encoderModelOption(id: PrinterModelId): Pick<ReceiptPrinterEncoderOptions, 'printerModel' | 'language'> {
  return id === 'generic' ? { language: 'esc-pos' } : { printerModel: id };
}

function describe(id: PrinterModelId, name: string): PrinterModel | undefined {
  const encoder = new ReceiptPrinterEncoder(encoderModelOption(id));
  if (encoder.language !== 'esc-pos') return undefined;
  return {
    id,
    name,
    nativeQr: supportsQrModel2(encoder.printerCapabilities),
    columns: encoder.columns,
    codePages: PRINTER_CODE_PAGES.filter((codePage) => hasCodePage(encoder, codePage)),
  };
}

function supportsQrModel2(capabilities: object): boolean {
  const qrcode: unknown = Reflect.get(capabilities, 'qrcode');
  if (typeof qrcode !== 'object' || qrcode === null) return false;
  const models: unknown = Reflect.get(qrcode, 'models');
  return Reflect.get(qrcode, 'supported') === true && Array.isArray(models) && models.includes('2');
}

function hasCodePage(encoder: ReceiptPrinterEncoder, codePage: PrinterCodePage): boolean {
  try {
    encoder.codepage(codePage);
    return true;
  } catch {
    return false;
  }
}

/** The schema only knows a model is a short string; the encoder's list says whether we can drive it. */
export function assertKnownPrinterModel(model: string): void {
  if (printerModelInfo(model) === undefined) {
    throw invalidInput('printer.model_unknown', 'Unknown printer model', 'printer.model');
  }
}
