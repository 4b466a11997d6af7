/**
 * A QR code as one SVG path, encoded here in the renderer: the PIX payload never leaves the machine
 * to be drawn, and the SVG stays crisp at any size, from the cashier's panel to a 1080p customer display.
 */
import { qrModules } from '../../../src-shared/qr-modules.ts';

export interface QrPath {
  /** Width and height in modules, quiet zone included. */
  size: number;
  d: string;
}

/** The four-module quiet zone the QR specification asks for, so phone cameras lock on quickly. */
const QUIET_ZONE = 4;

export function qrPath(text: string): QrPath {
  const modules = qrModules(text);
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      parts.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h-${col - start}z`);
    }
  }
  return { size: modules.size + 2 * QUIET_ZONE, d: parts.join('') };
}
