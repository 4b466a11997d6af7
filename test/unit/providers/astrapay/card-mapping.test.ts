/** The Astrapay card request builders and answer mapping, on their own. */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { PosError } from '../../../../src-main/core/errors.ts';
import { toCardCharge, toSavedCard } from '../../../../src-main/providers/astrapay/card-mapping.ts';
import { cardChargeBody, tokenizedChargeBody, tokenRegisterBody } from '../../../../src-main/providers/astrapay/card-requests.ts';
import { CardTransaction, TokenizedCard } from '../../../../src-main/providers/astrapay/card-schemas.ts';
import type { CreateCardCharge } from '../../../../src-main/providers/provider.ts';

const card = { number: '4111 1111-1111 1111', holderName: ' Maria Silva ', holderDocument: '11222333000181', expiry: '122031', cvv: '123' };
const request: CreateCardCharge = {
  amountCents: 12_345,
  paymentType: 'credit',
  installments: 3,
  source: { kind: 'card', card },
  reference: 'sale-1',
  transactionId: 'tx-1',
};

function transaction(overrides: Record<string, unknown> = {}) {
  return v.parse(CardTransaction, {
    transactionId: 'abc',
    status: { code: '1', description: 'APPROVED' },
    amount: 123.45,
    installments: 3,
    authorizationCode: '123456',
    returnCode: '00',
    returnMessage: 'Approved',
    card: { brand: 'MASTERCARD', firstSixDigits: '555555', lastFourDigits: '4444' },
    userReference: 'sale-1',
    creationDate: '2026-01-15T10:30:00.000Z',
    ...overrides,
  });
}

describe('Astrapay card requests', () => {
  it('sends the card as digits with MM and yyyy apart, and a CNPJ as legalPersonIdentification', () => {
    expect(cardChargeBody(request, card)).toEqual({
      amount: 123.45,
      installments: 3,
      userReference: 'sale-1',
      card: { number: '4111111111111111', holderName: 'Maria Silva', expirationMonth: '12', expirationYear: '2031', securityCode: '123' },
      customer: { name: 'Maria Silva', legalPersonIdentification: '11222333000181' },
    });
  });

  it('sends a saved card as its token only, with a CPF as naturalPersonIdentification', () => {
    const saved = { kind: 'saved' as const, savedCardId: 'tok-1', holderName: 'Maria', holderDocument: '52998224725' };
    expect(tokenizedChargeBody(request, saved)).toEqual({
      cardToken: 'tok-1',
      amount: 123.45,
      installments: 3,
      userReference: 'sale-1',
      customer: { name: 'Maria', naturalPersonIdentification: '52998224725' },
    });
  });

  it('registers a card with its security code for verification', () => {
    expect(tokenRegisterBody(card).card).toMatchObject({ number: '4111111111111111', securityCode: '123' });
  });
});

describe('Astrapay card answers', () => {
  it('maps an approval, writing the brand as receipts do', () => {
    expect(toCardCharge(transaction())).toEqual({
      id: 'abc',
      status: 'approved',
      amountCents: 12_345,
      paymentType: 'credit',
      installments: 3,
      card: { brand: 'Mastercard', first6: '555555', last4: '4444' },
      authorizationCode: '123456',
      decline: undefined,
      reference: 'sale-1',
      createdAt: '2026-01-15T10:30:00.000Z',
      cancelledCents: 0,
    });
  });

  it('maps a decline with its code and message, and a decline without a code as DECLINED', () => {
    const declined = { status: { code: '2', description: 'DECLINED' }, authorizationCode: null };
    expect(toCardCharge(transaction({ ...declined, returnCode: 'DO_NOT_HONOR', returnMessage: 'Do not honor' })).decline).toEqual({
      code: 'DO_NOT_HONOR',
      message: 'Do not honor',
    });
    expect(toCardCharge(transaction({ ...declined, returnCode: null, returnMessage: null })).decline).toEqual({ code: 'DECLINED', message: '' });
  });

  it('reads a partial cancel as still approved and a full one as cancelled', () => {
    expect(toCardCharge(transaction({ status: { code: '4', description: 'PARTIALLY CANCELLED' } })).status).toBe('approved');
    expect(toCardCharge(transaction({ status: { code: '3', description: 'CANCELLED' } })).status).toBe('cancelled');
  });

  it('keeps a brand it does not know as sent, and refuses a status it does not know', () => {
    expect(toCardCharge(transaction({ card: { brand: 'SOROCRED', firstSixDigits: '627892', lastFourDigits: '0001' } })).card.brand).toBe('SOROCRED');
    expect(() => toCardCharge(transaction({ status: { code: '9', description: 'EXPLODED' } }))).toThrow(PosError);
  });

  it('does not accept a card answer with more than 6 first digits', () => {
    expect(() => transaction({ card: { brand: 'VISA', firstSixDigits: '4111111111111111', lastFourDigits: '1111' } })).toThrow();
  });

  it('maps a tokenized card to a SavedCard with MMyyyy expiry', () => {
    const token = v.parse(TokenizedCard, {
      cardToken: 'tok-1',
      card: { brand: 'VISA', firstSixDigits: '411111', lastFourDigits: '1111', holderName: 'MARIA SILVA', expirationMonth: '03', expirationYear: '2030' },
      creationDate: '2026-01-15T10:30:00.000Z',
    });
    expect(toSavedCard(token)).toEqual({ id: 'tok-1', card: { brand: 'Visa', first6: '411111', last4: '1111' }, holderName: 'MARIA SILVA', expiry: '032030' });
  });
});
