/** Astrapay PIX refunds (seed 001 sections 4-6) through the adapter, against the sandbox. */
import { describe, expect, it } from 'vitest';
import { pixOf, type PixApi, type RefundFilter } from '../../../../src-main/providers/provider.ts';
import { createFakeClock } from '../../../support/fake-clock.ts';
import { astrapayOn, createRequest, startTestSandbox } from '../../../support/sandbox.ts';
import { paidCharge, posErrorOf, refundRequest } from './astrapay-fixtures.ts';

const SETTLE_MS = 30_000;

async function setup() {
  const clock = createFakeClock();
  const sim = await startTestSandbox({ clock, autoPayDelayMs: SETTLE_MS });
  const provider = astrapayOn(sim);
  return { clock, sim, provider, pix: pixOf(provider) };
}

function refundsIn(pix: PixApi, filter: Partial<RefundFilter> = {}) {
  return pix.listRefunds!({ from: new Date(Date.now() - 3600_000), to: new Date(Date.now() + 7200_000), page: 0, pageSize: 20, ...filter });
}

describe('Astrapay PIX refunds', () => {
  it('refunds part of a paid charge: PROCESSING, then COMPLETED, and the charge PARTIALLY REFUNDED', async () => {
    const { clock, sim, provider, pix } = await setup();
    const charge = await paidCharge(sim, provider, 10_000);

    const refund = await pix.refund!(refundRequest(charge.txid, 2500));

    expect(refund).toMatchObject({ txid: charge.txid, amountCents: 2500, status: 'processing', statusReason: undefined });
    expect((await pix.get(charge.txid)).status).toBe('paid');
    clock.advance(SETTLE_MS);
    expect(await pix.getRefund!(refund.id)).toMatchObject({ id: refund.id, status: 'completed' });
    expect((await pix.get(charge.txid)).status).toBe('partially_refunded');
  });

  it('refunds the rest in a second refund, and the charge becomes REFUNDED', async () => {
    const { clock, sim, provider, pix } = await setup();
    const charge = await paidCharge(sim, provider, 10_000);

    await pix.refund!(refundRequest(charge.txid, 4000, 'first'));
    await pix.refund!(refundRequest(charge.txid, 6000, 'second'));
    clock.advance(SETTLE_MS);

    expect((await pix.get(charge.txid)).status).toBe('refunded');
  });

  it('refuses a refund above what is left, counting refunds still processing', async () => {
    const { sim, provider, pix } = await setup();
    const charge = await paidCharge(sim, provider, 10_000);
    await pix.refund!(refundRequest(charge.txid, 7000));

    const error = await posErrorOf(pix.refund!(refundRequest(charge.txid, 3001)));

    expect(error).toMatchObject({ code: 'provider_rejected', reason: 'astrapay.REFUND_EXCEEDS_AVAILABLE', retryable: false });
    expect((await pix.refund!(refundRequest(charge.txid, 3000))).amountCents).toBe(3000);
  });

  it('refuses a refund of a charge nobody paid', async () => {
    const { pix } = await setup();
    const charge = await pix.create(createRequest(10_000));

    const error = await posErrorOf(pix.refund!(refundRequest(charge.txid, 100)));

    expect(error).toMatchObject({ code: 'provider_rejected', reason: 'astrapay.CHARGE_NOT_PAID' });
  });

  it('answers not_found for a txid Astrapay does not know', async () => {
    const { pix } = await setup();
    const error = await posErrorOf(pix.refund!(refundRequest('astra202401nope', 100)));
    expect(error).toMatchObject({ code: 'not_found', reason: 'provider.not_found' });
  });

  it('follows the sandbox rules: .99 fails and .98 is cancelled, and their amounts are refundable again', async () => {
    const { clock, sim, provider, pix } = await setup();
    const charge = await paidCharge(sim, provider, 10_000);

    const failing = await pix.refund!(refundRequest(charge.txid, 9999));
    clock.advance(SETTLE_MS);
    const cancelled = await pix.refund!(refundRequest(charge.txid, 998));
    clock.advance(SETTLE_MS);

    expect(await pix.getRefund!(failing.id)).toMatchObject({ status: 'failed', statusReason: 'INSUFFICIENT_BALANCE' });
    expect(await pix.getRefund!(cancelled.id)).toMatchObject({ status: 'cancelled', statusReason: 'CANCELLED_BY_PSP' });
    expect((await pix.get(charge.txid)).status).toBe('paid');
    expect((await pix.refund!(refundRequest(charge.txid, 10_000))).amountCents).toBe(10_000);
  });

  it('lists refunds filtered by status and statusReason, with paging', async () => {
    const { clock, sim, provider, pix } = await setup();
    const charge = await paidCharge(sim, provider, 100_000);
    const done = [await pix.refund!(refundRequest(charge.txid, 1000, 'a')), await pix.refund!(refundRequest(charge.txid, 2000, 'b'))];
    const failed = await pix.refund!(refundRequest(charge.txid, 3099, 'c'));
    clock.advance(SETTLE_MS);
    const processing = await pix.refund!(refundRequest(charge.txid, 500, 'd'));

    const completed = await refundsIn(pix, { status: 'completed' });
    const byReason = await refundsIn(pix, { statusReason: 'INSUFFICIENT_BALANCE' });
    const stillProcessing = await refundsIn(pix, { status: 'processing' });
    const firstPage = await refundsIn(pix, { pageSize: 3 });
    const secondPage = await refundsIn(pix, { page: 1, pageSize: 3 });

    expect(completed.items.map((r) => r.id).sort()).toEqual(done.map((r) => r.id).sort());
    expect(byReason.items.map((r) => r.id)).toEqual([failed.id]);
    expect(stillProcessing.items.map((r) => r.id)).toEqual([processing.id]);
    expect(firstPage).toMatchObject({ total: 4, pageSize: 3 });
    expect(firstPage.items).toHaveLength(3);
    expect(secondPage.items).toHaveLength(1);
  });

  it.each([
    ['a zero amount', { amountCents: 0 }, 'amount.not_positive'],
    ['a fractional amount', { amountCents: 10.5 }, 'amount.too_many_decimals'],
    ['a txid with a dash', { txid: 'astra-2024' }, 'refund.txid_invalid'],
    ['a description over 140 characters', { description: 'x'.repeat(141) }, 'refund.reason_too_long'],
  ])('refuses %s without any HTTP request', async (_, overrides, reason) => {
    const { sim, pix } = await setup();

    const error = await posErrorOf(pix.refund!({ ...refundRequest('astra202401abc', 100), ...overrides }));

    expect(error).toMatchObject({ code: 'invalid_input', reason });
    expect(sim.stats().requests).toEqual({});
  });
});
