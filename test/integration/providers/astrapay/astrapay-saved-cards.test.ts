/** Astrapay tokenized credit cards through the adapter: register, list, search, charge, delete. */
import { describe, expect, it } from 'vitest';
import { cardOf, type SavedCardsApi } from '../../../../src-main/providers/provider.ts';
import { createFakeClock } from '../../../support/fake-clock.ts';
import { astrapayOn, startTestSandbox } from '../../../support/sandbox.ts';
import { CARDS, cardData, posErrorOf, savedCharge } from './astrapay-fixtures.ts';

async function setup(options: Parameters<typeof startTestSandbox>[0] = {}) {
  const sim = await startTestSandbox(options);
  const card = cardOf(astrapayOn(sim));
  return { sim, card, saved: card.savedCards as Required<SavedCardsApi> };
}

describe('Astrapay saved cards', () => {
  it('registers a card and keeps only brand, first 6, last 4, holder and expiry', async () => {
    const { saved } = await setup();
    const data = cardData(CARDS.mastercard);

    const card = await saved.save(data);

    expect(card).toEqual({
      id: expect.any(String),
      card: { brand: 'Mastercard', first6: '555555', last4: '4444' },
      holderName: 'Maria Silva',
      expiry: data.expiry,
    });
    expect(await saved.get(card.id)).toEqual(card);
    expect(JSON.stringify(card)).not.toContain(CARDS.mastercard);
  });

  it('lists every registered card, and none once deleted', async () => {
    const { saved } = await setup();
    const visa = await saved.save(cardData(CARDS.visa));
    const master = await saved.save(cardData(CARDS.mastercard));

    expect((await saved.list()).map((c) => c.id).sort()).toEqual([visa.id, master.id].sort());
    await saved.delete(visa.id);
    expect((await saved.list()).map((c) => c.id)).toEqual([master.id]);
    expect(await posErrorOf(saved.get(visa.id))).toMatchObject({ code: 'not_found' });
  });

  it('charges a saved card in installments, and not after it was deleted', async () => {
    const { card, saved } = await setup();
    const token = await saved.save(cardData(CARDS.visa));

    const charge = await card.charge(savedCharge(12_000, token.id, { installments: 6 }));
    await saved.delete(token.id);
    const afterDelete = await posErrorOf(card.charge(savedCharge(100, token.id)));

    expect(charge).toMatchObject({ status: 'approved', installments: 6, amountCents: 12_000, card: { brand: 'Visa', last4: '1111' } });
    expect(afterDelete).toMatchObject({ code: 'not_found' });
  });

  it('declines a saved card as the card itself would be declined', async () => {
    const { card, saved } = await setup();
    const token = await saved.save(cardData(CARDS.insufficientFunds));

    const charge = await card.charge(savedCharge(100, token.id));

    expect(charge).toMatchObject({ status: 'declined', decline: { code: 'INSUFFICIENT_FUNDS' } });
  });

  it('declines a saved card once it has expired: EXPIRED_CARD', async () => {
    const clock = createFakeClock();
    const { card, saved } = await setup({ clock });
    const now = new Date();
    const nextMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
    const expiry = `${String(nextMonth.getUTCMonth() + 1).padStart(2, '0')}${nextMonth.getUTCFullYear()}`;
    const token = await saved.save(cardData(CARDS.visa, { expiry }));

    clock.advance(100 * 24 * 3600_000);
    const charge = await card.charge(savedCharge(100, token.id));

    expect(charge).toMatchObject({ status: 'declined', decline: { code: 'EXPIRED_CARD', message: 'Expired card' } });
  });

  it('refuses to register a card that fails the checks, without any HTTP request', async () => {
    const { sim, saved } = await setup();

    const errors = await Promise.all([
      posErrorOf(saved.save(cardData('4111111111111112'))),
      posErrorOf(saved.save(cardData(CARDS.visa, { expiry: '012020' }))),
      posErrorOf(saved.save(cardData(CARDS.visa, { cvv: '12' }))),
    ]);

    expect(errors.map((e) => e.reason)).toEqual(['card.number_invalid', 'card.expired', 'card.cvv_invalid']);
    expect(sim.stats().requests).toEqual({});
  });

  it('refuses a card the sandbox cannot verify (security code of zeros)', async () => {
    const { saved } = await setup();
    const error = await posErrorOf(saved.save(cardData(CARDS.visa, { cvv: '000' })));
    expect(error).toMatchObject({ code: 'provider_rejected', reason: 'astrapay.CARD_VERIFICATION_FAILED' });
  });
});
