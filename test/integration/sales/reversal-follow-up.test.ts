/**
 * Every reversal ends: one whose answer was lost is looked up at the provider (never blindly resent), one
 * the provider refused to hear is sent again only once the lookup finds nothing, and one left in flight by
 * a restart is taken up again by the next run of the till.
 */
import { describe, expect, it } from 'vitest';
import type { AlertView, SaleView } from '../../../src-preload/contract.ts';
import type { Simulator } from '../../../src-main/simulator/simulator.ts';
import { recordEvents } from '../../support/event-recorder.ts';
import { errorOf, okValue } from '../../support/replies.ts';
import { cardChargesFor, providerOn } from '../../support/provider-side.ts';
import { startTestCore, type TestCore, type TestCoreOptions } from '../../support/test-core.ts';
import { waitFor } from '../../support/wait-for.ts';

/** The create times out at 300 ms; "not created" is concluded at once; the provider commits at 700 ms; the till looks again until 1.5 s. */
const RESOLVE = { deadlineMs: 0, giveUpMs: 1500, everyMs: 50 };
const CREDIT = 'POST /astrapay/card/v1/credit';
const card = { number: '4111111111111111', expiry: '122030', cvv: '123', holderName: 'MARIA DA SILVA', holderDocument: '11144477735' };

async function till(options: TestCoreOptions = {}): Promise<TestCore> {
  const t = await startTestCore({ providerTimeoutMs: 300, resolveTiming: RESOLVE, ...options });
  okValue(await t.invoke('settings.setProviders', { pix: { id: 'astrapay', environment: 'embedded' }, card: { id: 'astrapay', environment: 'embedded' } }));
  return t;
}

const saleOf = async (t: TestCore, saleId: string) => okValue<SaleView>(await t.invoke('sale.get', { saleId }));
const onlySaleId = async (t: TestCore) => okValue<SaleView[]>(await t.invoke('sales.list', { day: new Date().toISOString().slice(0, 10) }))[0]?.id ?? '';
const requestsTo = (sim: Simulator, suffix: string) =>
  Object.entries(sim.stats().requests).filter(([key]) => key.endsWith(suffix)).reduce((sum, [, count]) => sum + count, 0);

/** A card charge the provider commits after the till concluded "not created": an orphan the till must cancel. */
async function orphanCardSale(t: TestCore, amountCents: number): Promise<string> {
  t.sim.arm({ route: CREDIT, kind: 'latency', ms: 700, times: 1 });
  expect(errorOf(await t.invoke('sale.startCard', { amountCents, paymentType: 'credit', installments: 1, card })).reason).toBe('provider.not_created');
  return onlySaleId(t);
}

describe('reversal follow-up', () => {
  it('a card cancel whose answer was lost is looked up and booked completed, without a second cancel', async () => {
    const t = await till();
    t.sim.arm({ route: 'PUT /astrapay/card/v1/credit/', kind: 'timeout_after_commit', ms: 1000, times: 1 });
    const saleId = await orphanCardSale(t, 4_100);

    const reversal = await waitFor(async () => (await saleOf(t, saleId)).reversals?.find((r) => r.state === 'completed'), 'the reversal looked up');
    expect(reversal).toMatchObject({ kind: 'card_cancel', amountCents: 4_100 });
    const [charge] = await cardChargesFor(t.sim, 'astrapay', saleId);
    expect(charge).toMatchObject({ id: reversal.providerRef, status: 'cancelled' });
    expect(requestsTo(t.sim, '/cancel')).toBe(1);
  });

  it('a cancel the provider failed to take is sent again once the lookup window has passed, and ends', async () => {
    const t = await till({ refundLookupWindowMs: 200 });
    t.sim.arm({ route: 'PUT /astrapay/card/v1/credit/', kind: 'status', status: 503, times: 1 });
    const saleId = await orphanCardSale(t, 4_200);

    const reversal = await waitFor(async () => (await saleOf(t, saleId)).reversals?.find((r) => r.state === 'completed'), 'the reversal resent');
    expect(reversal.amountCents).toBe(4_200);
    const [charge] = await cardChargesFor(t.sim, 'astrapay', saleId);
    expect(charge?.status).toBe('cancelled');
    expect(requestsTo(t.sim, '/cancel')).toBe(2);
  });

  it('a reversal left in flight by a restart is taken up by the next run of the till', async () => {
    // The first run never follows up (its poll would come after a minute) and its cancel fails with a 503.
    const first = await till({ pollSchedule: () => 60_000, refundLookupWindowMs: 0 });
    first.sim.arm({ route: 'PUT /astrapay/card/v1/credit/', kind: 'status', status: 503, times: 1 });
    const saleId = await orphanCardSale(first, 4_300);
    await waitFor(() => requestsTo(first.sim, '/cancel') === 1, 'the failed cancel');
    const left = await waitFor(async () => (await saleOf(first, saleId)).reversals?.[0], 'the reversal booked');
    expect(left.state).toBe('requested');
    await first.close();

    const second = await till({ dataDir: first.dataDir, refundLookupWindowMs: 0 });
    const done = await waitFor(async () => (await saleOf(second, saleId)).reversals?.find((r) => r.state === 'completed'), 'the reversal after restart');
    expect(done.id).toBe(left.id);
    const charge = await providerOn(second.sim, 'astrapay').card?.get?.(left.providerRef);
    expect(charge).toMatchObject({ status: 'cancelled', cancelledCents: 4_300 });
  });

  it('a cancel the provider refuses ends failed and alerts the cashier', async () => {
    const t = await till();
    const alerts = recordEvents(t.core.events, 'alert.raised');
    t.sim.arm({ route: 'PUT /astrapay/card/v1/credit/', kind: 'status', status: 422, times: 1 });
    const saleId = await orphanCardSale(t, 4_400);

    const failed = await waitFor(async () => (await saleOf(t, saleId)).reversals?.find((r) => r.state === 'failed'), 'the failed reversal');
    expect(failed.amountCents).toBe(4_400);
    expect(alerts.seen).toContainEqual(expect.objectContaining<Partial<AlertView>>({ kind: 'reversal_failed', saleId, amount: { cents: 4_400, currency: 'BRL' } }));
  });
});
