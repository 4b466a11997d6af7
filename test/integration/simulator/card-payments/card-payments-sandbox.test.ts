/**
 * The embedded card gateway answers seed 004's own requests, guards them with the API key, and plays
 * the card's issuer: approvals, the seed's decline shape, 3-D Secure, a 500; plus /v1/tokenize_card.
 * Checked with raw fetch, as an integrator would.
 */
import { describe, expect, it } from 'vitest';
import { CARD_PAYMENTS_DEMO_CREDENTIALS } from '../../../../src-main/core/demo-credentials.ts';
import { createFakeClock } from '../../../support/fake-clock.ts';
import { arm } from '../../../support/sandbox.ts';
import { CHARGE_ROUTE, recordedPayments, startCardSandbox, TEST_CARDS } from '../../providers/card-payments/card-gateway.ts';
import {
  CREATED_RESPONSE,
  DECLINED_RESPONSE,
  DEFAULT_REQUEST,
  SLUG_TOKEN_REQUEST,
  STORED_CARD_REQUEST,
  ZERO_DOLLAR_REQUEST,
  seedJson,
} from '../../../unit/providers/card-payments/fixtures/seed-004.ts';
import { defaultWith, errorsOf, pay, post, tokenize } from './raw-gateway.ts';

describe('sandbox card gateway: the seed\'s own requests', () => {
  it('answers the default example with 201 and every field of the seed\'s response', async () => {
    const sim = await startCardSandbox();

    const reply = await pay(sim, DEFAULT_REQUEST.replace(/,(\s*[}\]])/g, '$1'));

    expect(reply.status).toBe(201);
    const payment = reply.body.card_payment as Record<string, unknown>;
    const seedPayment = seedJson(CREATED_RESPONSE).card_payment as Record<string, unknown>;
    expect(Object.keys(payment)).toEqual(Object.keys(seedPayment));
    expect(payment).toMatchObject({
      amount: 100,
      currency: 'BRL',
      status: 'approved',
      transaction_status: 'authorized',
      last_digits: '1111',
      first_digits: '411111',
      brand: 'Visa',
      payment_type: 'credit',
      installments: 1,
      card_holder_name: 'John Doe',
      card_holder_document: '00000000000',
      platform_name: 'string',
      external_id: null,
      created_at: '2025-09-11T19:45:00.000Z',
    });
    expect(payment.authorization_code).toMatch(/^[0-9A-F]{6}$/);
  });

  it('answers the zero-dollar example with 201 and charges nothing', async () => {
    const sim = await startCardSandbox();

    const reply = await pay(sim, seedJson(ZERO_DOLLAR_REQUEST));

    expect(reply.status).toBe(201);
    expect(reply.body.card_payment).toMatchObject({ amount: 0, status: 'approved', currency: 'BRL' });
    expect((await recordedPayments(sim)).map((payment) => payment.amount)).toEqual([0]);
  });

  it('refuses the slug-token example\'s placeholder token, and takes a real one from /v1/tokenize_card', async () => {
    const sim = await startCardSandbox();
    expect(errorsOf(await pay(sim, seedJson(SLUG_TOKEN_REQUEST)))).toEqual([{ code: 'MSG_GENERAL_ERROR', msg: 'Card token not found.' }]);

    const token = await tokenize(sim, TEST_CARDS.mastercard);
    const reply = await pay(sim, JSON.parse(JSON.stringify(seedJson(SLUG_TOKEN_REQUEST)).replace('XXXXXXXXXXX', token)));

    expect(reply.status).toBe(201);
    expect(reply.body.card_payment).toMatchObject({ brand: 'Mastercard', last_digits: '4444' });
  });

  it('takes the stored-card example with a token from /v1/tokenize_card', async () => {
    const sim = await startCardSandbox();
    const token = await tokenize(sim);

    const reply = await pay(sim, JSON.parse(JSON.stringify(seedJson(STORED_CARD_REQUEST)).replace('XXXXXXXXXXX', token)));

    expect(reply.status).toBe(201);
  });

  it('echoes external_id, the reference the seed says the client creates', async () => {
    const sim = await startCardSandbox();
    const reply = await pay(sim, defaultWith({ external_id: 'sale-42' }));
    expect(reply.body.card_payment).toMatchObject({ external_id: 'sale-42' });
  });
});

describe('sandbox card gateway: authentication', () => {
  it('answers 401 without a key, with a wrong key and with another scheme', async () => {
    const sim = await startCardSandbox();
    const attempts: Record<string, string>[] = [{}, { authorization: 'Bearer wrong' }, { authorization: CARD_PAYMENTS_DEMO_CREDENTIALS.apiKey }, { authorization: `Basic ${CARD_PAYMENTS_DEMO_CREDENTIALS.apiKey}` }];
    for (const headers of attempts) {
      expect((await pay(sim, seedJson(DEFAULT_REQUEST), headers)).status, JSON.stringify(headers)).toBe(401);
      expect((await post(sim, '/v1/tokenize_card', {}, headers)).status).toBe(401);
    }
    expect(await recordedPayments(sim)).toEqual([]);
  });
});

