/** Astrapay credit card transactions after the charge: search, list and cancel in full or in part. */
import { describe, expect, it } from 'vitest';
import { cardOf, type CardApi } from '../../../../src-main/providers/provider.ts';
import { astrapayOn, startTestSandbox } from '../../../support/sandbox.ts';
import { CARDS, cardCharge, cardData, posErrorOf } from './astrapay-fixtures.ts';

const lastHour = () => ({ from: new Date(Date.now() - 3600_000), to: new Date(Date.now() + 3600_000), page: 0, pageSize: 20 });

async function setup() {
  const sim = await startTestSandbox();
  return { sim, card: cardOf(astrapayOn(sim)) as Required<CardApi> };
}

describe('Astrapay card: search and list', () => {
  it('finds a transaction by id, as it was answered on the charge', async () => {
    const { card } = await setup();
    const charged = await card.charge(cardCharge(4200, cardData(CARDS.mastercard), { installments: 2 }));

    expect(await card.get(charged.id)).toEqual(charged);
  });

  it('answers not_found for an id Astrapay does not know', async () => {
    const { card } = await setup();
    const error = await posErrorOf(card.get('8d1c6a55-5c1f-4b8e-9a38-3f1f0c7b9e21'));
    expect(error).toMatchObject({ code: 'not_found' });
  });

  it('lists the transactions of a date window, declined ones included, with paging', async () => {
    const { card } = await setup();
    const approved = [await card.charge(cardCharge(100)), await card.charge(cardCharge(200))];
    const declined = await card.charge(cardCharge(300, cardData(CARDS.doNotHonor)));

    const first = await card.list({ ...lastHour(), pageSize: 2 });
    const second = await card.list({ ...lastHour(), page: 1, pageSize: 2 });
    const before = await card.list({ ...lastHour(), to: new Date(Date.now() - 1800_000) });

    expect(first).toMatchObject({ page: 0, pageSize: 2, total: 3 });
    expect([...first.items, ...second.items].map((c) => c.id).sort()).toEqual([...approved, declined].map((c) => c.id).sort());
    expect(second.items.find((c) => c.id === declined.id) ?? first.items.find((c) => c.id === declined.id)).toMatchObject({
      status: 'declined',
      decline: { code: 'DO_NOT_HONOR' },
    });
    expect(before.total).toBe(0);
  });

  it('refuses a list window that ends before it starts, without any HTTP request', async () => {
    const { sim, card } = await setup();
    const error = await posErrorOf(card.list({ ...lastHour(), from: new Date(), to: new Date(Date.now() - 1) }));
    expect(error).toMatchObject({ code: 'invalid_input', reason: 'list.dates_invalid' });
    expect(sim.stats().requests).toEqual({});
  });
});

describe('Astrapay card: cancel', () => {
  it('cancels in full', async () => {
    const { card } = await setup();
    const charged = await card.charge(cardCharge(5000));

    const cancelled = await card.cancel(charged.id, 5000);

    expect(cancelled).toMatchObject({ id: charged.id, status: 'cancelled', amountCents: 5000 });
    expect((await card.get(charged.id)).status).toBe('cancelled');
  });

  it('cancels in part (the rest stays approved), then the rest, and no more', async () => {
    const { card } = await setup();
    const charged = await card.charge(cardCharge(5000, cardData(), { installments: 3 }));

    const partly = await card.cancel(charged.id, 2000);
    const tooMuch = await posErrorOf(card.cancel(charged.id, 3001));
    const rest = await card.cancel(charged.id, 3000);
    const again = await posErrorOf(card.cancel(charged.id, 1));

    expect(partly.status).toBe('approved');
    expect(tooMuch).toMatchObject({ code: 'provider_rejected', reason: 'astrapay.CANCEL_EXCEEDS_AVAILABLE' });
    expect(rest.status).toBe('cancelled');
    expect(again).toMatchObject({ code: 'provider_rejected', reason: 'astrapay.TRANSACTION_NOT_CANCELLABLE' });
  });

  it('refuses to cancel a declined transaction', async () => {
    const { card } = await setup();
    const declined = await card.charge(cardCharge(5000, cardData(CARDS.insufficientFunds)));

    const error = await posErrorOf(card.cancel(declined.id, 5000));

    expect(error).toMatchObject({ reason: 'astrapay.TRANSACTION_NOT_CANCELLABLE' });
  });

  it('refuses a zero amount or an empty id without any HTTP request', async () => {
    const { sim, card } = await setup();
    expect(await posErrorOf(card.cancel('some-id', 0))).toMatchObject({ reason: 'amount.not_positive' });
    expect(await posErrorOf(card.cancel('', 100))).toMatchObject({ reason: 'card.id_invalid' });
    expect(sim.stats().requests).toEqual({});
  });
});
