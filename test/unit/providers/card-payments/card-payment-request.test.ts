/**
 * The request builders produce seed 004's own examples: same envelope, field names and values, minus the
 * two URLs a desktop till has no use for, with our platform name and the sale id as external_id.
 */
import { describe, expect, it } from 'vitest';
import type { CheckedCard } from '../../../../src-main/providers/card-payments/card-input-checks.ts';
import {
  buildCardCharge,
  buildTokenCharge,
  buildTokenizeCard,
  buildZeroAmountCheck,
  PLATFORM_NAME,
} from '../../../../src-main/providers/card-payments/card-payment-request.ts';
import { DEFAULT_REQUEST, SLUG_TOKEN_REQUEST, ZERO_DOLLAR_REQUEST, seedJson } from './fixtures/seed-004.ts';

/** The seed's card, as the input checks would hand it over. */
const seedCard: CheckedCard = {
  number: '4111111111111111',
  brand: 'visa',
  expiry: '012029',
  cvv: '123',
  holderName: 'John Doe',
  holderDocument: '00000000000',
};

/** The seed's example as we send it: no billing_url / return_url (webhooks cannot reach a till), our platform name. */
function asWeSendIt(example: string, extra: Record<string, unknown> = {}) {
  const body = seedJson(example) as { card_payment: Record<string, unknown> };
  const { billing_url: _billing, return_url: _return, ...fields } = body.card_payment;
  return { card_payment: { ...fields, platform_name: PLATFORM_NAME, ...extra } };
}

describe('card gateway request builders', () => {
  it('builds the seed\'s default example (card data, CREDIT, 1 installment, R$ 1,00)', () => {
    const body = buildCardCharge(seedCard, { amountCents: 100, paymentType: 'credit', installments: 1, reference: 'sale-1' });
    expect(body).toEqual(asWeSendIt(DEFAULT_REQUEST, { external_id: 'sale-1' }));
  });

  it('builds the seed\'s zero-dollar card check with exactly its fields', () => {
    expect(buildZeroAmountCheck(seedCard)).toEqual(asWeSendIt(ZERO_DOLLAR_REQUEST));
  });

  it('builds the seed\'s slug-token example', () => {
    const body = buildTokenCharge('XXXXXXXXXXX', { holderName: 'John Doe', holderDocument: '00000000000' }, {
      amountCents: 100,
      paymentType: 'credit',
      installments: 1,
      reference: 'sale-2',
    });
    expect(body).toEqual(asWeSendIt(SLUG_TOKEN_REQUEST, { external_id: 'sale-2' }));
  });

  it('sends DEBIT, installments and integer cents as the seed writes them', () => {
    const body = buildCardCharge(seedCard, { amountCents: 123456, paymentType: 'debit', installments: 1, reference: 'r' });
    expect(body.card_payment).toMatchObject({ payment_type: 'DEBIT', installments: 1, amount: 123456, currency: 'BRL' });
    const credit = buildCardCharge(seedCard, { amountCents: 999, paymentType: 'credit', installments: 12, reference: 'r' });
    expect(credit.card_payment).toMatchObject({ payment_type: 'CREDIT', installments: 12, amount: 999 });
  });

  it('builds the assumed tokenize body from the same card fields', () => {
    expect(buildTokenizeCard(seedCard)).toEqual({
      card: {
        card_number: '4111111111111111',
        card_expiration_date: '012029',
        card_security_code: '123',
        card_holder_name: 'John Doe',
        card_holder_document: '00000000000',
      },
    });
  });
});