describe('sandbox card gateway: the authorizer', () => {
  it('declines the seed\'s way: AUTHORIZER_REJECTED, 46 - Identification required, brand code 83, every field of the example', async () => {
    const sim = await startCardSandbox();

    const reply = await pay(sim, defaultWith({ card_number: TEST_CARDS.declines46, amount: 1 }));

    expect(reply.status).toBe(422);
    expect(Object.keys(reply.body).sort()).toEqual(Object.keys(seedJson(DECLINED_RESPONSE)).sort());
    expect(reply.body).toMatchObject({
      errors: [{ code: 'AUTHORIZER_REJECTED', msg: '46 - Identification required' }],
      amount: 1,
      currency: 'BRL',
      last_digits: '0002',
      transaction_status: 'REJECTED',
      brand_response_code: '83',
      multiacq_id: '021',
    });
    expect(reply.body.muid).toMatch(/^[0-9a-f]{32}$/);
    expect(reply.body.tracking_number).toMatch(/^\d{32}$/);
  });

  it.each([
    [TEST_CARDS.declines51, '51 - Insufficient funds', '51'],
    ['4111111111111112', '14 - Invalid card number', '14'],
  ])('declines %s with %s', async (number, msg, brandCode) => {
    const sim = await startCardSandbox();
    const reply = await pay(sim, defaultWith({ card_number: number }));
    expect(reply.body).toMatchObject({ errors: [{ code: 'AUTHORIZER_REJECTED', msg }], brand_response_code: brandCode });
  });

  it('declines a card expired by its own clock with 54 - Expired card', async () => {
    const sim = await startCardSandbox({ clock: createFakeClock(Date.parse('2029-02-01T12:00:00Z')) });
    const reply = await pay(sim, seedJson(DEFAULT_REQUEST));
    expect(reply.body).toMatchObject({ errors: [{ code: 'AUTHORIZER_REJECTED', msg: '54 - Expired card' }] });
  });

  it('leaves the 3-D Secure test card waiting, and fails with 500 on the error test card', async () => {
    const sim = await startCardSandbox();
    const waiting = await pay(sim, defaultWith({ card_number: TEST_CARDS.waits3ds }));
    expect(waiting.body.card_payment).toMatchObject({ status: 'waiting_3ds_authentication', transaction_status: 'waiting', authorization_code: null });
    const failing = await pay(sim, defaultWith({ card_number: TEST_CARDS.fails500 }));
    expect(failing.status).toBe(500);
  });
});

describe('sandbox card gateway: tokenize_card and its vault', () => {
  it('answers with a 32-character token, first and last digits and the brand', async () => {
    const sim = await startCardSandbox();
    const card = { card_number: TEST_CARDS.elo, card_expiration_date: '012029', card_security_code: '123', card_holder_name: 'Ana', card_holder_document: '52998224725' };

    const reply = await post(sim, '/v1/tokenize_card', { card });

    expect(reply.status).toBe(201);
    expect(reply.body).toEqual({ slug_token: expect.stringMatching(/^[A-Za-z0-9]{32}$/) as string, last_digits: '7013', first_digits: '636297', brand: 'Elo' });
  });

  it('validates the card like a payment', async () => {
    const sim = await startCardSandbox();
    const card = { card_number: '4111111111111112', card_expiration_date: '132029', card_security_code: '12', card_holder_name: 'Ana', card_holder_document: '52998224725' };
    const reply = await post(sim, '/v1/tokenize_card', { card });
    expect(reply.status).toBe(422);
    expect(errorsOf(reply).map((error) => error.code).sort()).toEqual(['INVALID_CVV', 'INVALID_MONTH_NUMBER']);
    expect(errorsOf(await post(sim, '/v1/tokenize_card', { card: { ...card, card_expiration_date: '012029', card_security_code: '123' } }))).toEqual([
      { code: 'MSG_GENERAL_ERROR', msg: 'Invalid card number.' },
    ]);
    expect(errorsOf(await post(sim, '/v1/tokenize_card', {}))[0]?.code).toBe('FIELDS_REQUIRED');
  });

  it('forgets every token on the expired_token fault', async () => {
    const sim = await startCardSandbox();
    const token = await tokenize(sim);
    arm(sim, { route: CHARGE_ROUTE, kind: 'expired_token' });

    const reply = await pay(sim, defaultWith({ card_number: undefined, card_expiration_date: undefined, card_security_code: undefined, slug_token: token }));

    expect(errorsOf(reply)).toEqual([{ code: 'MSG_GENERAL_ERROR', msg: 'Card token not found.' }]);
  });

  it('keeps no card number in what it records', async () => {
    const sim = await startCardSandbox();
    await pay(sim, seedJson(DEFAULT_REQUEST));
    await pay(sim, defaultWith({ card_number: TEST_CARDS.declines46 }));
    const recorded = JSON.stringify(await recordedPayments(sim));
    expect(recorded).not.toContain(TEST_CARDS.visa);
    expect(recorded).not.toContain(TEST_CARDS.declines46);
    expect(recorded).toContain('"last_digits":"1111"');
  });
});
