/**
 * Reconciliation of the day: for every provider account that took a sale (or is selected now) and every
 * method, the provider's own lists against the till's books, per sale, as net money.
 */
import { describe, expect, it } from 'vitest';
import type { ReconcileSection, ReconciliationView, SaleView } from '../../../src-preload/contract.ts';
import { pixOf } from '../../../src-main/providers/provider.ts';
import { errorOf, okValue } from '../../support/replies.ts';
import { astrapayOn, createRequest, payPix } from '../../support/sandbox.ts';
import { startTestCore, type TestCore } from '../../support/test-core.ts';
import { waitFor } from '../../support/wait-for.ts';
import { paymentsOn } from '../providers/payments/payments-on-sandbox.ts';

const today = () => new Date().toLocaleDateString('sv');
const CARD = { number: '4111111111111111', holderName: 'ANA LIMA', holderDocument: '11144477735', expiry: '122030', cvv: '123' };
const PAYER = { name: 'Maria da Silva', document: '52998224725', email: 'maria.da.silva.compradora@example.com.br' };

const reconcile = async (t: TestCore) => okValue<ReconciliationView>(await t.invoke('report.reconcile', { day: today() }));
const sectionOf = (view: ReconciliationView, providerId: string, method: string): ReconcileSection | undefined =>
  view.sections.find((section) => section.providerId === providerId && section.method === method);

async function paidPix(t: TestCore, amountCents: number): Promise<SaleView> {
  const sale = okValue<SaleView>(await t.invoke('sale.startPix', { amountCents }));
  okValue(await t.invoke('sale.simulatePayment', { saleId: sale.id }));
  okValue(await t.invoke('sale.dismiss'));
  return sale;
}

