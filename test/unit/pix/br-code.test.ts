import { describe, expect, it } from 'vitest';
import { buildBrCode, parseBrCode, parseTlv } from '../../../src-main/pix/br-code.ts';
import { crc16ccitt } from '../../../src-main/pix/crc16.ts';

describe('BR Code', () => {
  it('computes the CRC-16/CCITT-FALSE check value', () => {
    expect(crc16ccitt('123456789')).toBe('29B1');
  });

  it('builds a dynamic code that parses back with a valid CRC', () => {
    const code = buildBrCode({
      merchantName: 'Padaria São João da Esquina Feliz',
      merchantCity: 'São José dos Campos',
      amountCents: 1201,
      location: 'pix.example.com/qr/v2/abc',
    });
    const fields = parseBrCode(code);
    expect(fields.get('01')).toBe('12');
    expect(fields.get('54')).toBe('12.01');
    expect(fields.get('53')).toBe('986');
    expect(fields.get('59')).toBe('PADARIA SAO JOAO DA ESQUI');
    expect(fields.get('60')).toBe('SAO JOSE DOS CA');
    expect(parseTlv(fields.get('26') ?? '').get('25')).toBe('pix.example.com/qr/v2/abc');
    expect(fields.get('62')).toBe('0503***');
  });

  it('builds a static code with the key and a cleaned txid', () => {
    const fields = parseBrCode(
      buildBrCode({ merchantName: 'Loja', merchantCity: 'Recife', pixKey: 'loja@example.com', txid: 'static qr-001' }),
    );
    expect(fields.get('01')).toBe('11');
    expect(parseTlv(fields.get('26') ?? '').get('01')).toBe('loja@example.com');
    expect(parseTlv(fields.get('62') ?? '').get('05')).toBe('staticqr001');
    expect(fields.has('54')).toBe(false);
  });

  it('refuses a code whose CRC does not match', () => {
    const code = buildBrCode({ merchantName: 'Loja', merchantCity: 'Recife', amountCents: 500, location: 'x.example/1' });
    const tampered = code.replace('5.00', '9.00');
    expect(() => parseBrCode(tampered)).toThrow(/CRC/);
  });
});
