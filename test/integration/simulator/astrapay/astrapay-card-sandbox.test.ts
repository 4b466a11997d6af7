/** The sandbox's Astrapay credit card API (shapes assumed in the adapter README), checked with raw HTTP. */
import { describe, expect, it } from 'vitest';
import { getToken, startTestSandbox } from '../../../support/sandbox.ts';
import { send, window } from './astrapay-sandbox-support.ts';

const YEAR = String(new Date().getFullYear() + 2);
const card = (number = '4111111111111111', overrides: Record<string, unknown> = {}) => ({
  number,
  holderName: 'MARIA SILVA',
  expirationMonth: '12',
  expirationYear: YEAR,
  securityCode: number.length === 15 ? '1234' : '123',
  ...overrides,
});
const customer = { name: 'Maria Silva', naturalPersonIdentification: '52998224725' };
const charge = (overrides: Record<string, unknown> = {}) => ({ amount: 10.5, installments: 1, userReference: 'sale-1', card: card(), customer, ...overrides });

describe('sandbox: POST /card/v1/credit', () => {
  it('approves with an authorization code and answers only brand, first 6 and last 4 of the card', async () => {
    const sim = await startTestSandbox();

    const response = await send(sim, await getToken(sim), 'POST', '/card/v1/credit', charge({ installments: 3 }));

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      transactionId: expect.any(String),
      status: { code: '1', description: 'APPROVED' },
      amount: 10.5,
      installments: 3,
      authorizationCode: expect.stringMatching(/^\d{6}$/),
      card: { brand: 'VISA', firstSixDigits: '411111', lastFourDigits: '1111' },
      userReference: 'sale-1',
    });
    expect(response.text).not.toContain('4111111111111111');
    expect(response.text).not.toContain('"securityCode"');
  });

  it.each([
    ['4000000000009995', 'INSUFFICIENT_FUNDS'],
    ['4000000000000002', 'DO_NOT_HONOR'],
  ])('declines test card %s with %s', async (number, code) => {
    const sim = await startTestSandbox();
    const response = await send(sim, await getToken(sim), 'POST', '/card/v1/credit', charge({ card: card(number) }));
    expect(response).toMatchObject({ status: 201, body: { status: { description: 'DECLINED' }, returnCode: code, authorizationCode: null } });
  });

  it('answers 500 for the failing test card and records nothing', async () => {
    const sim = await startTestSandbox();
    const token = await getToken(sim);

    expect((await send(sim, token, 'POST', '/card/v1/credit', charge({ card: card('4000000000000119') }))).status).toBe(500);
    expect((await send(sim, token, 'GET', `/card/v1/credit${window()}`)).body).toMatchObject({ totalElements: 0 });
  });

  it.each([
    ['a number failing Luhn', { card: card('4111111111111112') }],
    ['a number with spaces', { card: card('4111 1111 1111 1111') }],
    ['an expired card', { card: card(undefined, { expirationYear: '2020' }) }],
    ['month 13', { card: card(undefined, { expirationMonth: '13' }) }],
    ['a 2-digit year', { card: card(undefined, { expirationYear: '30' }) }],
    ['a 4-digit code on a Visa', { card: card(undefined, { securityCode: '1234' }) }],
    ['a 3-digit code on an Amex', { card: card('378282246310005', { securityCode: '123' }) }],
    ['a holder name with digits', { card: card(undefined, { holderName: 'MARIA 2' }) }],
    ['no security code', { card: card(undefined, { securityCode: undefined }) }],
    ['13 installments', { installments: 13 }],
    ['0 installments', { installments: 0 }],
    ['an amount with 3 decimals', { amount: 1.005 }],
    ['a customer with both CPF and CNPJ', { customer: { ...customer, legalPersonIdentification: '11222333000181' } }],
    ['a customer with neither', { customer: { name: 'Maria' } }],
    ['a CPF with wrong check digits', { customer: { name: 'Maria', naturalPersonIdentification: '52998224726' } }],
    ['an unknown field', { capture: true }],
  ])('answers 400 for %s, without echoing the card number', async (_, overrides) => {
    const sim = await startTestSandbox();

    const response = await send(sim, await getToken(sim), 'POST', '/card/v1/credit', charge(overrides));

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'VALIDATION_ERROR', message: expect.any(String) });
    expect(response.text).not.toMatch(/\d{12,}/);
  });

  it('does not echo the number when it is not even a string', async () => {
    const sim = await startTestSandbox();
    const response = await send(sim, await getToken(sim), 'POST', '/card/v1/credit', charge({ card: card(undefined, { number: 4111111111111111 }) }));
    expect(response.status).toBe(400);
    expect(response.text).not.toMatch(/\d{12,}/);
  });

  it('demands a bearer token, a UUID x-transaction-id and JSON', async () => {
    const sim = await startTestSandbox();
    const token = await getToken(sim);
    expect((await send(sim, 'made-up', 'POST', '/card/v1/credit', charge())).status).toBe(401);
    expect((await send(sim, token, 'POST', '/card/v1/credit', charge(), { 'x-transaction-id': 'sale-1' })).status).toBe(400);
    expect((await send(sim, token, 'POST', '/card/v1/credit', JSON.stringify(charge()), { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await send(sim, token, 'POST', '/card/v1/credit', '{"amount":')).status).toBe(400);
  });
});

