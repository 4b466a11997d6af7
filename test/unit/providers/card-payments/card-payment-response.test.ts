/** The response parsers read seed 004's own 201 and 422 examples, and map every documented status. */
import { describe, expect, it } from 'vitest';
import { PosError } from '../../../../src-main/core/errors.ts';
import {
  cardChargeStatus,
  declinedCharge,
  gatewayRefusal,
  isDecline,
  parseCardPayment,
  parseTokenized,
  readGatewayError,
  type ChargeContext,
} from '../../../../src-main/providers/card-payments/card-payment-response.ts';
import { CREATED_RESPONSE, DECLINED_RESPONSE, seedJson } from './fixtures/seed-004.ts';

const context: ChargeContext = {
  amountCents: 1000,
  paymentType: 'credit',
  installments: 2,
  reference: 'our-sale-id',
  card: { brand: 'Visa', first6: '411111', last4: '1111' },
  nowMs: Date.parse('2025-09-11T19:45:01Z'),
};

function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected it to throw');
}

function withPayment(fields: Record<string, unknown>): unknown {
  const body = seedJson(CREATED_RESPONSE) as { card_payment: Record<string, unknown> };
  return { card_payment: { ...body.card_payment, ...fields } };
}

describe('201 card_payment → CardCharge', () => {
  it('reads the seed\'s example', () => {
    expect(parseCardPayment(seedJson(CREATED_RESPONSE), 'POST /v1/card_payments', context)).toEqual({
      id: '7bcedaa6-1c58-4ae6-a7ca-3c4628967049',
      status: 'approved',
      amountCents: 1000,
      paymentType: 'credit',
      installments: 2,
      card: { brand: 'Visa', first6: '411111', last4: '4321' },
      authorizationCode: 'A1B2C3',
      decline: undefined,
      reference: 'seu-external-id',
      createdAt: '2025-09-11T19:45:00Z',
    });
  });

  it.each([
    ['approved', 'authorized', 'approved'],
    ['accepted', 'authorized', 'approved'],
    ['accepted', 'pre_authorized', 'approved'],
    ['accepted', 'pending', 'pending'],
    ['accepted', 'waiting', 'pending'],
    ['waiting_3ds_authentication', 'waiting', 'pending'],
    ['reject', 'denied', 'declined'],
    ['accepted', 'denied', 'declined'],
    ['reject', 'authorized', 'declined'],
    ['accepted', 'canceled', 'cancelled'],
    ['accepted', 'expired', 'cancelled'],
    ['accepted', 'refunded', 'refunded'],
    ['accepted', 'REJECTED', 'declined'],
  ])('status %s / transaction_status %s → %s', (status, transactionStatus, expected) => {
    expect(cardChargeStatus(status, transactionStatus)).toBe(expected);
  });

  it('gives a declined 201 its status as the decline', () => {
    const charge = parseCardPayment(withPayment({ status: 'reject', transaction_status: 'denied' }), 'x', context);
    expect(charge.decline).toEqual({ code: 'DENIED', message: 'reject' });
  });

  it('fills in what the answer leaves out from what we sent', () => {
    const charge = parseCardPayment(
      withPayment({ first_digits: null, brand: null, installments: null, payment_type: null, external_id: null }),
      'x',
      { ...context, paymentType: 'debit', installments: 1 },
    );
    expect(charge).toMatchObject({ card: { brand: 'Visa', first6: '411111', last4: '4321' }, installments: 1, paymentType: 'debit', reference: 'our-sale-id' });
  });

  it('refuses an unknown status, a decimal amount or a missing muid as provider_bad_response', () => {
    const cases = [{ transaction_status: 'teleported' }, { amount: 10.5 }, { muid: undefined }, { last_digits: '12' }];
    for (const body of [...cases.map(withPayment), '<html>']) {
      const error = thrown(() => parseCardPayment(body, 'POST /v1/card_payments', context));
      expect(error, JSON.stringify(body)).toBeInstanceOf(PosError);
      expect(error).toMatchObject({ code: 'provider_bad_response', reason: 'provider.garbage' });
    }
  });
});

