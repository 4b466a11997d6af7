/**
 * The `qrCodeBase64` a sandbox reply carries: the QR of a BR Code as a 1-bit PNG, drawn on every
 * request and never kept. Its image data goes in stored (uncompressed) deflate blocks: each zlib
 * stream Node opens costs native memory that glibc does not hand back, so compressing thousands of
 * QRs grew the sandbox's RSS by kilobytes per charge. A few KB more per reply cost nothing on loopback.
 */
import { crc32 } from 'node:zlib';
import { qrModules } from '../../src-shared/qr-modules.ts';

const SCALE = 4;
const MARGIN = 1;
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const STORED_BLOCK = 0xffff;

function chunk(type: string, data: Buffer): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const framed = Buffer.alloc(12 + data.length);
  framed.writeUInt32BE(data.length, 0);
  typed.copy(framed, 4);
  framed.writeUInt32BE(crc32(typed), 8 + data.length);
  return framed;
}

/** A zlib stream (RFC 1950) of stored deflate blocks (RFC 1951 §3.2.4). */
function storedZlib(data: Buffer): Buffer {
  const parts: Buffer[] = [Buffer.from([0x78, 0x01])];
  for (let at = 0; at < data.length; at += STORED_BLOCK) {
    const block = data.subarray(at, at + STORED_BLOCK);
    const header = Buffer.alloc(5);
    header[0] = at + STORED_BLOCK >= data.length ? 1 : 0;
    header.writeUInt16LE(block.length, 1);
    header.writeUInt16LE(~block.length & 0xffff, 3);
    parts.push(header, block);
  }
  let a = 1;
  let b = 0;
  for (const byte of data) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(((b << 16) | a) >>> 0);
  return Buffer.concat([...parts, adler]);
}

export function qrPngBase64(text: string): string {
  const modules = qrModules(text);
  const side = (modules.size + 2 * MARGIN) * SCALE;
  const rowBytes = 1 + Math.ceil(side / 8);
  // Filter byte 0 then one bit per pixel, 1 = white: start all white, clear the dark modules.
  const pixels = Buffer.alloc(rowBytes * side, 0xff);
  for (let y = 0; y < side; y++) {
    pixels.writeUInt8(0, y * rowBytes);
    const row = Math.floor(y / SCALE) - MARGIN;
    for (let x = 0; x < side; x++) {
      const column = Math.floor(x / SCALE) - MARGIN;
      const inside = row >= 0 && column >= 0 && row < modules.size && column < modules.size;
      const at = y * rowBytes + 1 + (x >> 3);
      if (inside && modules.get(row, column)) pixels.writeUInt8(pixels.readUInt8(at) & ~(0x80 >> (x & 7)) & 0xff, at);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // greyscale
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', storedZlib(pixels)), chunk('IEND', Buffer.alloc(0))]).toString('base64');
}
