/**
 * No double refund, charge or token: every Astrapay create that moves money or stores a card, when
 * Astrapay applies it but the answer never arrives (timeout after commit), is found instead of repeated.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cardOf, pixOf, type SavedCardsApi } from '../../../../src-main/providers/provider.ts';
import { arm, astrapayOn, startTestSandbox } from '../../../support/sandbox.ts';
import { aroundNow, CARDS, cardCharge, cardData, paidCharge, rawGet, refundRequest, savedCharge } from './astrapay-fixtures.ts';

const REFUND_ROUTE = 'POST /astrapay/charge/v1/refunds';
const CARD_ROUTE = 'POST /astrapay/card/v1/credit';
const TOKENIZED_ROUTE = 'POST /astrapay/card/v1/credit/tokenized';
const TOKENS_ROUTE = 'POST /astrapay/card/v1/credit/tokens';

interface Listed {
  content: { userReference?: string | null; txid?: string; cardToken?: string }[];
}

describe('no double refund', () => {
  // The refund is sent once; after an ambiguous answer the refund service asks `findRefunds` (tests in
  // test/integration/sales/refund-resolution.test.ts drive the whole loop).
  const since = () => new Date(Date.now() - 60_000);
  const lookup = ({ transactionId: _id, ...request }: ReturnType<typeof refundRequest>) => request;

  it('sends once, and finds the refund that was applied before the connection dropped', async () => {
    const sim = await startTestSandbox();
    const provider = astrapayOn(sim);
    const charge = await paidCharge(sim, provider, 10_000);
    const request = refundRequest(charge.txid, 4000);
    arm(sim, { route: REFUND_ROUTE, kind: 'timeout_after_commit', ms: 0 });

    await expect(pixOf(provider).refund!(request)).rejects.toMatchObject({ code: 'provider_unavailable' });
    const found = await pixOf(provider).findRefunds!(lookup(request), since());

    expect(found).toEqual([expect.objectContaining({ txid: charge.txid, amountCents: 4000 })]);
    expect((await rawGet<Listed>(sim, '/charge/v1/refunds', aroundNow())).content).toHaveLength(1);
    expect(sim.stats().requests[REFUND_ROUTE]).toBe(1);
  });

  it('does not take an earlier refund of another amount for the one asked about', async () => {
    const sim = await startTestSandbox();
    const provider = astrapayOn(sim, { timeoutMs: 500 });
    const charge = await paidCharge(sim, provider, 10_000);
    await pixOf(provider).refund!(refundRequest(charge.txid, 1000));
    const request = refundRequest(charge.txid, 2000);
    arm(sim, { route: REFUND_ROUTE, kind: 'timeout_after_commit', ms: 2500 });

    await expect(pixOf(provider).refund!(request)).rejects.toMatchObject({ code: 'provider_unavailable' });
    const found = await pixOf(provider).findRefunds!(lookup(request), since());

    expect(found.map((refund) => refund.amountCents)).toEqual([2000]);
  });

  it('finds nothing when the request never reached Astrapay', async () => {
    const sim = await startTestSandbox();
    const provider = astrapayOn(sim);
    const charge = await paidCharge(sim, provider, 10_000);
    const request = refundRequest(charge.txid, 4000);
    arm(sim, { route: REFUND_ROUTE, kind: 'reset' });

    await expect(pixOf(provider).refund!(request)).rejects.toMatchObject({ code: 'provider_unavailable' });
    expect(await pixOf(provider).findRefunds!(lookup(request), since())).toEqual([]);
    expect(sim.stats().requests[REFUND_ROUTE]).toBe(1);
  });
});

describe('no double card charge', () => {
  it('finds the card charge that was approved before the connection dropped', async () => {
    const sim = await startTestSandbox();
    const card = cardOf(astrapayOn(sim));
    const request = cardCharge(7500, cardData(CARDS.visa), { installments: 3 });
    arm(sim, { route: CARD_ROUTE, kind: 'timeout_after_commit', ms: 0 });

    const charge = await card.charge(request);

    const stored = await rawGet<Listed>(sim, '/card/v1/credit', aroundNow());
    expect(stored.content.map((t) => t.userReference)).toEqual([request.reference]);
    expect(charge).toMatchObject({ status: 'approved', reference: request.reference, installments: 3 });
    expect(sim.stats().requests[CARD_ROUTE]).toBe(1);
  });

  it('does not take an earlier declined attempt of the same sale for the new one', async () => {
    const sim = await startTestSandbox();
    const card = cardOf(astrapayOn(sim));
    const reference = randomUUID();
    await card.charge(cardCharge(7500, cardData(CARDS.doNotHonor), { reference }));
    arm(sim, { route: CARD_ROUTE, kind: 'timeout_after_commit', ms: 0 });

    const charge = await card.charge(cardCharge(7500, cardData(CARDS.mastercard), { reference }));

    expect(charge).toMatchObject({ status: 'approved', card: { last4: '4444' } });
    expect((await rawGet<Listed>(sim, '/card/v1/credit', aroundNow())).content).toHaveLength(2);
  });

  it('finds the tokenized charge that was approved before the connection dropped', async () => {
    const sim = await startTestSandbox();
    const card = cardOf(astrapayOn(sim));
    const token = await card.savedCards!.save(cardData(CARDS.visa));
    const request = savedCharge(9900, token.id, { installments: 2 });
    arm(sim, { route: TOKENIZED_ROUTE, kind: 'timeout_after_commit', ms: 0 });

    const charge = await card.charge(request);

    const stored = await rawGet<Listed>(sim, '/card/v1/credit', aroundNow());
    expect(stored.content.map((t) => t.userReference)).toEqual([request.reference]);
    expect(charge).toMatchObject({ status: 'approved', amountCents: 9900 });
    expect(sim.stats().requests[TOKENIZED_ROUTE]).toBe(1);
  });
});

describe('no double saved card', () => {
  it('finds the token that was registered before the connection dropped', async () => {
    const sim = await startTestSandbox();
    const saved = cardOf(astrapayOn(sim)).savedCards as Required<SavedCardsApi>;
    arm(sim, { route: TOKENS_ROUTE, kind: 'timeout_after_commit', ms: 0 });

    const token = await saved.save(cardData(CARDS.mastercard));

    expect((await saved.list()).map((c) => c.id)).toEqual([token.id]);
    expect(sim.stats().requests[TOKENS_ROUTE]).toBe(1);
  });
});
