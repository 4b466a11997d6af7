/**
 * No double refund, charge or token. A refund is looked up before it is sent again (refund-lookup.ts); a
 * charge or token registration is sent once, and when Astrapay applies it but the answer never arrives
 * (timeout after commit) the adapter's lookups find it (the sale services resolve with them).
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

const lost = { code: 'provider_unavailable', reason: 'provider.connection_lost' };
const window = () => [new Date(Date.now() - 60_000), new Date(Date.now() + 60_000)] as const;

describe('no double card charge: sent once, then found by reference', () => {
  it('a charge approved before the connection dropped is not sent again, and the lookup finds it', async () => {
    const sim = await startTestSandbox();
    const card = cardOf(astrapayOn(sim));
    const request = cardCharge(7500, cardData(CARDS.visa), { installments: 3 });
    arm(sim, { route: CARD_ROUTE, kind: 'timeout_after_commit', ms: 0 });

    await expect(card.charge(request)).rejects.toMatchObject(lost);
    const found = await card.findByReference!(request.reference, ...window());

    expect(found).toEqual([expect.objectContaining({ status: 'approved', reference: request.reference, installments: 3 })]);
    expect(sim.stats().requests[CARD_ROUTE]).toBe(1);
  });

  it('lists every attempt under the reference, newest first, so an earlier declined one is told apart', async () => {
    const sim = await startTestSandbox();
    const card = cardOf(astrapayOn(sim));
    const reference = randomUUID();
    await card.charge(cardCharge(7500, cardData(CARDS.doNotHonor), { reference }));
    arm(sim, { route: CARD_ROUTE, kind: 'timeout_after_commit', ms: 0 });

    await expect(card.charge(cardCharge(7500, cardData(CARDS.mastercard), { reference }))).rejects.toMatchObject(lost);
    const found = await card.findByReference!(reference, ...window());

    expect(found.map((charge) => [charge.status, charge.card.last4])).toEqual([
      ['approved', '4444'],
      ['declined', '0002'],
    ]);
  });

  it('a tokenized charge approved before the connection dropped is found the same way', async () => {
    const sim = await startTestSandbox();
    const card = cardOf(astrapayOn(sim));
    const token = await card.savedCards!.save(cardData(CARDS.visa));
    const request = savedCharge(9900, token.id, { installments: 2 });
    arm(sim, { route: TOKENIZED_ROUTE, kind: 'timeout_after_commit', ms: 0 });

    await expect(card.charge(request)).rejects.toMatchObject(lost);

    expect(await card.findByReference!(request.reference, ...window())).toEqual([expect.objectContaining({ status: 'approved', amountCents: 9900 })]);
    expect(sim.stats().requests[TOKENIZED_ROUTE]).toBe(1);
  });
});

describe('no double saved card', () => {
  it('a token registered before the connection dropped is not registered again, and is found by the card', async () => {
    const sim = await startTestSandbox();
    const saved = cardOf(astrapayOn(sim)).savedCards as Required<SavedCardsApi>;
    arm(sim, { route: TOKENS_ROUTE, kind: 'timeout_after_commit', ms: 0 });

    await expect(saved.save(cardData(CARDS.mastercard))).rejects.toMatchObject(lost);
    const token = await saved.findMatching(cardData(CARDS.mastercard));

    expect((await saved.list()).map((c) => c.id)).toEqual([token?.id]);
    expect(sim.stats().requests[TOKENS_ROUTE]).toBe(1);
  });
});
