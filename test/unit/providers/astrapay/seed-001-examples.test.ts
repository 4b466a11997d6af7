/** Seed 001's own request and response examples, through our request builders and answer parsers. */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { toPixCharge } from '../../../../src-main/providers/astrapay/pix-mapping.ts';
import { chargeListQuery, dynamicChargeBody, refundBody, staticDecodeBody, staticEncodeBody } from '../../../../src-main/providers/astrapay/pix-requests.ts';
import { DynamicCharge } from '../../../../src-main/providers/astrapay/pix-schemas.ts';
import seed from './fixtures/seed-001-examples.json' with { type: 'json' };

describe('seed 001 examples', () => {
  it('our create body is the seed\'s request, debtor and validateDebtor included', () => {
    const body = dynamicChargeBody({
      amountCents: 10_000,
      expiresInSeconds: 3600,
      description: 'Payment for order #12345',
      userReference: 'order-12345',
      transactionId: 'unused-here',
      payer: { name: 'João Silva', document: '12345678901' },
    });
    expect(body).toEqual(seed.createDynamicRequest);
  });

  it('parses the seed\'s create response into a PixCharge', () => {
    const charge = toPixCharge(v.parse(DynamicCharge, seed.createDynamicResponse));
    expect(charge).toEqual({
      txid: 'astra202412dfsdrtsdgdgdst00005Z',
      amountCents: 10_000,
      status: 'active',
      copyAndPaste: '00020126580014br.gov.bcb.pix...',
      createdAt: '2024-01-15T10:30:00.000Z',
      expiresAt: '2024-01-15T11:30:00.000Z',
      userReference: 'order-12345',
    });
  });

  it('our list query is the seed\'s example query', () => {
    const query = chargeListQuery({
      from: new Date('2024-01-01T00:00:00.000Z'),
      to: new Date('2024-01-31T23:59:59.999Z'),
      status: 'active',
      page: 0,
      pageSize: 20,
    });
    const defined = Object.entries(query).filter((entry): entry is [string, string | number] => entry[1] !== undefined);
    expect(new URLSearchParams(defined.map(([key, value]) => [key, String(value)])).toString()).toBe(
      new URLSearchParams(seed.listDynamicQuery).toString(),
    );
  });

  it('our refund body is the seed\'s request', () => {
    const body = refundBody({
      txid: 'astra202412dfsdrtsdgdgdst00005Z',
      amountCents: 5000,
      description: 'Partial refund for order #12345',
      transactionId: 'unused-here',
    });
    expect(body).toEqual(seed.createRefundRequest);
  });

  it('our static encode and decode bodies are the seed\'s requests (copyPast spelled as the seed spells it)', () => {
    const encode = staticEncodeBody({
      pixKey: seed.encodeStaticRequest.keyPix,
      merchantName: 'Your Store Name',
      merchantCity: 'São Paulo',
      amountCents: 10_000,
      txid: 'static-qr-001',
    });
    expect(encode).toEqual(seed.encodeStaticRequest);
    expect(staticDecodeBody('00020126580014br.gov.bcb.pix...')).toEqual(seed.decodeStaticRequest);
  });

  it('every charge status in the seed\'s table maps to one of ours', () => {
    for (const [description, status] of [
      ['ACTIVE', 'active'],
      ['PAID', 'paid'],
      ['EXPIRED', 'expired'],
      ['PARTIALLY REFUNDED', 'partially_refunded'],
      ['REFUNDED', 'refunded'],
    ]) {
      const answer = { ...seed.createDynamicResponse, status: { code: '0', description } };
      expect(toPixCharge(v.parse(DynamicCharge, answer)).status, description).toBe(status);
    }
  });
});
