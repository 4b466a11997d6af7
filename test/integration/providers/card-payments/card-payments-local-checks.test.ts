/**
 * Every documented field rule is checked before anything is sent: each bad input is refused with
 * invalid_input, reason `card.<problem>` and the field, and the sandbox sees no request at all.
 */
import { describe, expect, it } from 'vitest';
import type { CardData, CreateCardCharge } from '../../../../src-main/providers/provider.ts';
import { card, cardApiOn, chargeRequest, CPF, posErrorOf, startCardSandbox, TEST_CARDS } from './card-gateway.ts';

type Case = [name: string, change: Partial<CardData>, reason: string, field: string];

const CARD_CASES: Case[] = [
  ['no number', { number: '' }, 'number_required', 'card.number'],
  ['a letter in the number', { number: '4111 1111 1111 111a' }, 'number_not_numeric', 'card.number'],
  ['20 digits', { number: '41111111111111111111' }, 'number_too_long', 'card.number'],
  ['an unknown brand', { number: '9111111111111111' }, 'unknown_brand', 'card.number'],
  ['a 14-digit Visa', { number: '41111111111111' }, 'number_length', 'card.number'],
  ['a failing check digit', { number: '4111111111111112' }, 'number_invalid', 'card.number'],
  ['no expiry', { expiry: '' }, 'expiry_required', 'card.expiry'],
  ['an expiry with a slash', { expiry: '01/2029' }, 'expiry_format', 'card.expiry'],
  ['a two-digit year', { expiry: '0129' }, 'expiry_format', 'card.expiry'],
  ['month 13', { expiry: '132029' }, 'expiry_month', 'card.expiry'],
  ['month 00', { expiry: '002029' }, 'expiry_month', 'card.expiry'],
  ['an expired card (August 2025, on 11 September 2025)', { expiry: '082025' }, 'expired', 'card.expiry'],
  ['a 2-digit CVV', { cvv: '12' }, 'cvv_invalid', 'card.cvv'],
  ['a 4-digit CVV on a Visa', { cvv: '1234' }, 'cvv_invalid', 'card.cvv'],
  ['a 3-digit CVV on an Amex', { number: TEST_CARDS.amex, cvv: '123' }, 'cvv_invalid', 'card.cvv'],
  ['a CVV with a letter', { cvv: '12a' }, 'cvv_invalid', 'card.cvv'],
  ['a blank holder name', { holderName: '   ' }, 'holder_name_required', 'card.holderName'],
  ['no holder document', { holderDocument: '' }, 'holder_document_required', 'card.holderDocument'],
  ['the seed\'s all-zero CPF', { holderDocument: '00000000000' }, 'holder_document_invalid', 'card.holderDocument'],
  ['a CPF with a wrong check digit', { holderDocument: '52998224726' }, 'holder_document_invalid', 'card.holderDocument'],
  ['a CNPJ with a wrong check digit', { holderDocument: '11222333000182' }, 'holder_document_invalid', 'card.holderDocument'],
  ['a 12-digit document', { holderDocument: '529982247250' }, 'holder_document_invalid', 'card.holderDocument'],
];

const TERMS_CASES: [name: string, change: Partial<CreateCardCharge>, reason: string, field: string][] = [
  ['0 installments', { installments: 0 }, 'installments_invalid', 'installments'],
  ['13 installments', { installments: 13 }, 'installments_invalid', 'installments'],
  ['2.5 installments', { installments: 2.5 }, 'installments_invalid', 'installments'],
  ['debit in 2 installments', { paymentType: 'debit', installments: 2 }, 'debit_installments', 'installments'],
  ['an amount of 0', { amountCents: 0 }, 'amount_invalid', 'amountCents'],
  ['a negative amount', { amountCents: -500 }, 'amount_invalid', 'amountCents'],
  ['a fraction of a cent', { amountCents: 10.5 }, 'amount_invalid', 'amountCents'],
  ['R$ 100 million and one cent', { amountCents: 10_000_000_001 }, 'amount_too_large', 'amountCents'],
  [
    'the seed\'s 11-character token',
    { source: { kind: 'saved', savedCardId: 'XXXXXXXXXXX', holderName: 'John Doe', holderDocument: CPF } },
    'saved_card_invalid',
    'savedCardId',
  ],
  [
    'a saved card without holder name',
    { source: { kind: 'saved', savedCardId: 'A'.repeat(32), holderName: '', holderDocument: CPF } },
    'holder_name_required',
    'holderName',
  ],
  [
    'a saved card with a bad holder document',
    { source: { kind: 'saved', savedCardId: 'A'.repeat(32), holderName: 'John Doe', holderDocument: '123' } },
    'holder_document_invalid',
    'holderDocument',
  ],
];

describe('card gateway: refused before sending', () => {
  it.each(CARD_CASES)('charge with %s → card.%s', async (_name, change, reason, field) => {
    const sim = await startCardSandbox();

    const error = await posErrorOf(cardApiOn(sim).charge(chargeRequest({ source: { kind: 'card', card: card(change.number, change) } })));

    expect(error).toMatchObject({ code: 'invalid_input', reason: `card.${reason}`, field, retryable: false });
    expect(sim.stats().requests).toEqual({});
  });

  it.each(TERMS_CASES)('charge with %s → card.%s', async (_name, change, reason, field) => {
    const sim = await startCardSandbox();

    const error = await posErrorOf(cardApiOn(sim).charge(chargeRequest(change)));

    expect(error).toMatchObject({ code: 'invalid_input', reason: `card.${reason}`, field });
    expect(sim.stats().requests).toEqual({});
  });

  it.each(CARD_CASES)('card check and tokenize with %s → card.%s', async (_name, change, reason) => {
    const sim = await startCardSandbox();
    const api = cardApiOn(sim);
    const bad = card(change.number, change);

    const errors = [await posErrorOf(api.verify?.(bad) ?? Promise.resolve()), await posErrorOf(api.savedCards?.save(bad) ?? Promise.resolve())];

    for (const error of errors) expect(error).toMatchObject({ code: 'invalid_input', reason: `card.${reason}` });
    expect(sim.stats().requests).toEqual({});
  });

  it('judges "expired" by the injected clock', async () => {
    const sim = await startCardSandbox();
    const march2029 = { now: () => Date.parse('2029-03-01T12:00:00Z') };

    const error = await posErrorOf(cardApiOn(sim, { clock: march2029 }).charge(chargeRequest()));

    expect(error.reason).toBe('card.expired');
    expect(sim.stats().requests).toEqual({});
  });
});
