/**
 * The printer models offered in Settings: the receipt encoder's own model list, limited to the ESC/POS
 * ones (status by DLE EOT and our emulator speak ESC/POS; Star printers do not), plus "generic" for the
 * many Brazilian ESC/POS printers the list lacks (Elgin, Bematech, Daruma, Tanca).
 */
import ReceiptPrinterEncoder, { type ReceiptPrinterEncoderOptions } from '@point-of-sale/receipt-printer-encoder';

export type EncoderModelId = NonNullable<ReceiptPrinterEncoderOptions['printerModel']>;
export type PrinterModelId = 'generic' | EncoderModelId;

/** Code pages with Portuguese letters first; cp437 is the last resort every ESC/POS printer has. */
export const PRINTER_CODE_PAGES = ['cp860', 'cp850', 'cp858', 'cp437'] as const;
export type PrinterCodePage = (typeof PRINTER_CODE_PAGES)[number];

export interface PrinterModelInfo {
  id: PrinterModelId;
  name: string;
  /** Prints QR codes itself (GS ( k, model 2); otherwise the QR goes out as a raster image. */
  nativeQr: boolean;
  /** Characters per line in font A, the paper width the model was made for. */
  columns: number;
  codePages: PrinterCodePage[];
}

let models: PrinterModelInfo[] | undefined;

export function listPrinterModels(): PrinterModelInfo[] {
  models ??= [
    describe('generic', 'Generic ESC/POS'),
    ...ReceiptPrinterEncoder.printerModels.flatMap(({ id, name }) => {
      const info = describe(id as EncoderModelId, name);
      return info ? [info] : [];
    }),
  ].filter((info): info is PrinterModelInfo => info !== undefined);
  return models;
}

export function printerModelInfo(id: string): PrinterModelInfo | undefined {
  return listPrinterModels().find((model) => model.id === id);
}

export function encoderModelOption(id: PrinterModelId): Pick<ReceiptPrinterEncoderOptions, 'printerModel' | 'language'> {
  return id === 'generic' ? { language: 'esc-pos' } : { printerModel: id };
}

function describe(id: PrinterModelId, name: string): PrinterModelInfo | undefined {
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
