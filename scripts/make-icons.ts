/**
 * Draws the app icon (a till screen showing a QR code) as SVG, PNG (512 and 256 px) and ICO into
 * resources/, with no image library: the same few rectangles go to the SVG and to a supersampled raster.
 * Run `node scripts/make-icons.ts` after changing the shapes; the outputs are committed.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
  r: number;
  color: [number, number, number];
}

const BACKGROUND: [number, number, number] = [15, 23, 42];
const TEAL: [number, number, number] = [45, 212, 191];
const WHITE: [number, number, number] = [248, 250, 252];

/** On a 64-unit canvas. Later shapes paint over earlier ones. */
function finder(x: number, y: number): Rect[] {
  return [
    { x, y, w: 10, h: 10, r: 1, color: BACKGROUND },
    { x: x + 2, y: y + 2, w: 6, h: 6, r: 0.5, color: WHITE },
    { x: x + 3.5, y: y + 3.5, w: 3, h: 3, r: 0.3, color: BACKGROUND },
  ];
}
const SHAPES: Rect[] = [
  { x: 0, y: 0, w: 64, h: 64, r: 14, color: BACKGROUND },
  { x: 10, y: 10, w: 44, h: 44, r: 6, color: TEAL },
  { x: 14, y: 14, w: 36, h: 36, r: 3, color: WHITE },
  ...finder(17, 17),
  ...finder(37, 17),
  ...finder(17, 37),
  { x: 38, y: 38, w: 3, h: 3, r: 0, color: BACKGROUND },
  { x: 43, y: 43, w: 4, h: 4, r: 0, color: BACKGROUND },
  { x: 30, y: 30, w: 4, h: 4, r: 0, color: BACKGROUND },
  { x: 43, y: 35, w: 3, h: 3, r: 0, color: BACKGROUND },
];

function inside(rect: Rect, px: number, py: number): boolean {
  const dx = Math.max(rect.x + rect.r - px, 0, px - (rect.x + rect.w - rect.r));
  const dy = Math.max(rect.y + rect.r - py, 0, py - (rect.y + rect.h - rect.r));
  return dx * dx + dy * dy <= rect.r * rect.r;
}

/** RGBA pixels, 4x4 supersampled; outside every shape is transparent. */
function raster(size: number): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  const samples = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const px = ((x + (sx + 0.5) / samples) * 64) / size;
          const py = ((y + (sy + 0.5) / samples) * 64) / size;
          const top = SHAPES.findLast((rect) => inside(rect, px, py));
          if (!top) continue;
          sum[0] = (sum[0] ?? 0) + top.color[0];
          sum[1] = (sum[1] ?? 0) + top.color[1];
          sum[2] = (sum[2] ?? 0) + top.color[2];
          sum[3] = (sum[3] ?? 0) + 255;
        }
      }
      const covered = (sum[3] ?? 0) / 255;
      const at = (y * size + x) * 4;
      for (let channel = 0; channel < 3; channel++) pixels[at + channel] = covered ? Math.round((sum[channel] ?? 0) / covered) : 0;
      pixels[at + 3] = Math.round((sum[3] ?? 0) / (samples * samples));
    }
  }
  return pixels;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'latin1'), data])));
  return Buffer.concat([length, Buffer.from(type, 'latin1'), data, crc]);
}

function png(size: number): Buffer {
  const pixels = raster(size);
  const rows = Buffer.concat(
    Array.from({ length: size }, (_, y) => Buffer.concat([Buffer.from([0]), pixels.subarray(y * size * 4, (y + 1) * size * 4)])),
  );
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** An ICO whose entries are PNGs (Windows Vista and later). */
function ico(sizes: number[]): Buffer {
  const images = sizes.map(png);
  const header = Buffer.from([0, 0, 1, 0, sizes.length, 0]);
  let offset = 6 + 16 * sizes.length;
  const entries = sizes.map((size, index) => {
    const entry = Buffer.alloc(16);
    entry.set([size >= 256 ? 0 : size, size >= 256 ? 0 : size, 0, 0], 0);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(images[index]?.length ?? 0, 8);
    entry.writeUInt32LE(offset, 12);
    offset += images[index]?.length ?? 0;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images]);
}

function svg(): string {
  const hex = ([r, g, b]: [number, number, number]) => `#${[r, g, b].map((value) => value.toString(16).padStart(2, '0')).join('')}`;
  const rects = SHAPES.map((s) => `  <rect x="${s.x}" y="${s.y}" width="${s.w}" height="${s.h}" rx="${s.r}" fill="${hex(s.color)}"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="512" height="512">\n${rects.join('\n')}\n</svg>\n`;
}

const out = resolve(import.meta.dirname, '..', 'resources');
writeFileSync(join(out, 'icon.svg'), svg());
writeFileSync(join(out, 'icon.png'), png(512));
writeFileSync(join(out, 'icon-256.png'), png(256));
writeFileSync(join(out, 'icon.ico'), ico([16, 32, 48, 256]));
