/** The embedded Payments sandbox (seed 002), `POST /v1/payment`, as strict as the seed, checked with raw fetch. */
import { describe, expect, it } from 'vitest';
import { parseBrCode } from '../../../../src-main/pix/br-code.ts';
import type { Simulator } from '../../../../src-main/simulator/simulator.ts';
import {
  AUTH,
  json,
  rawCreate,
  rawDetails,
  rawList,
  startPaymentsSandbox,
  validBody,
} from '../../providers/payments/payments-on-sandbox.ts';

type Complaint = { message: string; errors: Record<string, string[]> };

async function complaintsAbout(sim: Simulator, body: unknown): Promise<Record<string, string[]>> {
  const response = await rawCreate(sim, body);
  expect(response.status).toBe(422);
  const answer = await json<Complaint>(response);
  expect(answer.message).toBe('The given data was invalid.');
  return answer.errors;
}

describe('Payments sandbox: the door', () => {
  it('answers 401 without the API key, with another one, or with it outside a Bearer header', async () => {
    const sim = await startPaymentsSandbox();
    const attempts: Record<string, string>[] = [{}, { authorization: 'Bearer someone-else' }, { authorization: 'pdv-demo-payments-key' }];
    for (const headers of attempts) {
      expect((await rawCreate(sim, validBody(), headers)).status).toBe(401);
      expect((await rawDetails(sim, 'x', headers)).status).toBe(401);
      expect((await rawList(sim, {}, headers)).status).toBe(401);
    }
    expect(await json(await rawList(sim, {}, {}))).toEqual({ message: 'Unauthenticated.' });
  });

  it('wants JSON: 415 for another content type, 400 for a body that is not JSON', async () => {
    const sim = await startPaymentsSandbox();
    expect((await rawCreate(sim, JSON.stringify(validBody()), { ...AUTH, 'content-type': 'text/plain' })).status).toBe(415);
    const broken = await rawCreate(sim, '{"amount": ');
    expect(broken.status).toBe(400);
    expect(await json(broken)).toEqual({ message: 'The body is not valid JSON.' });
  });
});

describe('Payments sandbox: field rules', () => {
  it('reports every missing required field at once', async () => {
    const sim = await startPaymentsSandbox();
    const errors = await complaintsAbout(sim, {});
    expect(Object.keys(errors).sort()).toEqual(
      ['amount', 'callback', 'customer_id', 'document', 'email', 'name', 'payment_method', 'transaction'].sort(),
    );
    expect(errors.name).toEqual(['The name field is required.']);
  });

  it.each([
    ['customer_id', { customer_id: '' }],
    ['customer_id', { customer_id: 'c'.repeat(256) }],
    ['branch', { branch: '' }],
    ['branch', { branch: 'b'.repeat(256) }],
    ['name', { name: 'Al' }],
    ['name', { name: 'n'.repeat(151) }],
    ['email', { email: 'ana.maria.souz@exemplo.com.br' }],
    ['email', { email: `${'a'.repeat(244)}@example.com` }],
    ['email', { email: 'this-is-thirty-characters-long-but-no-at' }],
    ['document', { document: '123.456.789-09' }],
    ['document', { document: '12345678900' }],
    ['document', { document: 12345678909 }],
    ['amount', { amount: '1.99' }],
    ['amount', { amount: 1.99 }],
    ['amount', { amount: '300,10' }],
    ['amount', { amount: '300.105' }],
    ['amount', { amount: '123456789.00' }],
    ['currency', { currency: 'EUR' }],
    ['currency', { currency: 'brl' }],
    ['payment_method', { payment_method: 'card' }],
    ['callback', { callback: 'https://a.example/xxxxxxxxxxx' }],
    ['callback', { callback: `http://shop.example/${'x'.repeat(231)}` }],
    ['callback', { callback: 'ftp://files.example.com.br/payments/cb' }],
    ['transaction.id', { transaction: { id: '' } }],
    ['transaction.id', { transaction: { id: 't'.repeat(256) } }],
    ['transaction', { transaction: 'sale-1' }],
    ['pix.expire_in', { pix: { expire_in: 0 } }],
    ['pix.expire_in', { pix: { expire_in: 1.5 } }],
    ['pix.expire_in', { pix: { expire_in: '600' } }],
    ['pix.expires_in', { pix: { expires_in: 600 } }],
    ['description', { description: 'not in the API' }],
  ])('refuses a bad %s: %j', async (field, patch) => {
    const sim = await startPaymentsSandbox();
    const errors = await complaintsAbout(sim, validBody(patch));
    expect(Object.keys(errors)).toEqual([field]);
    expect(errors[field]?.[0]).toEqual(expect.any(String));
  });

  it('says what is wrong with a decimal comma and an unknown field', async () => {
    const sim = await startPaymentsSandbox();
    const errors = await complaintsAbout(sim, validBody({ amount: '300,10', description: 'x' }));
    expect(errors).toEqual({
      amount: ['The amount must use a dot as the decimal separator.'],
      description: ['This field is not part of the API.'],
    });
  });

  it('takes the edges: amount 2, email of 30, name of 3, callback of 30, optional branch, currency and pix left out', async () => {
    const sim = await startPaymentsSandbox();
    const { currency: _currency, ...withoutCurrency } = validBody({ amount: 2, email: 'ana.maria.souza@exemplo.com.br', name: 'Ana', callback: 'https://a.example/xxxxxxxxxxxx' });
    const response = await rawCreate(sim, withoutCurrency);
    expect(response.status).toBe(201);
    const created = await json<{ id: string; values: { exchange: string } }>(response);
    // "if currency isn't provided it will auto-select USD"
    expect(created.values.exchange).toBe('5.2500');
    expect(await json(await rawDetails(sim, created.id))).toMatchObject({ currency: 'USD', amount: '2.00' });
  });
});

