/** Store rows carry the sale's currency, the credential set that took it and the operator who was signed in. */
import { describe, expect, it } from 'vitest';
import type { SaleView, StoreDayReportView, StoreSaleView } from '../../../src-preload/contract.ts';
import { readLedger } from '../../support/ledger-reader.ts';
import { okValue } from '../../support/replies.ts';
import { newStore, paidCard, startTill, storeReader, today, useCluster, waitSynced } from './store-tills.ts';

const cluster = useCluster();
const PAYER = { name: 'Maria da Silva', document: '52998224725', email: 'maria.da.silva.compradora@example.com.br' };

describe('store rows: currency, account and operator', () => {
  it('keeps reais and dollars apart in the shop’s day, and stamps each sale with its account and its signed-in operator', async () => {
    const url = await newStore(cluster());
    const [front, back] = await Promise.all([startTill(url, 'C1', 'Ana'), startTill(url, 'C2', 'Bruno')]);
    const brl = await paidCard(front, 3_000);
    back.ports.secrets.set('payments.embedded.currency', 'USD');
    okValue(await back.invoke('settings.setProviders', { pix: { id: 'payments', environment: 'embedded' }, card: null }));
    const usd = okValue<SaleView>(await back.invoke('sale.startPix', { amountCents: 1_000, payer: PAYER }));
    okValue(await back.invoke('sale.simulatePayment', { saleId: usd.id }));
    okValue(await front.invoke('sale.refund', { saleId: brl.id, amountCents: 400, reason: 'Troca' }));
    await Promise.all([waitSynced(front), waitSynced(back)]);

    const store = await storeReader(url);
    const rows = await store.query('SELECT id::text, currency, operator, provider_id, provider_environment, provider_account FROM sales ORDER BY till_code');
    expect(rows.rows).toEqual([
      { id: brl.id, currency: 'BRL', operator: 'Ana', provider_id: 'astrapay', provider_environment: 'embedded', provider_account: readLedger(front.dataDir, brl.id).sale?.provider_account },
      { id: usd.id, currency: 'USD', operator: 'Bruno', provider_id: 'payments', provider_environment: 'embedded', provider_account: readLedger(back.dataDir, usd.id).sale?.provider_account },
    ]);
    expect(rows.rows.every((row) => typeof row.provider_account === 'string' && row.provider_account.length > 0)).toBe(true);
    expect((await store.query('SELECT currency, amount_cents::int FROM refunds')).rows).toEqual([{ currency: 'BRL', amount_cents: 400 }]);

    const report = okValue<StoreDayReportView>(await front.invoke('store.dayReport', { day: today() }));
    expect(report).toMatchObject({ currency: 'BRL', sales: { count: 1, totalCents: 3_000 }, refunds: { count: 1, totalCents: 400 }, netCents: 2_600 });
    expect(report.byTill.map((row) => row.tillCode)).toEqual(['C1']);
    expect(report.otherCurrencies).toEqual([
      expect.objectContaining({
        currency: 'USD',
        sales: { count: 1, totalCents: 1_000 },
        refunds: { count: 0, totalCents: 0 },
        netCents: 1_000,
        byTill: [expect.objectContaining({ tillCode: 'C2', netCents: 1_000 })],
      }),
    ]);
    const listed = okValue<StoreSaleView[]>(await front.invoke('store.sales', { day: today(), operator: 'Bruno' }));
    expect(listed.map((sale) => [sale.id, sale.currency, sale.operator])).toEqual([[usd.id, 'USD', 'Bruno']]);
  });
});
