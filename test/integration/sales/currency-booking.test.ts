/**
 * Money booked as it moved: a shop whose Payments gateway charges in dollars books the sale in US
 * dollar cents, with the gateway's own quote (rate, fee, total in reais), and the day's totals keep
 * each currency apart.
 */
import { describe, expect, it } from 'vitest';
import type { AppInfo, DayReportView, SaleView } from '../../../src-preload/contract.ts';
import { readLedger } from '../../support/ledger-reader.ts';
import { okValue } from '../../support/replies.ts';
import { startTestCore } from '../../support/test-core.ts';

const PAYER = { name: 'Maria da Silva', document: '52998224725', email: 'maria.da.silva.compradora@example.com.br' };
const today = () => new Date().toLocaleDateString('sv');

describe('a gateway charging in US dollars', () => {
  it('books the sale in USD cents with the rate, the fee and the BRL total, and keeps the totals apart', async () => {
    const t = await startTestCore();
    // A BRL sale on Astrapay first, so the day has two currencies.
    const brl = okValue<SaleView>(await t.invoke('sale.startPix', { amountCents: 2_000 }));
    okValue(await t.invoke('sale.simulatePayment', { saleId: brl.id }));
    okValue(await t.invoke('sale.dismiss'));

    t.ports.secrets.set('payments.embedded.currency', 'USD');
    okValue(await t.invoke('settings.setProviders', { pix: { id: 'payments', environment: 'embedded' }, card: null }));
    const info = okValue<AppInfo>(await t.invoke('app.info'));
    expect(info.pix?.capabilities.currency).toBe('USD');

    const usd = okValue<SaleView>(await t.invoke('sale.startPix', { amountCents: 1_000, payer: PAYER }));
    expect(usd).toMatchObject({ amountCents: 1_000, currency: 'USD' });
    // The sandbox converts at 5.2500 and adds a 1.5 % fee: US$ 10,00 = R$ 52,50 + R$ 0,79.
    expect(usd.pix?.quote).toEqual({ currency: 'USD', subtotalCents: 5_250, exchangeRate: '5.2500', feeCents: 79, totalCents: 5_329 });
    expect(readLedger(t.dataDir, usd.id).sale).toMatchObject({ amount_cents: 1_000, currency: 'USD' });
    okValue(await t.invoke('sale.simulatePayment', { saleId: usd.id }));

    const report = okValue<DayReportView>(await t.invoke('report.day', { day: today() }));
    expect(report).toMatchObject({ currency: 'BRL', sales: { count: 1, totalCents: 2_000 } });
    expect(report.otherCurrencies).toEqual([
      expect.objectContaining({ currency: 'USD', sales: { count: 1, totalCents: 1_000 }, netCents: 1_000 }),
    ]);
  });
});