describe('sandbox: card transactions after the charge', () => {
  it('searches, lists by userReference and cancels in part then in full', async () => {
    const sim = await startTestSandbox();
    const token = await getToken(sim);
    const { transactionId } = (await send(sim, token, 'POST', '/card/v1/credit', charge({ amount: 10 }))).body as { transactionId: string };
    await send(sim, token, 'POST', '/card/v1/credit', charge({ userReference: 'sale-2' }));

    expect((await send(sim, token, 'GET', `/card/v1/credit/${transactionId}`)).body).toMatchObject({ transactionId });
    expect((await send(sim, token, 'GET', `/card/v1/credit${window({ userReference: 'sale-1' })}`)).body).toMatchObject({ totalElements: 1 });
    expect((await send(sim, token, 'GET', '/card/v1/credit')).status).toBe(400);
    expect((await send(sim, token, 'PUT', `/card/v1/credit/${transactionId}/cancel`, { amount: 4 })).body).toMatchObject({
      status: { description: 'PARTIALLY CANCELLED' },
      cancelledAmount: 4,
    });
    expect((await send(sim, token, 'PUT', `/card/v1/credit/${transactionId}/cancel`, { amount: 6.01 })).body).toMatchObject({ code: 'CANCEL_EXCEEDS_AVAILABLE' });
    expect((await send(sim, token, 'PUT', `/card/v1/credit/${transactionId}/cancel`, {})).body).toMatchObject({
      status: { description: 'CANCELLED' },
      cancelledAmount: 10,
    });
    expect((await send(sim, token, 'PUT', `/card/v1/credit/${transactionId}/cancel`, {})).status).toBe(422);
    expect((await send(sim, token, 'GET', '/card/v1/credit/8d1c6a55-5c1f-4b8e-9a38-3f1f0c7b9e21')).status).toBe(404);
  });
});

describe('sandbox: tokenized cards', () => {
  it('registers, lists, searches, charges and deletes a token', async () => {
    const sim = await startTestSandbox();
    const token = await getToken(sim);

    const registered = await send(sim, token, 'POST', '/card/v1/credit/tokens', { card: card('5555555555554444'), customer });
    const { cardToken } = registered.body as { cardToken: string };
    const listed = await send(sim, token, 'GET', '/card/v1/credit/tokens');
    const charged = await send(sim, token, 'POST', '/card/v1/credit/tokenized', { cardToken, amount: 20, installments: 2, customer });
    const deleted = await send(sim, token, 'DELETE', `/card/v1/credit/tokens/${cardToken}`);

    expect(registered).toMatchObject({ status: 201, body: { card: { brand: 'MASTERCARD', lastFourDigits: '4444', expirationMonth: '12', expirationYear: YEAR } } });
    expect(registered.text).not.toContain('5555555555554444');
    expect(listed.body).toMatchObject({ totalElements: 1, content: [{ cardToken }] });
    expect(charged.body).toMatchObject({ status: { description: 'APPROVED' }, cardToken, card: { lastFourDigits: '4444' } });
    expect(deleted.status).toBe(204);
    expect((await send(sim, token, 'GET', `/card/v1/credit/tokens/${cardToken}`)).status).toBe(404);
    expect((await send(sim, token, 'POST', '/card/v1/credit/tokenized', { cardToken, amount: 20, installments: 1, customer })).status).toBe(404);
  });

  it('refuses to register a card without its security code or with an invalid number', async () => {
    const sim = await startTestSandbox();
    const token = await getToken(sim);
    expect((await send(sim, token, 'POST', '/card/v1/credit/tokens', { card: card(undefined, { securityCode: undefined }), customer })).status).toBe(400);
    expect((await send(sim, token, 'POST', '/card/v1/credit/tokens', { card: card('4111111111111112'), customer })).status).toBe(400);
  });
});
