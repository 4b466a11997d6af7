/**
 * Orphans are reversed: a charge the provider committed so late that the till had already concluded "not
 * created" (and failed the sale) turns up on the till's later look, and is undone by the till itself.
 */
import { describe, expect, it } from 'vitest';
import type { AlertView, DayReportView, ProviderId, SaleView } from '../../../src-preload/contract.ts';
import { recordEvents } from '../../support/event-recorder.ts';
import { errorOf, okValue } from '../../support/replies.ts';
import { cardChargesFor, pixChargesFor, providerOn } from '../../support/provider-side.ts';
import { startTestCore, type TestCore } from '../../support/test-core.ts';
import { waitFor } from '../../support/wait-for.ts';

/** The create times out at 300 ms; "not created" is concluded at once; the provider commits at 700 ms; the till looks again at 1.5 s. */
const RESOLVE = { deadlineMs: 0, giveUpMs: 1500, everyMs: 50 };
const card = { number: '4111111111111111', expiry: '122030', cvv: '123', holderName: 'MARIA DA SILVA', holderDocument: '11144477735' };

async function till(cardProvider: ProviderId = 'astrapay'): Promise<TestCore> {
  const t = await startTestCore({ providerTimeoutMs: 300, resolveTiming: RESOLVE });
  okValue(await t.invoke('settings.setProviders', { pix: { id: 'astrapay', environment: 'embedded' }, card: { id: cardProvider, environment: 'embedded' } }));
  return t;
}

const saleOf = async (t: TestCore, saleId: string) => okValue<SaleView>(await t.invoke('sale.get', { saleId }));
const failedSaleId = async (t: TestCore) => okValue<SaleView[]>(await t.invoke('sales.list', { day: new Date().toISOString().slice(0, 10) }))[0]?.id ?? '';

describe('orphan charges', () => {
  it('an approved card charge the till had given up on is cancelled at the provider, booked and announced', async () => {
    const t = await till();
    const alerts = recordEvents(t.core.events, 'alert.raised');
    t.sim.arm({ route: 'POST /astrapay/card/v1/credit', kind: 'latency', ms: 700, times: 1 });

    expect(errorOf(await t.invoke('sale.startCard', { amountCents: 3_300, paymentType: 'credit', installments: 1, card })).reason).toBe('provider.not_created');
    const saleId = await failedSaleId(t);

    const reversed = await waitFor(async () => (await saleOf(t, saleId)).reversals?.find((r) => r.state === 'completed'), 'the cancel');
    expect(reversed).toMatchObject({ kind: 'card_cancel', reason: 'orphan_charge', amountCents: 3_300 });
    expect((await saleOf(t, saleId)).state).toBe('failed');
    const [charge] = await cardChargesFor(t.sim, 'astrapay', saleId);
    expect(charge?.id).toBe(reversed.providerRef);
    expect(charge?.status).not.toBe('approved');
    expect(alerts.seen).toContainEqual(expect.objectContaining<Partial<AlertView>>({ kind: 'reversal', saleId, amount: { cents: 3_300, currency: 'BRL' } }));
  });

  it('a paid PIX the till had given up on is refunded in full', async () => {
    const t = await till();
    t.sim.arm({ route: 'POST /astrapay/charge/v1/dynamic', kind: 'latency', ms: 700, times: 1 });

    // Centavos 01: the sandbox pays it by itself right after it is created.
    expect(errorOf(await t.invoke('sale.startPix', { amountCents: 2_001 })).reason).toBe('provider.not_created');
    const saleId = await failedSaleId(t);

    const reversal = await waitFor(async () => (await saleOf(t, saleId)).reversals?.[0], 'the refund');
    expect(reversal).toMatchObject({ kind: 'pix_refund', reason: 'orphan_charge', amountCents: 2_001, currency: 'BRL' });
    const pix = providerOn(t.sim, 'astrapay').pix;
    await waitFor(async () => (await pix?.get(reversal.providerRef))?.status === 'refunded', 'the charge refunded at the provider');
  });

  it('a PIX charged in dollars is reversed in dollars, and the day report says so', async () => {
    const t = await till();
    t.ports.secrets.set('payments.embedded.currency', 'USD');
    okValue(await t.invoke('settings.setProviders', { pix: { id: 'payments', environment: 'embedded' }, card: null }));
    t.sim.arm({ route: 'POST /payments/v1/payment', kind: 'latency', ms: 700, times: 1 });
    const payer = { name: 'Maria da Silva', document: '52998224725', email: 'maria.da.silva.compradora@example.com.br' };

    expect(errorOf(await t.invoke('sale.startPix', { amountCents: 1_001, payer })).reason).toBe('provider.not_created');
    const saleId = await failedSaleId(t);

    const reversal = await waitFor(async () => (await saleOf(t, saleId)).reversals?.[0], 'the reversal');
    expect(reversal).toMatchObject({ amountCents: 1_001, currency: 'USD' });
    const report = okValue<DayReportView>(await t.invoke('report.day', { day: new Date().toLocaleDateString('sv') }));
    expect(report.reversals).toEqual([expect.objectContaining({ id: reversal.id, amountCents: 1_001, currency: 'USD' })]);
  });

  it('an unpaid PIX the till had given up on is recorded and left to expire', async () => {
    const t = await till();
    t.sim.arm({ route: 'POST /astrapay/charge/v1/dynamic', kind: 'latency', ms: 700, times: 1 });

    expect(errorOf(await t.invoke('sale.startPix', { amountCents: 2_000 })).reason).toBe('provider.not_created');
    const saleId = await failedSaleId(t);

    const reversal = await waitFor(async () => (await saleOf(t, saleId)).reversals?.[0], 'the record');
    const [charge] = await pixChargesFor(t.sim, 'astrapay', saleId);
    expect(reversal).toMatchObject({ kind: 'pix_left_to_expire', state: 'recorded', providerRef: charge?.txid, amountCents: 2_000 });
    expect(charge?.status).toBe('active');
  });
});
