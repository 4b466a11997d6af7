/**
 * The embedded card gateway is as strict as seed 004: every documented rule answers 422 with the
 * table's code and message, and every (code, msg) it can answer has words for the cashier.
 */
import { describe, expect, it } from 'vitest';
import { gatewayReason } from '../../../../src-main/providers/card-payments/gateway-errors.ts';
import { cardPaymentsMessages } from '../../../../src-renderer/src/lib/messages/providers/card-payments.ts';
import { recordedPayments, startCardSandbox, TEST_CARDS } from '../../providers/card-payments/card-gateway.ts';
import { defaultWith, errorsOf, msgOf, pay } from './raw-gateway.ts';

const RULES: [name: string, fields: Record<string, unknown>, code: string][] = [
  ['installments 0', { installments: 0 }, 'MIN_INSTALLMENTS'],
  ['installments 13', { installments: 13 }, 'MAX_INSTALLMENTS'],
  ['month 13', { card_expiration_date: '132029' }, 'INVALID_MONTH_NUMBER'],
  ['month 00', { card_expiration_date: '002029' }, 'INVALID_MONTH_NUMBER'],
  ['a 5-digit expiry', { card_expiration_date: '12029' }, 'INCORRECT_EXPIRATION_DATE'],
  ['a slash in the expiry', { card_expiration_date: '01/2029' }, 'EXPIRATION_DATE_NON_NUMERIC'],
  ['no expiry', { card_expiration_date: undefined }, 'FIELDS_REQUIRED'],
  ['an empty card number', { card_number: '' }, 'MSG_GENERAL_ERROR'],
  ['a 20-digit card number', { card_number: '41111111111111111111' }, 'MSG_GENERAL_ERROR'],
  ['an unknown brand', { card_number: '9111111111111111' }, 'MSG_GENERAL_ERROR'],
  ['spaces in the card number', { card_number: '4111 1111 1111 1111' }, 'MSG_GENERAL_ERROR'],
  ['no amount', { amount: undefined }, 'AMOUNT_REQUIRED'],
  ['a null amount', { amount: null }, 'AMOUNT_REQUIRED'],
  ['an amount as text', { amount: '100' }, 'INVALID_AMOUNT'],
  ['a negative amount', { amount: -1 }, 'INVALID_AMOUNT'],
  ['a fraction of a cent', { amount: 10.5 }, 'AMOUNT_OUT_OF_BOUNDS'],
  ['more than R$ 100 million', { amount: 10_000_000_001 }, 'AMOUNT_NOT_SUPPORTED'],
  ['an empty currency', { currency: '' }, 'CURRENCY_REQUIRED'],
  ['a null currency', { currency: null }, 'CURRENCY_REQUIRED'],
  ['a lower-case currency', { currency: 'brl' }, 'CURRENCY_INVALID_FORMAT'],
  ['a numeric currency', { currency: '986' }, 'CURRENCY_INVALID_FORMAT'],
  ['US dollars', { currency: 'USD' }, 'CURRENCY_NOT_SUPPORTED'],
  ['a 2-digit CVV', { card_security_code: '12' }, 'INVALID_CVV'],
  ['a 4-digit CVV on a Visa', { card_security_code: '1234' }, 'INVALID_CVV'],
  ['a CVV with letters', { card_security_code: 'abc' }, 'INVALID_CVV'],
  ['no CVV', { card_security_code: undefined }, 'INVALID_CVV'],
  ['a 3-digit CVV on an Amex', { card_number: TEST_CARDS.amex, card_security_code: '123' }, 'INVALID_CVV'],
];

