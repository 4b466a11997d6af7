/**
 * The card gateway adapter (seed 004) against the embedded sandbox over real loopback HTTP: charges in
 * one and several installments, debit, saved cards, the zero-amount check, declines.
 */
import { describe, expect, it } from 'vitest';
import { cardOf } from '../../../../src-main/providers/provider.ts';
import { createFakeClock } from '../../../support/fake-clock.ts';
import {
  card,
  cardApiOn,
  cardPaymentsOn,
  CHARGE_ROUTE,
  chargeRequest,
  CPF,
  posErrorOf,
  recordedPayments,
  SEED_NOW,
  startCardSandbox,
  TEST_CARDS,
  TOKENIZE_ROUTE,
} from './card-gateway.ts';

describe('card gateway: charges', () => {
  it('approves a Visa credit charge in one installment, with our sale id as external_id', async () => {
    const sim = await startCardSandbox();

    const charge = await cardApiOn(sim).charge(chargeRequest({ amountCents: 12345, reference: 'sale-visa-1' }));

    expect(charge).toMatchObject({
      status: 'approved',
      amountCents: 12345,
      paymentType: 'credit',
      installments: 1,
      card: { brand: 'Visa', first6: '411111', last4: '1111' },
      decline: undefined,
      reference: 'sale-visa-1',
    });
    expect(charge.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(charge.authorizationCode).toMatch(/^[0-9A-F]{6}$/);
    expect(await recordedPayments(sim)).toEqual([
      expect.objectContaining({ muid: charge.id, external_id: 'sale-visa-1', amount: 12345, transaction_status: 'authorized' }),
    ]);
    expect(sim.stats().requests).toEqual({ [CHARGE_ROUTE]: 1 });
  });

  it('approves a Mastercard credit charge in 3 installments', async () => {
    const sim = await startCardSandbox();
    const source = { kind: 'card' as const, card: card(TEST_CARDS.mastercard) };

    const charge = await cardApiOn(sim).charge(chargeRequest({ installments: 3, amountCents: 30000, source }));

    expect(charge).toMatchObject({ status: 'approved', installments: 3, card: { brand: 'Mastercard', first6: '555555', last4: '4444' } });
    expect((await recordedPayments(sim))[0]).toMatchObject({ installments: 3, payment_type: 'credit' });
  });

  it.each([
    ['amex', 'Amex', '1234'],
    ['elo', 'Elo', '123'],
    ['hipercard', 'Hipercard', '123'],
    ['diners', 'Diners', '123'],
  ] as const)('approves %s (security code %s digits long)', async (name, brand, cvv) => {
    const sim = await startCardSandbox();
    const source = { kind: 'card' as const, card: card(TEST_CARDS[name], { cvv }) };

    const charge = await cardApiOn(sim).charge(chargeRequest({ source }));

    expect(charge.status).toBe('approved');
    expect(charge.card.brand).toBe(brand);
  });

  it('takes a debit payment', async () => {
    const sim = await startCardSandbox();

    const charge = await cardApiOn(sim).charge(chargeRequest({ paymentType: 'debit' }));

    expect(charge).toMatchObject({ status: 'approved', paymentType: 'debit', installments: 1 });
    expect((await recordedPayments(sim))[0]?.payment_type).toBe('debit');
  });

  it('takes a card typed with spaces and a CPF typed with punctuation, sending digits only', async () => {
    const sim = await startCardSandbox();
    const typed = card('4111 1111 1111 1111', { holderDocument: '529.982.247-25', holderName: '  John Doe ' });

    const charge = await cardApiOn(sim).charge(chargeRequest({ source: { kind: 'card', card: typed } }));

    expect(charge.status).toBe('approved');
    expect(charge.card).toEqual({ brand: 'Visa', first6: '411111', last4: '1111' });
  });

  it('charges up to the gateway\'s ceiling of R$ 100 million', async () => {
    const sim = await startCardSandbox();
    const charge = await cardApiOn(sim).charge(chargeRequest({ amountCents: 10_000_000_000 }));
    expect(charge.amountCents).toBe(10_000_000_000);
  });
});

describe('card gateway: saved cards', () => {
  it('tokenizes a card, then charges it by slug_token without the card data', async () => {
    const sim = await startCardSandbox();
    const api = cardApiOn(sim);

    const saved = await api.savedCards?.save(card(TEST_CARDS.mastercard));
    if (!saved) throw new Error('the card gateway saves cards');
    expect(saved).toEqual({
      id: expect.stringMatching(/^[A-Za-z0-9]{32}$/) as string,
      card: { brand: 'Mastercard', first6: '555555', last4: '4444' },
      holderName: 'John Doe',
      expiry: '012029',
    });

    const charge = await api.charge(
      chargeRequest({ installments: 2, source: { kind: 'saved', savedCardId: saved.id, holderName: 'John Doe', holderDocument: CPF } }),
    );

    expect(charge).toMatchObject({ status: 'approved', installments: 2, card: { brand: 'Mastercard', first6: '555555', last4: '4444' } });
    expect(sim.stats().requests).toEqual({ [TOKENIZE_ROUTE]: 1, [CHARGE_ROUTE]: 1 });
  });

  it('declines a saved card the issuer declines', async () => {
    const sim = await startCardSandbox();
    const api = cardApiOn(sim);
    const saved = await api.savedCards?.save(card(TEST_CARDS.declines51));

    const charge = await api.charge(
      chargeRequest({ source: { kind: 'saved', savedCardId: saved?.id ?? '', holderName: 'John Doe', holderDocument: CPF } }),
    );

    expect(charge).toMatchObject({ status: 'declined', decline: { code: 'AUTHORIZER_REJECTED', message: '51 - Insufficient funds' } });
    expect(charge.card.last4).toBe('5100');
  });

  it('offers no listing, lookup or deletion of tokens, and no charge lookup, list or cancel: the seed documents none', async () => {
    const api = cardOf(cardPaymentsOn(await startCardSandbox()));
    expect(api.savedCards && Object.keys(api.savedCards)).toEqual(['save']);
    expect([api.get, api.list, api.cancel]).toEqual([undefined, undefined, undefined]);
    expect({ paymentTypes: api.paymentTypes, maxInstallments: api.maxInstallments }).toEqual({ paymentTypes: ['credit', 'debit'], maxInstallments: 12 });
  });
});

describe('card gateway: zero-amount card check', () => {
  it('checks a good card and charges nothing', async () => {
    const sim = await startCardSandbox();

    const summary = await cardApiOn(sim).verify?.(card(TEST_CARDS.amex));

    expect(summary).toEqual({ brand: 'Amex', first6: '378282', last4: '0005' });
    expect((await recordedPayments(sim)).map((payment) => payment.amount)).toEqual([0]);
  });

  it('reports a card the issuer declines as provider_rejected / card.declined', async () => {
    const sim = await startCardSandbox();

    const error = await posErrorOf(cardApiOn(sim).verify?.(card(TEST_CARDS.declines46)) ?? Promise.resolve());

    expect(error).toMatchObject({ code: 'provider_rejected', reason: 'card.declined' });
    expect(error.message).toContain('46 - Identification required');
  });
});

describe('card gateway: declines', () => {
  it('returns the seed\'s decline (AUTHORIZER_REJECTED, 46 - Identification required) as a declined charge', async () => {
    const sim = await startCardSandbox();
    const source = { kind: 'card' as const, card: card(TEST_CARDS.declines46) };

    const charge = await cardApiOn(sim).charge(chargeRequest({ source, reference: 'sale-declined' }));

    expect(charge).toMatchObject({
      status: 'declined',
      amountCents: 1000,
      card: { brand: 'Visa', first6: '400000', last4: '0002' },
      authorizationCode: undefined,
      decline: { code: 'AUTHORIZER_REJECTED', message: '46 - Identification required' },
      reference: 'sale-declined',
    });
    expect(charge.id).toMatch(/^[0-9a-f]{32}$/);
    expect(await recordedPayments(sim)).toEqual([expect.objectContaining({ muid: charge.id, transaction_status: 'REJECTED' })]);
  });

  it('returns insufficient funds (51) as a declined charge', async () => {
    const sim = await startCardSandbox();
    const source = { kind: 'card' as const, card: card(TEST_CARDS.declines51) };

    const charge = await cardApiOn(sim).charge(chargeRequest({ source }));

    expect(charge.decline).toEqual({ code: 'AUTHORIZER_REJECTED', message: '51 - Insufficient funds' });
  });

  it('returns a card the gateway takes as expired (its clock is past ours) as declined with 54', async () => {
    const sim = await startCardSandbox({ clock: createFakeClock(Date.parse('2030-01-01T12:00:00Z')) });

    const charge = await cardApiOn(sim, { clock: createFakeClock(SEED_NOW) }).charge(chargeRequest());

    expect(charge.decline).toEqual({ code: 'AUTHORIZER_REJECTED', message: '54 - Expired card' });
  });

  it('leaves a charge waiting for 3-D Secure as pending', async () => {
    const sim = await startCardSandbox();
    const source = { kind: 'card' as const, card: card(TEST_CARDS.waits3ds) };

    const charge = await cardApiOn(sim).charge(chargeRequest({ source }));

    expect(charge).toMatchObject({ status: 'pending', authorizationCode: undefined, decline: undefined });
  });
});
