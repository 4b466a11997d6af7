/** The embedded Astrapay sandbox is as strict as seed 001 says, checked with raw fetch. */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { crc16ccitt } from '../../../../src-main/pix/crc16.ts';
import { ASTRAPAY_DEMO_CREDENTIALS } from '../../../../src-main/core/demo-credentials.ts';
import type { Simulator } from '../../../../src-main/simulator/simulator.ts';
import { createFakeClock } from '../../../support/fake-clock.ts';
import { basicAuth, getToken, pixHeaders, requestToken, startTestSandbox } from '../../../support/sandbox.ts';

const FORM = 'application/x-www-form-urlencoded';
const validBasic = basicAuth(ASTRAPAY_DEMO_CREDENTIALS.clientId, ASTRAPAY_DEMO_CREDENTIALS.clientSecret);

function createCharge(sim: Simulator, token: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${sim.url}/astrapay/charge/v1/dynamic`, {
    method: 'POST',
    headers: { ...pixHeaders(token), 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

function listCharges(sim: Simulator, token: string, query: Record<string, string>) {
  return fetch(`${sim.url}/astrapay/charge/v1/dynamic?${new URLSearchParams(query)}`, { headers: pixHeaders(token) });
}

const wholeDay = () => ({
  initialDate: new Date(Date.now() - 3600_000).toISOString(),
  endDate: new Date(Date.now() + 3600_000).toISOString(),
});

describe('sandbox: POST /v1/token', () => {
  it('issues a bearer token for the right client with Basic auth and a client_credentials form', async () => {
    const sim = await startTestSandbox({ tokenTtlSeconds: 120 });

    const response = await requestToken(sim);

    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 120 });
    expect(body.access_token).toEqual(expect.stringMatching(/^\S{16,}$/));
  });

  it('requires the form content type', async () => {
    const sim = await startTestSandbox();
    const response = await requestToken(sim, {
      headers: { 'content-type': 'application/json', authorization: validBasic },
      body: JSON.stringify({ grant_type: 'client_credentials' }),
    });
    expect(response.status).toBe(400);
  });

  it('requires grant_type=client_credentials', async () => {
    const sim = await startTestSandbox();
    for (const body of ['grant_type=password', '']) {
      const response = await requestToken(sim, { headers: { 'content-type': FORM, authorization: validBasic }, body });
      expect(response.status, body).toBe(400);
    }
  });

  it('refuses a wrong secret, an unknown client and a missing Authorization', async () => {
    const sim = await startTestSandbox();
    const attempts = [
      basicAuth(ASTRAPAY_DEMO_CREDENTIALS.clientId, 'wrong'),
      basicAuth('someone-else', ASTRAPAY_DEMO_CREDENTIALS.clientSecret),
      undefined,
    ];
    for (const authorization of attempts) {
      const headers: Record<string, string> = { 'content-type': FORM, ...(authorization ? { authorization } : {}) };
      const response = await requestToken(sim, { headers, body: 'grant_type=client_credentials' });
      expect(response.status, String(authorization)).toBe(401);
    }
  });
});

describe('sandbox: PIX route guards', () => {
  it('answers 401 without a bearer token or with one it never issued', async () => {
    const sim = await startTestSandbox();
    const url = `${sim.url}/astrapay/charge/v1/dynamic/whatever`;

    expect((await fetch(url, { headers: { 'x-transaction-id': randomUUID() } })).status).toBe(401);
    expect((await fetch(url, { headers: pixHeaders('made-up-token') })).status).toBe(401);
  });

  it('answers 401 once the token has expired, and not a moment before', async () => {
    const clock = createFakeClock();
    const sim = await startTestSandbox({ clock, tokenTtlSeconds: 60 });
    const token = await getToken(sim);
    const url = `${sim.url}/astrapay/charge/v1/dynamic/unknown`;

    clock.advance(59_999);
    expect((await fetch(url, { headers: pixHeaders(token) })).status).toBe(404);
    clock.advance(1);
    expect((await fetch(url, { headers: pixHeaders(token) })).status).toBe(401);
  });

  it('answers 400 when x-transaction-id is missing or not a UUID', async () => {
    const sim = await startTestSandbox();
    const token = await getToken(sim);
    const url = `${sim.url}/astrapay/charge/v1/dynamic/unknown`;

    expect((await fetch(url, { headers: { authorization: `Bearer ${token}` } })).status).toBe(400);
    const notUuid = await fetch(url, { headers: pixHeaders(token, { 'x-transaction-id': 'order-123' }) });
    expect(notUuid.status).toBe(400);
  });

  it('refuses a POST whose body is not declared as JSON', async () => {
    const sim = await startTestSandbox();
    const token = await getToken(sim);

    const response = await createCharge(sim, token, { amount: 10 }, { 'content-type': 'text/plain' });

    expect(response.status).toBe(415);
  });
});

describe('sandbox: POST /charge/v1/dynamic validation', () => {
  it.each([
    ['an amount with 3 decimals', { amount: 12.345 }],
    ['a zero amount', { amount: 0 }],
    ['a negative amount', { amount: -5 }],
    ['no amount', { description: 'no amount' }],
    ['an amount given as a string', { amount: '12.00' }],
    ['an unknown field', { amount: 12, surprise: true }],
  ])('answers 400 for a body with %s', async (_, body) => {
    const sim = await startTestSandbox();
    const token = await getToken(sim);

    const response = await createCharge(sim, token, body);

    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: expect.any(String), message: expect.any(String) });
  });

  it('answers 400 for a body that is not JSON', async () => {
    const sim = await startTestSandbox();
    const response = await createCharge(sim, await getToken(sim), '{"amount": 1');
    expect(response.status).toBe(400);
  });

  it('refuses a debtor with both CPF and CNPJ, accepts one with either', async () => {
    const sim = await startTestSandbox();
    const token = await getToken(sim);
    const both = { name: 'João', naturalPersonIdentification: '12345678901', legalPersonIdentification: '12345678000190' };

    expect((await createCharge(sim, token, { amount: 10, debtor: both })).status).toBe(400);
    expect((await createCharge(sim, token, { amount: 10, debtor: { name: 'João', naturalPersonIdentification: '12345678901' } })).status).toBe(201);
    expect((await createCharge(sim, token, { amount: 10, debtor: { name: 'Loja', legalPersonIdentification: '12345678000190' } })).status).toBe(201);
  });

  it('creates a charge shaped like the seed, whose BR Code CRC is valid', async () => {
    const sim = await startTestSandbox();
    const response = await createCharge(sim, await getToken(sim), { amount: 100, expiration: 3600, userReference: 'order-1' });

    expect(response.status).toBe(201);
    const charge = (await response.json()) as Record<string, unknown> & { pixCopyAndPaste: string };
    expect(charge).toMatchObject({ amount: 100, status: { code: '2', description: 'ACTIVE' }, userReference: 'order-1' });
    const code = charge.pixCopyAndPaste;
    expect(code.startsWith('000201')).toBe(true);
    expect(code.slice(-8, -4)).toBe('6304');
    expect(crc16ccitt(code.slice(0, -4))).toBe(code.slice(-4));
  });

  it('computes CRC-16/CCITT-FALSE: the check value of "123456789" is 29B1', () => {
    expect(crc16ccitt('123456789')).toBe('29B1');
  });
});

describe('sandbox: GET /charge/v1/dynamic (list) and /:txid (consult)', () => {
  it('requires initialDate and endDate', async () => {
    const sim = await startTestSandbox();
    const token = await getToken(sim);
    const { initialDate, endDate } = wholeDay();

    expect((await listCharges(sim, token, {})).status).toBe(400);
    expect((await listCharges(sim, token, { initialDate })).status).toBe(400);
    expect((await listCharges(sim, token, { endDate })).status).toBe(400);
    expect((await listCharges(sim, token, { initialDate, endDate })).status).toBe(200);
  });

  it('filters by userReference and pages with page/size', async () => {
    const sim = await startTestSandbox();
    const token = await getToken(sim);
    const txids: string[] = [];
    for (let i = 1; i <= 5; i++) {
      const response = await createCharge(sim, token, { amount: i, userReference: 'batch' });
      txids.push(((await response.json()) as { txid: string }).txid);
    }
    await createCharge(sim, token, { amount: 9, userReference: 'other' });

    const pages = [];
    for (const page of [0, 1, 2]) {
      const response = await listCharges(sim, token, { ...wholeDay(), userReference: 'batch', page: String(page), size: '2' });
      pages.push((await response.json()) as { content: { txid: string; userReference: string }[]; totalElements: number });
    }

    expect(pages.map((p) => p.content.length)).toEqual([2, 2, 1]);
    expect(pages.every((p) => p.totalElements === 5)).toBe(true);
    expect(pages.flatMap((p) => p.content.map((c) => c.txid)).sort()).toEqual([...txids].sort());
  });

  it('answers 404 for a txid it does not know', async () => {
    const sim = await startTestSandbox();
    const response = await fetch(`${sim.url}/astrapay/charge/v1/dynamic/astra202401nope`, { headers: pixHeaders(await getToken(sim)) });
    expect(response.status).toBe(404);
  });
});

describe('sandbox: fault control endpoint', () => {
  const postFault = (sim: Simulator, body: string) =>
    fetch(`${sim.url}/__sim/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  it.each([
    ['an unknown kind', { route: 'GET /astrapay', kind: 'explode' }],
    ['a route without a method', { route: '/astrapay', kind: 'reset' }],
    ['an unknown key', { route: 'GET /astrapay', kind: 'reset', extra: 1 }],
    ['a status outside 400-599', { route: 'GET /astrapay', kind: 'status', status: 200 }],
  ])('rejects a fault with %s', async (_, fault) => {
    const sim = await startTestSandbox();
    const response = await postFault(sim, JSON.stringify(fault));
    expect(response.status).toBe(400);
  });

  it('answers 400 (not a 500) to a fault that is not JSON', async () => {
    const sim = await startTestSandbox();
    const response = await postFault(sim, '{route:');
    expect(response.status).toBe(400);
  });

  it('arms a well-formed fault for the next matching request only', async () => {
    const sim = await startTestSandbox();
    const token = await getToken(sim);
    const url = `${sim.url}/astrapay/charge/v1/dynamic/unknown`;

    expect((await postFault(sim, JSON.stringify({ route: 'GET /astrapay/charge', kind: 'status', status: 503 }))).status).toBe(204);

    expect((await fetch(url, { headers: pixHeaders(token) })).status).toBe(503);
    expect((await fetch(url, { headers: pixHeaders(token) })).status).toBe(404);
  });
});
