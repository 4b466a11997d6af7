/**
 * Reconciliation of the day: for every provider account that took a sale (or is selected now) and every
 * method, the provider's own lists against the till's books, per sale, as net money.
 */
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
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

    okValue(await t.invoke('sale.startCard', { amountCents: 4_400, paymentType: 'credit', installments: 1, card: CARD }));
    okValue(await t.invoke('sale.dismiss'));

    const view = await reconcile(t);
    expect(sectionOf(view, 'astrapay', 'pix')).toMatchObject({ matched: 1, rows: [expect.objectContaining({ providerRef: stranger.txid })] });
    // The card gateway documents no list: it says what it cannot check, and how many of the till's sales that leaves unchecked.
    expect(sectionOf(view, 'card-payments', 'card')).toMatchObject({ supported: false, unchecked: ['charges', 'refunds'], uncheckedSales: 1, rows: [] });
  });

  it('reconciles per account: a sale taken by a credential set the till no longer holds is not compared with another account’s list', async () => {
    const t = await startTestCore();
    const old = await paidPix(t, 1_800);
    await paidPix(t, 2_100);
    // The first sale was taken by another credential set of the same provider (since replaced in Settings).
    const ledger = new DatabaseSync(join(t.dataDir, 'ledger.sqlite'));
    ledger.prepare('UPDATE sales SET provider_account = ? WHERE id = ?').run('astrapay.embedded.0123456789', old.id);
    ledger.close();

    const sections = (await reconcile(t)).sections.filter((section) => section.providerId === 'astrapay' && section.method === 'pix');

    expect(sections).toHaveLength(2);
    const gone = sections.find((section) => section.account === 'astrapay.embedded.0123456789');
    expect(gone).toMatchObject({ uncheckedSales: 1, rows: [], problem: expect.objectContaining({ reason: 'provider.account_removed' }) });
    const current = sections.find((section) => section !== gone);
    expect(current).toMatchObject({ account: expect.stringMatching(/^astrapay\.embedded\.[0-9a-f]{10}$/), matched: 1, rows: [], problem: null });
    // A difference of the account no longer held cannot be acted on: the till says why.
    expect(errorOf(await t.invoke('report.resolveDifference', { day: today(), key: `astrapay.embedded.pix.${old.id}`, action: 'mark_resolved', note: '' }))).toMatchObject({
      reason: 'provider.account_removed',
    });
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
    // The gateway documents no way to give a transfer back: a note is all that settles it.
    expect(row?.actions).toEqual(['mark_resolved']);

    okValue(await t.invoke('report.resolveDifference', { day: today(), key: row?.key, action: 'mark_resolved', note: 'Venda do site' }));
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