describe('sandbox card gateway: documented rules', () => {
  it.each(RULES)('%s → 422 %s with the table\'s message', async (_name, fields, code) => {
    const sim = await startCardSandbox();

    const reply = await pay(sim, defaultWith(fields));

    expect(reply.status).toBe(422);
    const [error, ...others] = errorsOf(reply);
    expect(others).toEqual([]);
    expect(error?.code).toBe(code);
    if (code !== 'FIELDS_REQUIRED') expect(error?.msg).toBe(msgOf(code));
    expect(await recordedPayments(sim)).toEqual([]);
  });

  it('says which fields are missing the way the table shows it, all in one FIELDS_REQUIRED', async () => {
    const sim = await startCardSandbox();
    expect(errorsOf(await pay(sim, defaultWith({ card_expiration_date: undefined })))).toEqual([
      { code: 'FIELDS_REQUIRED', msg: 'The following fields are required: expirationDate' },
    ]);
    expect(errorsOf(await pay(sim, defaultWith({ card_expiration_date: '', card_holder_name: undefined, card_holder_document: undefined })))).toEqual([
      { code: 'FIELDS_REQUIRED', msg: 'The following fields are required: expirationDate, cardHolderName, cardHolderDocument' },
    ]);
  });

  it('reports every problem of a request at once', async () => {
    const sim = await startCardSandbox();
    const reply = await pay(sim, defaultWith({ installments: 20, currency: 'USD', card_security_code: '1' }));
    expect(errorsOf(reply).map((error) => error.code).sort()).toEqual(['CURRENCY_NOT_SUPPORTED', 'INVALID_CVV', 'MAX_INSTALLMENTS']);
  });

  it('takes what the seed allows: no currency (BRL), 4-digit Amex codes, 12 installments, DEBIT, R$ 100 million', async () => {
    const sim = await startCardSandbox();
    const allowed = [
      { currency: undefined },
      { installments: undefined, payment_type: undefined },
      { card_number: TEST_CARDS.amex, card_security_code: '1234' },
      { installments: 12 },
      { payment_type: 'DEBIT' },
      { amount: 10_000_000_000 },
    ];
    for (const fields of allowed) expect((await pay(sim, defaultWith(fields))).status, JSON.stringify(fields)).toBe(201);
  });

  it('refuses what the seed does not allow under its general error', async () => {
    const sim = await startCardSandbox();
    const refused = [
      { payment_type: 'credit' },
      { installments: 2.5 },
      { card_holder_document: '123.456.789-09' },
      { slug_token: 'A'.repeat(32) },
      { external_id: 42 },
    ];
    for (const fields of refused) {
      const reply = await pay(sim, defaultWith(fields));
      expect(reply.status, JSON.stringify(fields)).toBe(422);
      expect(errorsOf(reply)[0]?.code).toBe('MSG_GENERAL_ERROR');
    }
    expect((await pay(sim, '{"card_payment": {')).status).toBe(422);
    expect(errorsOf(await pay(sim, { payment: {} }))).toEqual([{ code: 'FIELDS_REQUIRED', msg: 'The following fields are required: cardPayment' }]);
  });
});

describe('sandbox card gateway: every code it answers has words for the cashier', () => {
  it('maps each (code, msg) the sandbox produces to a message in pt-BR and English', async () => {
    const sim = await startCardSandbox();
    const bodies: unknown[] = [
      ...RULES.map(([, fields]) => defaultWith(fields)),
      defaultWith({ payment_type: 'PIX' }),
      defaultWith({ installments: 1.5 }),
      defaultWith({ card_holder_document: '1' }),
      defaultWith({ slug_token: 'nope' }),
      defaultWith({ card_number: undefined, slug_token: 'A'.repeat(32) }),
      defaultWith({ platform_name: 7 }),
      '{ not json',
      { card_payment: {} },
      defaultWith({ card_number: TEST_CARDS.declines46 }),
      defaultWith({ card_number: TEST_CARDS.declines51 }),
      defaultWith({ card_number: '4111111111111112' }),
    ];
    const seen = new Map<string, string>();
    for (const body of bodies) {
      const reply = await pay(sim, body);
      expect(reply.status, JSON.stringify(body)).toBe(422);
      for (const error of errorsOf(reply)) seen.set(`${error.code}|${error.msg}`, error.msg);
    }

    const missing: string[] = [];
    for (const [key, msg] of seen) {
      const code = key.slice(0, key.indexOf('|'));
      const keys = [`error.${gatewayReason(code, msg)}`];
      if (code === 'AUTHORIZER_REJECTED') keys.push(`decline.${msg.slice(0, msg.indexOf(' '))}`);
      for (const language of ['pt-BR', 'en'] as const) {
        for (const messageKey of keys) if (!cardPaymentsMessages[language][messageKey]) missing.push(`${language} ${messageKey} (${msg})`);
      }
    }
    expect(missing).toEqual([]);
    // The sandbox really produced the variety this test claims to cover.
    expect(new Set([...seen.keys()].map((key) => key.slice(0, key.indexOf('|')))).size).toBeGreaterThanOrEqual(16);
  });
});
