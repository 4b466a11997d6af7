/** Reconciliation of the day: the till's ledger against the provider's own lists. */
import { describe, expect, it } from 'vitest';
import type { ReconciliationView, SaleView } from '../../../src-preload/contract.ts';
import { pixOf } from '../../../src-main/providers/provider.ts';
import { okValue } from '../../support/replies.ts';
import { astrapayOn, createRequest, payPix } from '../../support/sandbox.ts';
import { startTestCore } from '../../support/test-core.ts';

const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

describe('reconciliation', () => {
  it('matches the day’s PIX and card sales, and finds money the till never saw', async () => {
    const t = await startTestCore();
    const pix = okValue<SaleView>(await t.invoke('sale.startPix', { amountCents: 3_300 }));
    okValue(await t.invoke('sale.simulatePayment', { saleId: pix.id }));
    okValue(await t.invoke('sale.dismiss'));
    okValue(
      await t.invoke('sale.startCard', {
        amountCents: 4_400,
        paymentType: 'credit',
        installments: 1,
        card: { number: '4111111111111111', holderName: 'ANA LIMA', holderDocument: '11144477735', expiry: '122030', cvv: '123' },
      }),
    );
    okValue(await t.invoke('sale.dismiss'));
    // Someone charged R$ 55,00 on the same account outside this till, and it was paid.
    const stranger = await pixOf(astrapayOn(t.sim)).create(createRequest(5_500));
    expect(await payPix(t.sim, stranger.txid)).toBe(true);

    const view = okValue<ReconciliationView>(await t.invoke('report.reconcile', { day: today() }));
    const pixSection = view.sections.find((section) => section.role === 'pix');
    const cardSection = view.sections.find((section) => section.role === 'card');
    expect(pixSection).toMatchObject({ supported: true, matched: 1 });
    expect(pixSection?.rows).toEqual([
      expect.objectContaining({ problem: 'missing_in_till', providerRef: stranger.txid, providerAmountCents: 5_500, saleId: null }),
    ]);
    expect(cardSection).toMatchObject({ supported: true, matched: 1, rows: [] });
  });

  it('says so when the card provider documents no listing', async () => {
    const t = await startTestCore();
    okValue(await t.invoke('settings.setProviders', { pix: { id: 'astrapay', environment: 'embedded' }, card: { id: 'card-payments', environment: 'embedded' } }));
    const view = okValue<ReconciliationView>(await t.invoke('report.reconcile', { day: today() }));
    expect(view.sections.find((section) => section.role === 'card')).toMatchObject({ supported: false, providerName: expect.any(String) });
  });
});

describe('reconciliation with a provider down', () => {
  it('keeps the sections that answered and says which one could not be asked', async () => {
    const t = await startTestCore();
    t.sim.arm({ route: 'GET /astrapay/card/v1/credit', kind: 'status', status: 503, times: 10 });
    const view = okValue<ReconciliationView>(await t.invoke('report.reconcile', { day: today() }));
    expect(view.sections.find((section) => section.role === 'pix')).toMatchObject({ supported: true, problem: null });
    expect(view.sections.find((section) => section.role === 'card')?.problem).toMatchObject({ code: 'provider_unavailable' });
  });
});
