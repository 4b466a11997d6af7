/** The Payments sandbox's `GET /v1/payments` (seed 002): envelope, paging, sort and every filter, with raw fetch. */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Simulator } from '../../../../src-main/simulator/simulator.ts';
import { createFakeClock, type FakeClock } from '../../../support/fake-clock.ts';
import { json, rawCreate, rawList, startPaymentsSandbox, validBody } from '../../providers/payments/payments-on-sandbox.ts';

interface Item {
  id: string;
  customer_id: string;
  transaction_id: string;
  amount: string;
  status: string;
  payment_method: string;
  created_at: string;
}
interface ListAnswer {
  data: Item[];
  page: number;
  limit: number;
  total: number;
}

const T0 = Date.parse('2024-05-01T12:00:00Z');

/** Five payments a minute apart, amounts 10, 30, 20, 50, 40; the 4th is a bank transfer by another customer. */
async function seed(sim: Simulator, clock: FakeClock): Promise<string[]> {
  const transactions: string[] = [];
  for (const [index, amount] of ['10.00', '30.00', '20.00', '50.00', '40.00'].entries()) {
    clock.set(T0 + index * 60_000);
    const transaction = randomUUID();
    transactions.push(transaction);
    const other = index === 3 ? { customer_id: 'customer-b', payment_method: 'bank_transfer' } : {};
    expect((await rawCreate(sim, validBody({ amount, transaction: { id: transaction }, ...other }))).status).toBe(201);
  }
  return transactions;
}

async function list(sim: Simulator, query: Record<string, string>): Promise<ListAnswer> {
  const response = await rawList(sim, query);
  expect(response.status).toBe(200);
  return json<ListAnswer>(response);
}

const amounts = (answer: ListAnswer) => answer.data.map((item) => item.amount);

describe('Payments sandbox: GET /v1/payments', () => {
  it('answers { data, page, limit, total } with the seed’s item fields, newest first by default, 20 a page', async () => {
    const clock = createFakeClock(T0);
    const sim = await startPaymentsSandbox({ clock });
    await seed(sim, clock);

    const answer = await list(sim, {});

    expect(answer).toMatchObject({ page: 1, limit: 20, total: 5 });
    expect(amounts(answer)).toEqual(['40.00', '50.00', '20.00', '30.00', '10.00']);
    expect(Object.keys(answer.data[0] ?? {}).sort()).toEqual(
      ['amount', 'created_at', 'currency', 'customer_id', 'id', 'payment_method', 'status', 'transaction_id', 'updated_at'].sort(),
    );
    expect(answer.data[1]?.payment_method).toBe('bank_transfer');
  });

  it('pages: page=2&limit=2 is items 3 and 4, and a page past the end is empty', async () => {
    const clock = createFakeClock(T0);
    const sim = await startPaymentsSandbox({ clock });
    await seed(sim, clock);

    const second = await list(sim, { page: '2', limit: '2', sort: 'created_at,asc' });
    const beyond = await list(sim, { page: '4', limit: '2' });

    expect(amounts(second)).toEqual(['20.00', '50.00']);
    expect(second).toMatchObject({ page: 2, limit: 2, total: 5 });
    expect(beyond).toMatchObject({ data: [], page: 4, total: 5 });
  });

  it('sorts by item,(asc|desc)', async () => {
    const clock = createFakeClock(T0);
    const sim = await startPaymentsSandbox({ clock });
    await seed(sim, clock);

    expect(amounts(await list(sim, { sort: 'amount,asc' }))).toEqual(['10.00', '20.00', '30.00', '40.00', '50.00']);
    expect(amounts(await list(sim, { sort: 'amount,desc' }))).toEqual(['50.00', '40.00', '30.00', '20.00', '10.00']);
    const ids = (await list(sim, { sort: 'id,desc' })).data.map((item) => item.id);
    expect(ids).toEqual([...ids].sort().reverse());
  });

  it('filters by start_time and end_time (inclusive), in any RFC 3339 offset', async () => {
    const clock = createFakeClock(T0);
    const sim = await startPaymentsSandbox({ clock });
    await seed(sim, clock);

    const window = await list(sim, { start_time: '2024-05-01T12:01:00Z', end_time: '2024-05-01T09:03:00-03:00', sort: 'created_at,asc' });

    expect(amounts(window)).toEqual(['30.00', '20.00', '50.00']);
    expect(window.total).toBe(3);
  });

  it('filters by customer_id and by one or many comma-separated transaction_id', async () => {
    const clock = createFakeClock(T0);
    const sim = await startPaymentsSandbox({ clock });
    const transactions = await seed(sim, clock);

    expect(amounts(await list(sim, { customer_id: 'customer-b' }))).toEqual(['50.00']);
    expect(amounts(await list(sim, { transaction_id: transactions[2] ?? '' }))).toEqual(['20.00']);
    const many = await list(sim, { transaction_id: `${transactions[0]}, ${transactions[4]}`, sort: 'amount,asc' });
    expect(amounts(many)).toEqual(['10.00', '40.00']);
    expect((await list(sim, { transaction_id: randomUUID() })).total).toBe(0);
  });

  it.each([
    ['page', { page: '0' }],
    ['page', { page: '10000000' }],
    ['page', { page: 'one' }],
    ['limit', { limit: '0' }],
    ['limit', { limit: '41' }],
    ['limit', { limit: '2.5' }],
    ['sort', { sort: 'amount' }],
    ['sort', { sort: 'amount,up' }],
    ['sort', { sort: 'colour,asc' }],
    ['start_time', { start_time: '2024-05-01' }],
    ['start_time', { start_time: '2024-05-01T12:00:00' }],
    ['end_time', { end_time: 'yesterday' }],
    ['end_time', { start_time: '2024-05-02T00:00:00Z', end_time: '2024-05-01T00:00:00Z' }],
    ['customer_id', { customer_id: '' }],
    ['customer_id', { customer_id: 'c'.repeat(256) }],
    ['transaction_id', { transaction_id: 'a,,b' }],
    ['size', { size: '10' }],
  ])('refuses a bad %s with 422: %j', async (field, query) => {
    const sim = await startPaymentsSandbox();
    const response = await rawList(sim, query);
    expect(response.status).toBe(422);
    const answer = await json<{ message: string; errors: Record<string, string[]> }>(response);
    expect(Object.keys(answer.errors)).toEqual([field]);
  });

  it('takes the limits at their edges: limit 40, page 9999999', async () => {
    const sim = await startPaymentsSandbox();
    expect(await list(sim, { limit: '40', page: '9999999' })).toMatchObject({ data: [], limit: 40, page: 9_999_999 });
  });
});
