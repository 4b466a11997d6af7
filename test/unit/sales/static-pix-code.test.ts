/**
 * The offline PIX code as a payer's bank would read it: an EMV TLV and CRC-16/CCITT-FALSE reader written
 * here from the BCB rules (not the module under test), proven first on the BCB manual's own example, and
 * the QR layer read back by zbarimg from a PNG that the `qrcode` package drew.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { buildStaticPixCode, staticTxid } from '../../../src-main/sales/static-pix-code.ts';
import { makeTempDir } from '../../support/temp-dir.ts';

/** The static example of BCB's BR Code manual (key an EVP, no amount, txid ***). */
const BCB_EXAMPLE =
  '00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-4266554400005204000053039865802BR5913Fulano de Tal6008BRASILIA62070503***63041D3D';

function crc(text: string): string {
  let value = 0xffff;
  for (const byte of Buffer.from(text, 'utf8')) {
    value ^= byte << 8;
    for (let i = 0; i < 8; i++) value = value & 0x8000 ? ((value << 1) ^ 0x1021) & 0xffff : (value << 1) & 0xffff;
  }
  return value.toString(16).toUpperCase().padStart(4, '0');
}

function records(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (let at = 0; at < text.length; ) {
    const id = text.slice(at, at + 2);
    const length = Number.parseInt(text.slice(at + 2, at + 4), 10);
    const value = text.slice(at + 4, at + 4 + length);
    if (!/^\d\d$/.test(id) || value.length !== length) throw new Error(`bad record at ${at}`);
    out[id] = value;
    at += 4 + length;
  }
  return out;
}

/** What a payer's bank checks: the CRC over everything up to and including "6304", then the records. */
function decode(code: string): Record<string, string> {
  const body = code.slice(0, -4);
  if (!body.endsWith('6304') || crc(body) !== code.slice(-4)) throw new Error('CRC does not match');
  return records(code);
}

const merchant = { name: 'Padaria São João da Esquina Feliz', city: 'São José dos Campos', taxId: '', address: '' };
const saleId = '6f1c2b8e-3d4a-4f5b-9c6d-7e8f9a0b1c2d';

describe('offline PIX code', () => {
  it('the reader here accepts the BCB manual example and refuses it with one digit changed', () => {
    expect(crc('123456789')).toBe('29B1');
    expect(decode(BCB_EXAMPLE)['59']).toBe('Fulano de Tal');
    expect(() => decode(BCB_EXAMPLE.replace('BRASILIA', 'BRASILIO'))).toThrow(/CRC/);
  });

  it('carries the key, the amount with two decimals, the names in ASCII within their limits and the txid', () => {
    const { copyAndPaste, txid } = buildStaticPixCode(saleId, 123_450, '+5511987654321', merchant);
    const fields = decode(copyAndPaste);
    expect(fields['00']).toBe('01');
    expect(fields['01']).toBe('11');
    expect(records(fields['26'] ?? '')).toEqual({ '00': 'br.gov.bcb.pix', '01': '+5511987654321' });
    expect([fields['52'], fields['53'], fields['54'], fields['58']]).toEqual(['0000', '986', '1234.50', 'BR']);
    expect(fields['59']).toBe('PADARIA SAO JOAO DA ESQUI');
    expect(fields['60']).toBe('SAO JOSE DOS CA');
    expect(records(fields['62'] ?? '')['05']).toBe(txid);
    expect(txid).toMatch(/^[A-Z0-9]{25}$/);
  });

  it('gives every sale its own txid', () => {
    expect(staticTxid(saleId)).not.toBe(staticTxid('6f1c2b8e-3d4a-4f5b-9c6d-7e8f9a0b1c2e'));
  });

  it('survives the QR layer: zbarimg reads back exactly the code', async () => {
    const { copyAndPaste } = buildStaticPixCode(saleId, 990, 'loja@example.com', merchant);
    const png = join(makeTempDir('pdv-static-qr-'), 'code.png');
    await QRCode.toFile(png, copyAndPaste, { errorCorrectionLevel: 'M', margin: 4, scale: 6 });
    const scanned = execFileSync('zbarimg', ['--quiet', '--raw', png], { encoding: 'utf8' }).trim();
    expect(scanned).toBe(copyAndPaste);
    expect(decode(scanned)['54']).toBe('9.90');
  });
});
