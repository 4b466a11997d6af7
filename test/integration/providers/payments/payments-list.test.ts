/** The Payments provider's PIX list (`GET /v1/payments`) against the sandbox: each filter, paging, order. */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pixOf, type PixChargeFilter } from '../../../../src-main/providers/provider.ts';
import { createFakeClock } from '../../../support/fake-clock.ts';
import { LIST_ROUTE, paymentsOn, PAYER, pixRequest, posErrorOf, startPaymentsSandbox } from './payments-on-sandbox.ts';

const T0 = Date.parse('2024-05-01T12:00:00Z');
const OTHER_CPF = '52998224725';

/** Six PIX charges a minute apart (amounts 10.00..15.00), the 3rd for another customer, and one bank transfer. */
async function seeded() {
  const clock = createFakeClock(T0);
  const sim = await startPaymentsSandbox({ clock });
  const provider = paymentsOn(sim);
  const references: string[] = [];
  for (let index = 0; index < 6; index += 1) {
    clock.set(T0 + index * 60_000);
    const payer = index === 2 ? { ...PAYER, document: OTHER_CPF } : PAYER;
    references.push((await pixOf(provider).create(pixRequest(1000 + index * 100, { payer }))).userReference ?? '');
  }
  clock.set(T0 + 6 * 60_000);
  await provider.bankTransfer?.create({ amountCents: 9900, payer: PAYER, reference: randomUUID(), transactionId: randomUUID() });
  const filter: PixChargeFilter = { from: new Date(T0 - 3600_000), to: new Date(T0 + 3600_000), page: 0, pageSize: 20 };
  return { sim, clock, pix: pixOf(provider), references, filter };
}

const amounts = (items: { amountCents: number }[]) => items.map((item) => item.amountCents);

describe('Payments provider: listing PIX charges', () => {
  it('lists the PIX charges in the window, newest first, as PixCharges', async () => {
    const { pix, filter, references } = await seeded();

    const page = await pix.list?.(filter);

    expect(amounts(page?.items ?? [])).toEqual([1500, 1400, 1300, 1200, 1100, 1000]);
    // The API counts the bank transfer too: it cannot filter by method.
    expect(page).toMatchObject({ page: 0, pageSize: 20, total: 7 });
    expect(page?.items[5]).toMatchObject({ status: 'active', userReference: references[0], createdAt: new Date(T0).toISOString() });
  });

  it('filters by time window', async () => {
    const { pix, filter } = await seeded();
    const page = await pix.list?.({ ...filter, from: new Date(T0 + 60_000), to: new Date(T0 + 3 * 60_000) });
    expect(amounts(page?.items ?? [])).toEqual([1300, 1200, 1100]);
  });

  it('filters by the payer’s document (sent as customer_id)', async () => {
    const { pix, filter } = await seeded();
    const page = await pix.list?.({ ...filter, document: OTHER_CPF });
    expect(amounts(page?.items ?? [])).toEqual([1200]);
  });

  it('filters by our sale id (sent as transaction_id)', async () => {
    const { pix, filter, references } = await seeded();
    const page = await pix.list?.({ ...filter, userReference: references[4] ?? '' });
    expect(amounts(page?.items ?? [])).toEqual([1400]);
    expect(page?.total).toBe(1);
  });

  it('filters by status on the page the API sent', async () => {
    const { pix, filter } = await seeded();
    const [newest] = (await pix.list?.(filter))?.items ?? [];
    await pix.simulatePayment?.(newest?.txid ?? '');

    expect(amounts((await pix.list?.({ ...filter, status: 'paid' }))?.items ?? [])).toEqual([1500]);
    expect(amounts((await pix.list?.({ ...filter, status: 'active' }))?.items ?? [])).toEqual([1400, 1300, 1200, 1100, 1000]);
  });

  it('pages from 0 as the till does, and the API from 1', async () => {
    const { pix, filter } = await seeded();
    const second = await pix.list?.({ ...filter, page: 1, pageSize: 2 });
    // API page 2 of [transfer, 1500, 1400, 1300, ...]: the transfer takes a place on page 1.
    expect(amounts(second?.items ?? [])).toEqual([1400, 1300]);
    expect(second).toMatchObject({ page: 1, pageSize: 2, total: 7 });
  });

  it('asks for at most 40 a page, the seed’s ceiling', async () => {
    const { pix, filter, sim } = await seeded();
    sim.resetStats();
    const page = await pix.list?.({ ...filter, pageSize: 100 });
    expect(page?.pageSize).toBe(40);
    expect(sim.stats().requests).toEqual({ [LIST_ROUTE]: 1 });
  });

  it('refuses a negative page or an empty page size without asking', async () => {
    const { pix, filter, sim } = await seeded();
    sim.resetStats();
    for (const bad of [{ page: -1 }, { pageSize: 0 }, { page: 0.5 }]) {
      const error = await posErrorOf(pix.list?.({ ...filter, ...bad }) ?? Promise.resolve());
      expect(error).toMatchObject({ code: 'invalid_input', reason: 'payment.page_invalid' });
    }
    expect(sim.stats().requests).toEqual({});
  });
});
