/**
 * Offline PIX through the router against the embedded sandbox: the provider down (503 on create) turns
 * the sale into a static code from the shop's key, the cashier or a manager confirms it by hand, the day
 * report lists it apart, and a reachable provider reads the code back.
 */
import { describe, expect, it } from 'vitest';
import type { DayReportView, SaleView } from '../../../src-preload/contract.ts';
import { parseTlv } from '../../../src-main/pix/br-code.ts';
import { readLedger } from '../../support/ledger-reader.ts';
import { errorOf, okValue } from '../../support/replies.ts';
import { arm, CREATE_ROUTE } from '../../support/sandbox.ts';
import { startTestCore, type TestCore } from '../../support/test-core.ts';
import { waitFor } from '../../support/wait-for.ts';

const KEY = '12345678909';
const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

async function till(staticPix: { pixKey?: string; mode?: 'fallback' | 'always'; managerConfirms?: boolean } = {}): Promise<TestCore> {
  return startTestCore({ settings: { staticPix: { pixKey: KEY, mode: 'fallback', managerConfirms: false, ...staticPix } } });
}

describe('offline PIX', () => {
  it('the provider answers 503: the till shows a static code for the amount, and the cashier confirms it', async () => {
    const t = await till();
    arm(t.sim, { route: CREATE_ROUTE, kind: 'status', status: 503, times: 5 });

    const sale = okValue<SaleView>(await t.invoke('sale.startPix', { amountCents: 4_290 }));

    expect(sale).toMatchObject({ method: 'pix_static', state: 'awaiting_payment', amountCents: 4_290 });
    const fields = parseTlv((sale.pix?.copyAndPaste ?? '').slice(0, -8));
    expect(parseTlv(fields.get('26') ?? '').get('01')).toBe(KEY);
    expect(fields.get('54')).toBe('42.90');
    expect(parseTlv(fields.get('62') ?? '').get('05')).toBe(sale.pix?.txid);
    expect(okValue<SaleView | null>(await t.invoke('sale.current', {}, 'display'))).toMatchObject({ id: sale.id, pix: { copyAndPaste: sale.pix?.copyAndPaste } });

    const paid = okValue<SaleView>(await t.invoke('sale.confirmStaticPix', { saleId: sale.id }));
    expect(paid.state).toBe('paid');
    expect(readLedger(t.dataDir, sale.id).transitions).toEqual(['null->draft', 'draft->awaiting_payment', 'awaiting_payment->paid']);
    const report = okValue<DayReportView>(await t.invoke('report.day', { day: today() }));
    expect(report.byMethod).toEqual([{ method: 'pix_static', count: 1, totalCents: 4_290 }]);
    // Listed apart too, sale by sale: no provider saw them, so no reconciliation can.
    expect(report.handConfirmed).toEqual([{ saleId: sale.id, number: paid.number, createdAt: sale.createdAt, amountCents: 4_290, currency: 'BRL' }]);
  });

  it('without a PIX key the provider’s error stands and nothing else is sold', async () => {
    const t = await till({ pixKey: '' });
    arm(t.sim, { route: CREATE_ROUTE, kind: 'status', status: 503, times: 5 });
    expect(errorOf(await t.invoke('sale.startPix', { amountCents: 1_000 }))).toMatchObject({ code: 'provider_unavailable' });
    expect(okValue<DayReportView>(await t.invoke('report.day', { day: today() })).sales.count).toBe(0);
  });

  it('a provider that rejects the charge is not "down": no static code', async () => {
    const t = await till();
    arm(t.sim, { route: CREATE_ROUTE, kind: 'status', status: 422, times: 5 });
    expect(errorOf(await t.invoke('sale.startPix', { amountCents: 1_000 })).code).toBe('provider_rejected');
  });

  it('when the shop wants a manager, the cashier’s confirmation is refused and the sale stays open', async () => {
    const t = await till({ mode: 'always', managerConfirms: true });
    const sale = okValue<SaleView>(await t.invoke('sale.startPix', { amountCents: 2_000 }));

    expect(errorOf(await t.invoke('sale.confirmStaticPix', { saleId: sale.id }))).toMatchObject({ code: 'forbidden', reason: 'static_pix.manager_required' });
    expect(okValue<SaleView>(await t.invoke('sale.get', { saleId: sale.id })).state).toBe('awaiting_payment');
    expect(okValue<SaleView>(await t.invoke('sale.confirmStaticPixByManager', { saleId: sale.id })).state).toBe('paid');
  });

  it('only an open static sale can be confirmed by hand', async () => {
    const t = await till({ mode: 'always' });
    const sale = okValue<SaleView>(await t.invoke('sale.startPix', { amountCents: 2_000 }));
    okValue(await t.invoke('sale.cancel', { saleId: sale.id }));
    expect(errorOf(await t.invoke('sale.confirmStaticPix', { saleId: sale.id })).reason).toBe('static_pix.not_confirmable');
  });

  it('a reachable provider reads the code back, and the ledger keeps the outcome', async () => {
    const t = await till({ mode: 'always' });
    const sale = okValue<SaleView>(await t.invoke('sale.startPix', { amountCents: 3_333 }));
    expect(sale.method).toBe('pix_static');
    await waitFor(() => readLedger(t.dataDir, sale.id).attempts.some((attempt) => attempt.finished_at !== null), 'the provider check');
    expect(readLedger(t.dataDir, sale.id).attempts).toEqual([expect.objectContaining({ operation: 'pix.checkStatic', outcome: 'ok', error_code: null })]);
  });

  it('a provider down for the check too: the outcome is recorded as an error, the sale stays payable', async () => {
    const t = await till({ mode: 'always' });
    arm(t.sim, { route: 'POST /astrapay/charge/v1/cob-static/decode', kind: 'status', status: 503, times: 5 });
    const sale = okValue<SaleView>(await t.invoke('sale.startPix', { amountCents: 1_500 }));
    await waitFor(() => readLedger(t.dataDir, sale.id).attempts.some((attempt) => attempt.finished_at !== null), 'the provider check');
    expect(readLedger(t.dataDir, sale.id).attempts).toEqual([expect.objectContaining({ operation: 'pix.checkStatic', outcome: 'error', error_code: 'provider_unavailable' })]);
    expect(okValue<SaleView>(await t.invoke('sale.get', { saleId: sale.id })).state).toBe('awaiting_payment');
  });

  it('refuses a PIX key that is none of the five kinds', async () => {
    const t = await till();
    for (const pixKey of ['1234', 'loja@', '11987654321x', '+1555123456']) {
      expect(errorOf(await t.invoke('settings.setStaticPix', { pixKey, mode: 'fallback', managerConfirms: false })).reason).toBe('static_pix.key_invalid');
    }
    const saved = okValue<{ staticPix: unknown }>(await t.invoke('settings.setStaticPix', { pixKey: '+5511987654321', mode: 'always', managerConfirms: true }));
    expect(saved.staticPix).toEqual({ pixKey: '+5511987654321', mode: 'always', managerConfirms: true });
  });
});
