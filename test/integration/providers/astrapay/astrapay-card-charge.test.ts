/** Astrapay credit card charges through the adapter: approvals, declines, failures and local refusals. */
import { describe, expect, it } from 'vitest';
import { cardOf, type CardData, type CreateCardCharge } from '../../../../src-main/providers/provider.ts';
import { astrapayOn, startTestSandbox } from '../../../support/sandbox.ts';
import { CARDS, cardCharge, cardData, posErrorOf, rawGet, aroundNow } from './astrapay-fixtures.ts';

const CHARGE_ROUTE = 'POST /astrapay/card/v1/credit';

describe('Astrapay card: approvals', () => {
  it('approves a Visa in one installment and keeps only brand, first 6 and last 4', async () => {
    const sim = await startTestSandbox();
    const request = cardCharge(15_000);

    const charge = await cardOf(astrapayOn(sim)).charge(request);

    expect(charge).toMatchObject({
      status: 'approved',
      amountCents: 15_000,
      paymentType: 'credit',
      installments: 1,
      card: { brand: 'Visa', first6: '411111', last4: '1111' },
      decline: undefined,
      reference: request.reference,
    });
    expect(charge.authorizationCode).toMatch(/^\d{6}$/);
    expect(JSON.stringify(charge)).not.toContain(CARDS.visa);
  });

  it('approves a Mastercard in 3 installments', async () => {
    const sim = await startTestSandbox();

    const charge = await cardOf(astrapayOn(sim)).charge(cardCharge(30_000, cardData(CARDS.mastercard), { installments: 3 }));

    expect(charge).toMatchObject({ status: 'approved', installments: 3, card: { brand: 'Mastercard', first6: '555555', last4: '4444' } });
  });

  it('approves an Amex with its 4-digit security code', async () => {
    const sim = await startTestSandbox();
    const charge = await cardOf(astrapayOn(sim)).charge(cardCharge(5000, cardData(CARDS.amex)));
    expect(charge).toMatchObject({ status: 'approved', card: { brand: 'Amex', last4: '0005' } });
  });

  it('advertises credit only, up to 12 installments', async () => {
    const sim = await startTestSandbox();
    const card = cardOf(astrapayOn(sim));
    expect({ paymentTypes: card.paymentTypes, maxInstallments: card.maxInstallments }).toEqual({ paymentTypes: ['credit'], maxInstallments: 12 });
  });
});

describe('Astrapay card: declines come back as a declined charge with the code', () => {
  it.each([
    ['insufficient funds', cardData(CARDS.insufficientFunds), 'INSUFFICIENT_FUNDS', 'Insufficient funds'],
    ['do not honor', cardData(CARDS.doNotHonor), 'DO_NOT_HONOR', 'Do not honor'],
    ['a security code of zeros', cardData(CARDS.visa, { cvv: '000' }), 'INVALID_SECURITY_CODE', 'Invalid security code'],
  ])('%s', async (_, card, code, message) => {
    const sim = await startTestSandbox();

    const charge = await cardOf(astrapayOn(sim)).charge(cardCharge(2000, card));

    expect(charge).toMatchObject({ status: 'declined', decline: { code, message }, authorizationCode: undefined });
  });
});

describe('Astrapay card: the card that answers 500', () => {
  it('is sent once and reports the server error (the sale service resolves it by reference); nothing was charged', async () => {
    const sim = await startTestSandbox();
    const request = cardCharge(2000, cardData(CARDS.serverError));

    const error = await posErrorOf(cardOf(astrapayOn(sim)).charge(request));

    expect(error).toMatchObject({ code: 'provider_unavailable', reason: 'provider.server_error', retryable: true });
    expect(sim.stats().requests[CHARGE_ROUTE]).toBe(1);
    expect((await rawGet<{ content: unknown[] }>(sim, '/card/v1/credit', aroundNow())).content).toEqual([]);
    expect(error.message).not.toContain(CARDS.serverError);
  });
});

describe('Astrapay card: local refusals cost no HTTP request and never echo the card', () => {
  const cases: [string, Partial<CardData> | Partial<CreateCardCharge>, string][] = [
    ['a number failing Luhn', { number: '4111111111111112' }, 'card.number_invalid'],
    ['a number with letters', { number: '4111a11111111111' }, 'card.number_invalid'],
    ['a number of no known brand', { number: '9111111111111111' }, 'card.brand_unknown'],
    ['an expired card', { expiry: '012020' }, 'card.expired'],
    ['an expiry not in MMyyyy', { expiry: '1230' }, 'card.expiry_invalid'],
    ['month 13', { expiry: `13${new Date().getFullYear() + 1}` }, 'card.expiry_invalid'],
    ['a 4-digit CVV on a Visa', { cvv: '1234' }, 'card.cvv_invalid'],
    ['a 3-digit CVV on an Amex', { number: CARDS.amex, cvv: '123' }, 'card.cvv_invalid'],
    ['no holder name', { holderName: ' ' }, 'card.holder_name_required'],
    ['a holder name with digits', { holderName: 'Maria 2' }, 'card.holder_name_invalid'],
    ['a holder name over 40 characters', { holderName: 'M'.repeat(41) }, 'card.holder_name_too_long'],
    ['a CPF with wrong check digits', { holderDocument: '52998224726' }, 'document.invalid'],
  ];

  it.each(cases)('refuses %s', async (_, cardOverrides, reason) => {
    const sim = await startTestSandbox();
    const card = cardData(CARDS.visa, cardOverrides as Partial<CardData>);

    const error = await posErrorOf(cardOf(astrapayOn(sim)).charge(cardCharge(1000, card)));

    expect(error).toMatchObject({ code: 'invalid_input', reason });
    expect(sim.stats().requests).toEqual({});
    for (const text of [error.message, JSON.stringify(error.toData())]) {
      expect(text).not.toContain(card.number);
      expect(text).not.toContain(card.number.slice(0, 6));
    }
  });

  it.each([
    ['debit', { paymentType: 'debit' as const }, 'card.payment_type_unsupported'],
    ['0 installments', { installments: 0 }, 'card.installments_invalid'],
    ['13 installments', { installments: 13 }, 'card.installments_invalid'],
    ['1.5 installments', { installments: 1.5 }, 'card.installments_invalid'],
    ['a zero amount', { amountCents: 0 }, 'amount.not_positive'],
    ['a saved card without an id', { source: { kind: 'saved' as const, savedCardId: ' ', holderName: 'Maria', holderDocument: '52998224725' } }, 'card.saved_invalid'],
  ])('refuses %s', async (_, overrides, reason) => {
    const sim = await startTestSandbox();

    const error = await posErrorOf(cardOf(astrapayOn(sim)).charge(cardCharge(1000, cardData(), overrides)));

    expect(error).toMatchObject({ code: 'invalid_input', reason });
    expect(sim.stats().requests).toEqual({});
  });
});

describe('Astrapay card: no secret in errors', () => {
  it('a refused credential leaves neither the client secret nor the card in the error', async () => {
    const sim = await startTestSandbox();
    const request = cardCharge(1000);

    const error = await posErrorOf(cardOf(astrapayOn(sim, { clientSecret: 'very-secret-value' })).charge(request));

    expect(error.code).toBe('provider_auth_failed');
    for (const text of [error.message, JSON.stringify(error.toData()), String(error.cause ?? '')]) {
      expect(text).not.toContain('very-secret-value');
      expect(text).not.toContain(CARDS.visa);
    }
  });
});
