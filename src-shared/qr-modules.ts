/**
 * The module matrix of a QR code, for every place that draws one (the cashier and customer screens, the
 * receipt printer, the sandbox's PNG). A PIX payload is plain ASCII, so it goes in one byte-mode segment:
 * left to itself, `qrcode` searches every mix of segment modes with a shortest-path search that costs
 * tens of milliseconds per BR Code, to save a few modules at best.
 */
import QRCode from 'qrcode';

export type QrModules = ReturnType<typeof QRCode.create>['modules'];

export function qrModules(text: string): QrModules {
  return QRCode.create([{ data: new TextEncoder().encode(text), mode: 'byte' }], { errorCorrectionLevel: 'M' }).modules;
}
