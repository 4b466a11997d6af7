/**
 * Every create answered later than the client timeout (the provider commits it, the till never hears):
 * the till asks by the reference it sent, finds exactly the one charge, and never sends the create again.
 * Where the provider documents no lookup (seed 004), the sale needs checking.
 */
import { describe, expect, it } from 'vitest';
import type { ProviderId, SaleView } from '../../../src-preload/contract.ts';
import { errorOf, okValue } from '../../support/replies.ts';
import { cardChargesFor, pixChargesFor, transfersFor } from '../../support/provider-side.ts';
import { startTestCore, type TestCore } from '../../support/test-core.ts';

/** The client gives up after 300 ms; the provider commits at 450 ms; the till asks until 3 s (a busy machine's margin). */
const TIMEOUT_MS = 300;
const LATE_MS = 450;
const RESOLVE = { deadlineMs: 3000, giveUpMs: 8000, everyMs: 100 };
const HOLDER = { holderName: 'MARIA DA SILVA', holderDocument: '11144477735' };
const PAYER = { name: 'Maria da Silva', document: '52998224725', email: 'maria.da.silva.compradora@example.com.br' };
const card = (number: string) => ({ number, expiry: '122030', cvv: '123', ...HOLDER });

async function till(pix: ProviderId | null, cardProvider: ProviderId | null): Promise<TestCore> {
  const t = await startTestCore({ providerTimeoutMs: TIMEOUT_MS, resolveTiming: RESOLVE });
  const selection = (id: ProviderId | null) => (id ? { id, environment: 'embedded' as const } : null);
  okValue(await t.invoke('settings.setProviders', { pix: selection(pix), card: selection(cardProvider) }));
  return t;
}

const creates = (t: TestCore, route: string) => t.sim.stats().requests[route] ?? 0;

describe('a create answered after the client timeout', () => {
  it('Astrapay PIX: found by userReference, one charge, the QR on the counter', async () => {
    const t = await till('astrapay', 'astrapay');
    t.sim.arm({ route: 'POST /astrapay/charge/v1/dynamic', kind: 'latency', ms: LATE_MS, times: 1 });

    const sale = okValue<SaleView>(await t.invoke('sale.startPix', { amountCents: 1250 }));

    expect(sale).toMatchObject({ state: 'awaiting_payment', amountCents: 1250 });
    const charges = await pixChargesFor(t.sim, 'astrapay', sale.id);
    expect(charges.map((charge) => charge.txid)).toEqual([sale.pix?.txid]);
    expect(creates(t, 'POST /astrapay/charge/v1/dynamic')).toBe(1);
  });

  it('Payments gateway PIX: found by transaction_id, one payment', async () => {
    const t = await till('payments', null);
    t.sim.arm({ route: 'POST /payments/v1/payment', kind: 'latency', ms: LATE_MS, times: 1 });

    const sale = okValue<SaleView>(await t.invoke('sale.startPix', { amountCents: 1250, payer: PAYER }));

    expect(sale.state).toBe('awaiting_payment');
    expect((await pixChargesFor(t.sim, 'payments', sale.id)).map((charge) => charge.txid)).toEqual([sale.pix?.txid]);
    expect(creates(t, 'POST /payments/v1/payment')).toBe(1);
  });

  it('Payments gateway bank transfer: found by transaction_id, one transfer', async () => {
    const t = await till('payments', null);
    t.sim.arm({ route: 'POST /payments/v1/payment', kind: 'latency', ms: LATE_MS, times: 1 });

    const sale = okValue<SaleView>(await t.invoke('sale.startBankTransfer', { amountCents: 15_000, payer: PAYER }));

    expect(sale.state).toBe('awaiting_payment');
    expect((await transfersFor(t.sim, 'payments', sale.id)).map((transfer) => transfer.id)).toEqual([sale.bankTransfer?.id]);
    expect(creates(t, 'POST /payments/v1/payment')).toBe(1);
  });

  it('Astrapay card: found by reference and booked paid, charged once, never "failed, try again"', async () => {
    const t = await till('astrapay', 'astrapay');
    t.sim.arm({ route: 'POST /astrapay/card/v1/credit', kind: 'latency', ms: LATE_MS, times: 1 });

    const sale = okValue<SaleView>(await t.invoke('sale.startCard', { amountCents: 9_900, paymentType: 'credit', installments: 2, card: card('4111111111111111') }));

    expect(sale).toMatchObject({ state: 'paid', problem: null, card: { last4: '1111', installments: 2 } });
    const charges = await cardChargesFor(t.sim, 'astrapay', sale.id);
    expect(charges.map((charge) => charge.status)).toEqual(['approved']);
    expect(creates(t, 'POST /astrapay/card/v1/credit')).toBe(1);
  });

  it('Astrapay saved card: the token is found by the card, not registered twice, and the charge goes through', async () => {
    const t = await till('astrapay', 'astrapay');
    t.sim.arm({ route: 'POST /astrapay/card/v1/credit/tokens', kind: 'latency', ms: LATE_MS, times: 1 });

    const sale = okValue<SaleView>(
      await t.invoke('sale.startCard', { amountCents: 4_500, paymentType: 'credit', installments: 1, card: card('5555555555554444'), saveCard: true }),
    );

    expect(sale.state).toBe('paid');
    expect(creates(t, 'POST /astrapay/card/v1/credit/tokens')).toBe(1);
    expect(okValue<{ last4: string }[]>(await t.invoke('cards.listSaved', {})).map((saved) => saved.last4)).toEqual(['4444']);
  });

  it('card-payments gateway (no lookup documented): the sale needs checking, the card is charged once', async () => {
    const t = await till('astrapay', 'card-payments');
    t.sim.arm({ route: 'POST /card-payments/v1/card_payments', kind: 'latency', ms: LATE_MS, times: 1 });

    const sale = okValue<SaleView>(await t.invoke('sale.startCard', { amountCents: 7_700, paymentType: 'debit', installments: 1, card: card('4111111111111111') }));

    expect(sale).toMatchObject({ state: 'needs_checking', problem: { reason: 'card.outcome_unknown', retryable: false } });
    expect(sale.checking).toMatchObject({ providerId: 'card-payments', amountCents: 7_700, reference: sale.id, last4: '1111' });
    expect(creates(t, 'POST /card-payments/v1/card_payments')).toBe(1);
    // Never stuck: the counter clears for the next sale.
    expect(okValue(await t.invoke('sale.dismiss', {}))).toBeNull();
    expect(okValue<SaleView>(await t.invoke('sale.startPix', { amountCents: 100 })).state).toBe('awaiting_payment');
  });

  it('a dropped connection before the provider saw the request: not created, the cashier may try again', async () => {
    const t = await till('astrapay', 'astrapay');
    t.sim.arm({ route: 'POST /astrapay/card/v1/credit', kind: 'reset', times: 1 });

    const error = errorOf(await t.invoke('sale.startCard', { amountCents: 9_900, paymentType: 'credit', installments: 1, card: card('4111111111111111') }));

    expect(error).toMatchObject({ reason: 'provider.not_created', retryable: true });
    expect(creates(t, 'POST /astrapay/card/v1/credit')).toBe(1);
    const [failed] = okValue<SaleView[]>(await t.invoke('sales.list', { day: new Date().toISOString().slice(0, 10) }));
    expect(failed).toMatchObject({ state: 'failed', problem: { reason: 'provider.not_created' } });
  });
});