describe('422 → decline or refusal', () => {
  it('reads the seed\'s example as a decline by the issuer', () => {
    const error = readGatewayError(seedJson(DECLINED_RESPONSE));
    expect(error).toBeDefined();
    if (!error) return;
    expect(isDecline(error)).toBe(true);
    expect(declinedCharge(error, context)).toEqual({
      id: 'f251e1b753504766957cf4142e936262',
      status: 'declined',
      amountCents: 1000,
      paymentType: 'credit',
      installments: 2,
      card: { brand: 'Visa', first6: '411111', last4: '1111' },
      authorizationCode: undefined,
      decline: { code: 'AUTHORIZER_REJECTED', message: '46 - Identification required' },
      reference: 'our-sale-id',
      createdAt: '2025-09-11T19:45:01.000Z',
    });
  });

  it('turns a table code into provider_rejected with reason gateway.<CODE>', () => {
    const error = readGatewayError({ errors: [{ code: 'INVALID_CVV', msg: 'Invalid CVV. CVV should be 3 digits.' }] });
    expect(error && isDecline(error)).toBe(false);
    const refusal = error && gatewayRefusal(error, 'POST /v1/card_payments');
    expect(refusal).toMatchObject({ code: 'provider_rejected', reason: 'gateway.INVALID_CVV', retryable: false });
    expect(refusal?.message).toContain('INVALID_CVV');
  });

  it('picks the MSG_GENERAL_ERROR wording by the gateway\'s msg', () => {
    const reason = (msg: string) => {
      const error = readGatewayError({ errors: [{ code: 'MSG_GENERAL_ERROR', msg }] });
      return error && gatewayRefusal(error, 'x').reason;
    };
    expect(reason('Unknown Card Brand.')).toBe('gateway.MSG_GENERAL_ERROR.UNKNOWN_CARD_BRAND');
    expect(reason('These documentId were not found: "S"')).toBe('gateway.MSG_GENERAL_ERROR.DOCUMENT_ID_NOT_FOUND');
    expect(reason('The following merchants aren\'t enabled to process CNP with authorizer POSTILION: "S"')).toBe(
      'gateway.MSG_GENERAL_ERROR.MERCHANT_NOT_ENABLED_CNP',
    );
    expect(reason('Something new')).toBe('gateway.MSG_GENERAL_ERROR');
  });

  it('masks long digit runs in the gateway\'s text before it reaches a message', () => {
    const error = readGatewayError({ errors: [{ code: 'AUTHORIZER_REJECTED', msg: 'card 4111111111111111 refused' }] });
    expect(error && declinedCharge(error, context).decline?.message).toBe('card [masked] refused');
    expect(error && gatewayRefusal(error, 'x').message).not.toContain('4111111111111111');
  });

  it('does not take a body without errors for the documented shape', () => {
    expect(readGatewayError({ errors: [] })).toBeUndefined();
    expect(readGatewayError({ message: 'nope' })).toBeUndefined();
    expect(readGatewayError(undefined)).toBeUndefined();
  });
});

describe('tokenize answer (assumed shape)', () => {
  it('becomes a SavedCard with what we asked to save', () => {
    const body = { slug_token: 'a'.repeat(16) + 'B'.repeat(8) + '12345678', last_digits: '1111', first_digits: '411111', brand: 'Visa' };
    expect(parseTokenized(body, 'x', { holderName: 'John Doe', expiry: '012029' })).toEqual({
      id: body.slug_token,
      card: { brand: 'Visa', first6: '411111', last4: '1111' },
      holderName: 'John Doe',
      expiry: '012029',
    });
    expect(() => parseTokenized({ ...body, slug_token: 'short' }, 'x', { holderName: '', expiry: '' })).toThrow(PosError);
  });
});