describe('Payments sandbox: what a payment costs', () => {
  it('BRL: no conversion (exchange 1.0000), a 1.5 % fee, total = subtotal + fee', async () => {
    const sim = await startPaymentsSandbox();
    const created = await json(await rawCreate(sim, validBody({ amount: '300.10', currency: 'BRL' })));
    // 1.5 % of 300.10 = 4.5015 → 4.50
    expect(created.values).toEqual({ total: '304.60', subtotal: '300.10', exchange: '1.0000', fee: '4.50' });
  });

  it('USD: converted at 5.2500, rounded half up to the centavo, with no float drift', async () => {
    const sim = await startPaymentsSandbox();
    const cases = [
      // 19.99 × 5.25 = 104.9475 → 104.95; fee 1.574… → 1.57
      ['19.99', { total: '106.52', subtotal: '104.95', exchange: '5.2500', fee: '1.57' }],
      // 0.1 + 0.2 style traps: 2.30 × 5.25 = 12.075 → 12.08; fee 0.1812 → 0.18
      ['2.30', { total: '12.26', subtotal: '12.08', exchange: '5.2500', fee: '0.18' }],
      ['99999999.99', { total: '532874999.95', subtotal: '524999999.95', exchange: '5.2500', fee: '7875000.00' }],
    ] as const;
    for (const [amount, values] of cases) {
      const created = await json(await rawCreate(sim, validBody({ amount, currency: 'USD' })));
      expect(created.values, amount).toEqual(values);
    }
  });
});

describe('Payments sandbox: the answers', () => {
  it('a PIX payment: id, pending, method, values and a dynamic BR Code for the total with a valid CRC', async () => {
    const sim = await startPaymentsSandbox();
    const response = await rawCreate(sim, validBody({ amount: '10.00', currency: 'USD', pix: { expire_in: 600 } }));
    expect(response.status).toBe(201);
    const created = await json<{ id: string; pix: { qrcode: string; reference: string } }>(response);
    expect(created).toEqual({
      id: expect.any(String),
      status: 'pending',
      payment: { method: 'pix' },
      values: { total: '53.29', subtotal: '52.50', exchange: '5.2500', fee: '0.79' },
      pix: { qrcode: created.pix.reference, reference: expect.any(String), beneficiary: 'Payments Sandbox Ltda', expire_in: 600 },
    });
    const fields = parseBrCode(created.pix.reference);
    expect(fields.get('54')).toBe('53.29');
    expect(fields.get('53')).toBe('986');
    expect(fields.get('01')).toBe('12');
    expect(fields.get('59')).toBe('PAYMENTS SANDBOX LTDA');
  });

  it('a bank transfer: the account to deposit into, and no pix block', async () => {
    const sim = await startPaymentsSandbox();
    const created = await json(await rawCreate(sim, validBody({ payment_method: 'bank_transfer' })));
    expect(created).toEqual({
      id: expect.any(String),
      status: 'pending',
      payment: { method: 'bank_transfer' },
      values: { total: '101.50', subtotal: '100.00', exchange: '1.0000', fee: '1.50' },
      bank: {
        name: 'Banco Sandbox S.A.',
        code: '999',
        agency: '0001-9',
        account: '123456-7',
        account_operation: 'current account',
        document: '11222333000181',
        beneficiary: 'Payments Sandbox Ltda',
      },
    });
  });

  it('GET /v1/payment/{id}: the seed’s fields plus the create’s blocks; 404 for an id it never made', async () => {
    const sim = await startPaymentsSandbox();
    const body = validBody({ amount: '45.50', branch: 'Centro' });
    const created = await json<{ id: string; pix: unknown; values: unknown }>(await rawCreate(sim, body));

    const details = await json(await rawDetails(sim, created.id));

    expect(details).toEqual({
      id: created.id,
      customer_id: body.customer_id,
      transaction_id: (body.transaction as { id: string }).id,
      amount: '45.50',
      currency: 'BRL',
      status: 'pending',
      method: 'pix',
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      updated_at: details.created_at,
      values: created.values,
      pix: { ...(created.pix as object), expire_in: 1800 },
    });
    const missing = await rawDetails(sim, 'no-such-payment');
    expect(missing.status).toBe(404);
    expect(await json(missing)).toEqual({ message: 'Payment not found.' });
  });
});
