/**
 * Card sales through the router, on each card provider's embedded sandbox: approvals in installments,
 * declines with the provider's reason, saved cards, and card data that never reaches the ledger or logs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProviderId, SaleView, SavedCardView } from '../../../src-preload/contract.ts';
import { recordEvents } from '../../support/event-recorder.ts';
import { errorOf, okValue } from '../../support/replies.ts';
import { startTestCore, type TestCore } from '../../support/test-core.ts';

const HOLDER = { holderName: 'MARIA DA SILVA', holderDocument: '11144477735' };
const card = (number: string, cvv = '123') => ({ number, expiry: '122030', cvv, ...HOLDER });
const DECLINING: Record<ProviderId, string> = { astrapay: '4000000000000002', 'card-payments': '4000000000000002', payments: '' };

async function tillWithCard(provider: ProviderId): Promise<TestCore> {
  const t = await startTestCore();
  okValue(await t.invoke('settings.setProviders', { pix: { id: 'astrapay', environment: 'embedded' }, card: { id: provider, environment: 'embedded' } }));
  return t;
}

describe.each(['astrapay', 'card-payments'] as const)('card sale on %s', (provider) => {
  it('approves a credit sale in 3 installments and keeps only brand, first 6 and last 4', async () => {
    const t = await tillWithCard(provider);
    const changes = recordEvents(t.core.events, 'sale.changed');
    const sale = okValue<SaleView>(
      await t.invoke('sale.startCard', { amountCents: 12_000, paymentType: 'credit', installments: 3, card: card('4111111111111111') }),
    );
    expect(sale).toMatchObject({ method: 'card', state: 'paid', card: { paymentType: 'credit', installments: 3, first6: '411111', last4: '1111' } });
    expect(sale.card?.brand.toLowerCase()).toContain('visa');
    expect(changes.seen.map((seen) => seen?.state)).toEqual(['awaiting_payment', 'paid']);

    const everything = readdirSync(t.dataDir).map((file) => readFileSync(join(t.dataDir, file)).toString('latin1')).join('');
    expect(everything).not.toContain('4111111111111111');
    expect(t.logger.lines().join('\n')).not.toContain('4111111111111111');
  });

  it('shows the provider’s decline and keeps the failed sale in the ledger', async () => {
    const t = await tillWithCard(provider);
    const sale = okValue<SaleView>(
      await t.invoke('sale.startCard', { amountCents: 5_000, paymentType: 'credit', installments: 1, card: card(DECLINING[provider]) }),
    );
    expect(sale.state).toBe('failed');
    expect(sale.card?.decline?.code).toBeTruthy();
    expect(sale.problem).toMatchObject({ reason: 'card.declined' });
    expect(okValue<SaleView>(await t.invoke('sale.get', { saleId: sale.id })).state).toBe('failed');
    okValue(await t.invoke('sale.dismiss'));
  });

  it('refuses a bad card before any request reaches the provider', async () => {
    const t = await tillWithCard(provider);
    const before = JSON.stringify(t.sim.stats().requests);
    const refused = errorOf(
      await t.invoke('sale.startCard', { amountCents: 5_000, paymentType: 'credit', installments: 2, card: card('4111111111111112') }),
    );
    expect(refused.code).toBe('invalid_input');
    expect(JSON.stringify(refused)).not.toContain('4111111111111112');
    expect(JSON.stringify(t.sim.stats().requests)).toBe(before);
  });

  it('saves a card and charges it again by its token', async () => {
    const t = await tillWithCard(provider);
    const first = okValue<SaleView>(
      await t.invoke('sale.startCard', { amountCents: 3_000, paymentType: 'credit', installments: 1, card: card('5555555555554444'), saveCard: true }),
    );
    expect(first.state).toBe('paid');
    okValue(await t.invoke('sale.dismiss'));
    const saved = okValue<SavedCardView[]>(await t.invoke('cards.listSaved'));
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ last4: '4444', first6: '555555' });

    const again = okValue<SaleView>(
      await t.invoke('sale.startCard', { amountCents: 4_500, paymentType: 'credit', installments: 2, card: { savedCardId: saved[0]?.id, ...HOLDER } }),
    );
    expect(again).toMatchObject({ state: 'paid', card: { last4: '4444' } });
    okValue(await t.invoke('cards.deleteSaved', { savedCardId: saved[0]?.id }));
    expect(okValue<SavedCardView[]>(await t.invoke('cards.listSaved'))).toEqual([]);
  });
});

describe('card sale rules', () => {
  it('refuses debit in installments and a type the provider does not take', async () => {
    const astrapay = await tillWithCard('astrapay');
    expect(errorOf(await astrapay.invoke('sale.startCard', { amountCents: 1_000, paymentType: 'debit', installments: 1, card: card('4111111111111111') }))).toMatchObject({
      reason: 'card.payment_type_unsupported',
    });
    const gateway = await tillWithCard('card-payments');
    expect(errorOf(await gateway.invoke('sale.startCard', { amountCents: 1_000, paymentType: 'debit', installments: 3, card: card('4111111111111111') }))).toMatchObject({
      reason: 'card.installments_invalid',
    });
    expect(okValue<SaleView>(await gateway.invoke('sale.startCard', { amountCents: 1_000, paymentType: 'debit', installments: 1, card: card('4111111111111111') })).state).toBe('paid');
  });

  it('never charges twice when the charge may have gone through: the cashier is told to check', async () => {
    const t = await tillWithCard('card-payments');
    t.sim.arm({ route: 'POST /card-payments/v1/card_payments', kind: 'timeout_after_commit', ms: 5000, times: 1 });
    const unknown = okValue<SaleView>(await t.invoke('sale.startCard', { amountCents: 7_700, paymentType: 'credit', installments: 1, card: card('4111111111111111') }));
    expect(unknown).toMatchObject({ state: 'needs_checking', problem: { reason: 'card.outcome_unknown' } });
    expect(unknown.checking).toMatchObject({ providerId: 'card-payments', amountCents: 7_700, reference: unknown.id, last4: '1111' });
    expect(t.sim.stats().requests['POST /card-payments/v1/card_payments']).toBe(1);
  });
});