describe('reconciliation', () => {
  it('matches the day’s PIX and card sales, and finds money the till never saw, with what to do about it', async () => {
    const t = await startTestCore();
    await paidPix(t, 3_300);
    okValue(await t.invoke('sale.startCard', { amountCents: 4_400, paymentType: 'credit', installments: 1, card: CARD }));
    okValue(await t.invoke('sale.dismiss'));
    // Someone charged R$ 55,00 on the same account outside this till, and it was paid.
    const stranger = await pixOf(astrapayOn(t.sim)).create(createRequest(5_500));
    expect(await payPix(t.sim, stranger.txid)).toBe(true);

    const view = await reconcile(t);
    expect(sectionOf(view, 'astrapay', 'pix')).toMatchObject({ supported: true, matched: 1, unchecked: [] });
    expect(sectionOf(view, 'astrapay', 'pix')?.rows).toEqual([
      expect.objectContaining({ problem: 'missing_in_till', providerRef: stranger.txid, providerNetCents: 5_500, saleId: null, actions: ['reverse', 'mark_resolved'] }),
    ]);
    expect(sectionOf(view, 'astrapay', 'card')).toMatchObject({ supported: true, matched: 1, rows: [] });
  });

  it('raises no alarm for the till’s own full card refund and full PIX refund', async () => {
    const t = await startTestCore();
    const card = okValue<SaleView>(await t.invoke('sale.startCard', { amountCents: 4_400, paymentType: 'credit', installments: 1, card: CARD }));
    okValue(await t.invoke('sale.dismiss'));
    okValue(await t.invoke('sale.refund', { saleId: card.id, amountCents: 4_400, reason: 'Devolução' }));
    const pix = await paidPix(t, 2_500);
    okValue(await t.invoke('sale.refund', { saleId: pix.id, amountCents: 2_500, reason: 'Devolução' }));
    await waitFor(async () => okValue<SaleView>(await t.invoke('sale.get', { saleId: pix.id })).refunds[0]?.state === 'completed', 'the PIX refund');

    const view = await reconcile(t);
    expect(sectionOf(view, 'astrapay', 'card')).toMatchObject({ matched: 1, rows: [] });
    expect(sectionOf(view, 'astrapay', 'pix')).toMatchObject({ matched: 1, rows: [] });
  });

  it('still checks a provider account that took sales today but is not selected now', async () => {
    const t = await startTestCore();
    await paidPix(t, 1_200);
    okValue(await t.invoke('settings.setProviders', { pix: { id: 'payments', environment: 'embedded' }, card: { id: 'card-payments', environment: 'embedded' } }));
    const stranger = await pixOf(astrapayOn(t.sim)).create(createRequest(700));
    expect(await payPix(t.sim, stranger.txid)).toBe(true);

    const view = await reconcile(t);
    expect(sectionOf(view, 'astrapay', 'pix')).toMatchObject({ matched: 1, rows: [expect.objectContaining({ providerRef: stranger.txid })] });
    expect(sectionOf(view, 'card-payments', 'card')).toMatchObject({ supported: false, unchecked: ['charges', 'refunds'] });
  });

  it('checks bank transfers, and a manager’s decision on a difference shows on the next run', async () => {
    const t = await startTestCore();
    okValue(await t.invoke('settings.setProviders', { pix: { id: 'payments', environment: 'embedded' }, card: null }));
    const sale = okValue<SaleView>(await t.invoke('sale.startBankTransfer', { amountCents: 15_000, payer: PAYER }));
    okValue(await t.invoke('sale.simulatePayment', { saleId: sale.id }));
    okValue(await t.invoke('sale.dismiss'));
    const transfers = paymentsOn(t.sim).bankTransfer;
    const stranger = await transfers?.create({ amountCents: 9_000, payer: PAYER, reference: 'outside-the-till', transactionId: 'outside-the-till' });
    await transfers?.simulatePayment?.(stranger?.id ?? '');

    const first = sectionOf(await reconcile(t), 'payments', 'bank_transfer');
    expect(first).toMatchObject({ supported: true, matched: 1 });
    const [row] = first?.rows ?? [];
    expect(row).toMatchObject({ problem: 'missing_in_till', providerRef: stranger?.id, providerNetCents: 9_000, resolved: null });
    expect(row?.actions.length).toBeGreaterThan(0);

    expect(errorOf(await t.invoke('report.resolveDifference', { key: 'nonsense', action: 'book', note: '' }))).toMatchObject({ reason: 'reconcile.key_invalid' });
    okValue(await t.invoke('report.resolveDifference', { key: row?.key, action: 'mark_resolved', note: 'Venda do site' }));
    const again = sectionOf(await reconcile(t), 'payments', 'bank_transfer');
    expect(again?.rows[0]?.resolved).toMatchObject({ action: 'mark_resolved', note: 'Venda do site' });
  });

  it('shows a refund made outside the till as a difference to book', async () => {
    const t = await startTestCore();
    const sale = await paidPix(t, 4_000);
    // The provider refunds it outside the till (its own dashboard): the till still books it whole.
    await pixOf(astrapayOn(t.sim)).refund?.({ txid: sale.pix?.txid ?? '', amountCents: 1_500, description: 'painel', transactionId: crypto.randomUUID() });
    await waitFor(async () => {
      const row = sectionOf(await reconcile(t), 'astrapay', 'pix')?.rows[0];
      return row?.problem === 'refund_differs' && row;
    }, 'the outside refund to complete at the provider').then((row) => {
      expect(row).toMatchObject({ saleId: sale.id, tillNetCents: 4_000, providerNetCents: 2_500, actions: ['book', 'mark_resolved'] });
    });
  });
});

describe('reconciliation with a provider down', () => {
  it('keeps the sections that answered and says which one could not be asked', async () => {
    const t = await startTestCore();
    t.sim.arm({ route: 'GET /astrapay/card/v1/credit', kind: 'status', status: 503, times: 10 });
    const view = await reconcile(t);
    expect(sectionOf(view, 'astrapay', 'pix')).toMatchObject({ supported: true, problem: null });
    expect(sectionOf(view, 'astrapay', 'card')?.problem).toMatchObject({ code: 'provider_unavailable' });
  });
});
