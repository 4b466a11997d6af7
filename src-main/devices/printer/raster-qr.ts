/**
 * A QR code as a bitmap, for printers that cannot draw one themselves. The `qrcode` package makes the
 * module matrix; each module becomes a square of dots with the standard 4-module quiet zone.
 */
import { qrModules } from '../../../src-shared/qr-modules.ts';

export interface QrBitmap {
  width: number;
  height: number;
  /** RGBA, as the encoder's image() takes it: black modules on white. */
  data: Uint8ClampedArray;
}

/** 5 dots a module: about 0.6 mm at 203 dpi, what phone cameras read easily off thermal paper. */
const RASTER_MODULE_DOTS = 5;
const QUIET_ZONE_MODULES = 4;

export function rasterQr(payload: string, maxWidthDots: number): QrBitmap {
  const modules = qrModules(payload);
  const span = modules.size + 2 * QUIET_ZONE_MODULES;
  const scale = Math.max(1, Math.min(RASTER_MODULE_DOTS, Math.floor(maxWidthDots / span)));
  // A side that is already a multiple of 8 spares the encoder a resize, which would blur the modules.
  const side = Math.ceil((span * scale) / 8) * 8;
  const offset = Math.floor((side - modules.size * scale) / 2);
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      for (let y = 0; y < scale; y++) {
        const start = ((offset + row * scale + y) * side + offset + col * scale) * 4;
        for (let x = 0; x < scale; x++) data.fill(0, start + x * 4, start + x * 4 + 3);
      }
    }
  }
  return { width: side, height: side, data };
}
