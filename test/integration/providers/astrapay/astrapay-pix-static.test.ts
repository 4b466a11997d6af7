/** Astrapay static PIX QR codes (seed 001 sections 7-8) through the adapter, against the sandbox. */
import { describe, expect, it } from 'vitest';
import { parseBrCode, parseTlv } from '../../../../src-main/pix/br-code.ts';
import { crc16ccitt } from '../../../../src-main/pix/crc16.ts';
import { pixOf, type StaticPixRequest } from '../../../../src-main/providers/provider.ts';
import { astrapayOn, createRequest, startTestSandbox } from '../../../support/sandbox.ts';
import { posErrorOf } from './astrapay-fixtures.ts';

const request: StaticPixRequest = {
  pixKey: 'caixa@lojademo.com.br',
  merchantName: 'Loja Demo',
  merchantCity: 'São Paulo',
  amountCents: 10_000,
  txid: 'staticqr001',
};

describe('Astrapay static PIX QR', () => {
  it('encodes a BR Code with a valid CRC that decodes back to the same fields', async () => {
    const sim = await startTestSandbox();
    const pix = pixOf(astrapayOn(sim));

    const code = await pix.encodeStatic!(request);
    const decoded = await pix.decodeStatic!(code);

    expect(crc16ccitt(code.slice(0, -4))).toBe(code.slice(-4));
    const fields = parseBrCode(code);
    expect(fields.get('01')).toBe('11');
    expect(parseTlv(fields.get('26') ?? '').get('01')).toBe(request.pixKey);
    expect(decoded).toEqual({
      pixKey: request.pixKey,
      merchantName: 'LOJA DEMO',
      merchantCity: 'SAO PAULO',
      amountCents: 10_000,
      txid: 'staticqr001',
    });
  });

  it('encodes a code without amount or txid, which decodes with neither', async () => {
    const sim = await startTestSandbox();
    const pix = pixOf(astrapayOn(sim));

    const code = await pix.encodeStatic!({ pixKey: '+5511987654321', merchantName: 'Loja', merchantCity: 'Recife' });

    expect(await pix.decodeStatic!(code)).toEqual({
      pixKey: '+5511987654321',
      merchantName: 'LOJA',
      merchantCity: 'RECIFE',
      amountCents: undefined,
      txid: undefined,
    });
  });

  it('refuses to decode a dynamic charge code: Astrapay says INVALID_QRCODE', async () => {
    const sim = await startTestSandbox();
    const pix = pixOf(astrapayOn(sim));
    const dynamic = await pix.create(createRequest(1000));

    const error = await posErrorOf(pix.decodeStatic!(dynamic.copyAndPaste));

    expect(error).toMatchObject({ code: 'provider_rejected', reason: 'astrapay.INVALID_QRCODE' });
  });

  it('refuses a code whose CRC is wrong without any HTTP request', async () => {
    const sim = await startTestSandbox();
    const pix = pixOf(astrapayOn(sim));
    const code = await pix.encodeStatic!(request);
    sim.resetStats();
    const tampered = code.replace('5406100.00', '5406900.00');
    expect(tampered).not.toBe(code);

    const error = await posErrorOf(pix.decodeStatic!(tampered));

    expect(error).toMatchObject({ code: 'invalid_input', reason: 'pix.code_invalid' });
    expect(sim.stats().requests).toEqual({});
  });

  it.each([
    ['a PIX key that is none of the five kinds', { pixKey: 'not a key' }, 'pix.key_invalid'],
    ['a merchant name over 25 characters', { merchantName: 'A'.repeat(26) }, 'pix.merchant_name_invalid'],
    ['an empty city', { merchantCity: ' ' }, 'pix.merchant_city_invalid'],
    ['a city over 15 characters', { merchantCity: 'São José dos Campos' }, 'pix.merchant_city_invalid'],
    ['a txid with a dash', { txid: 'static-qr-001' }, 'pix.txid_invalid'],
    ['a zero amount', { amountCents: 0 }, 'amount.not_positive'],
  ])('refuses %s without any HTTP request', async (_, overrides, reason) => {
    const sim = await startTestSandbox();

    const error = await posErrorOf(pixOf(astrapayOn(sim)).encodeStatic!({ ...request, ...overrides }));

    expect(error).toMatchObject({ code: 'invalid_input', reason });
    expect(sim.stats().requests).toEqual({});
  });
});
