import { describe, expect, it } from 'vitest';
import { qrPath } from '../../../../src-renderer/src/lib/qr-path.ts';
import { qrModules } from '../../../../src-shared/qr-modules.ts';

const PAYLOAD =
  '00020101021226830014br.gov.bcb.pix2561qrcodes.example.com/v2/cobv/9d36b84fc70b478fb95c12729b90ca255204000053039865406123.455802BR5913LOJA EXEMPLO6009SAO PAULO62070503***63041D3A';

/** Reads the path back into the set of dark cells it paints. */
function paintedCells(d: string): Set<string> {
  const cells = new Set<string>();
  for (const [, x, y, width] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    for (let i = 0; i < Number(width); i++) cells.add(`${Number(x) + i},${y}`);
  }
  return cells;
}

describe('qrPath', () => {
  it('paints exactly the dark modules of the QR code, inside a four-module quiet zone', () => {
    const modules = qrModules(PAYLOAD);
    const { size, d } = qrPath(PAYLOAD);
    expect(size).toBe(modules.size + 8);

    const expected = new Set<string>();
    for (let row = 0; row < modules.size; row++) {
      for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) expected.add(`${col + 4},${row + 4}`);
    }
    expect(paintedCells(d)).toEqual(expected);
  });

  it('is made only of row runs, one per stretch of dark modules', () => {
    const { d } = qrPath(PAYLOAD);
    expect(d.replace(/M\d+ \d+h(\d+)v1h-\1z/g, '')).toBe('');
    // The finder pattern's top edge is one run of seven modules.
    expect(d.startsWith('M4 4h7v1h-7z')).toBe(true);
  });

  it('changes with the payload', () => {
    expect(qrPath(PAYLOAD).d).not.toBe(qrPath(PAYLOAD.replace('123.45', '123.46')).d);
  });
});
