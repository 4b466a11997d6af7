/**
 * Refunds given back by hand in the store: two till cores and one PostgreSQL store against one sandbox in its
 * own process. Till C1 takes hand-confirmed static PIX and gives money back by hand (cash, a PIX of its own);
 * C2 sells by card and refunds through the provider. The store's day report counts C1's refunds, apart by how
 * they went back, and the store reconciliation lists them apart, never as refunds missing at a provider.
 * Rows a till sent before it told how the money went back still land, and learn the way when it is sent.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { SaleView, StoreDayReportView, StoreReconciliationView } from '../../../src-preload/contract.ts';
import { silentLogger } from '../../../src-main/core/logger.ts';
import { createStoreClient } from '../../../src-main/store/store-client.ts';
import { storeDayReport } from '../../../src-main/store/store-day-report.ts';
import { readStoreManualRefunds } from '../../../src-main/store/store-manual-refunds.ts';
import { migrateStore } from '../../../src-main/store/store-migrations.ts';
import { applyOutboxBatch } from '../../../src-main/store/store-writer.ts';
import { dayRange } from '../../../src-main/ledger/day-range.ts';
import { operatorNamed } from '../../support/operators.ts';
import { okValue } from '../../support/replies.ts';
import type { TestCore } from '../../support/test-core.ts';
import { sharedSandbox } from './cross-refund-rig.ts';
import { newStore, paidCard, startTill, storeReader, today, useCluster, waitSynced } from './store-tills.ts';

const cluster = useCluster();
const STATIC_PIX = { staticPix: { pixKey: '12345678909', mode: 'always' as const, managerConfirms: false } };

async function paidStatic(till: TestCore, amountCents: number): Promise<SaleView> {
  const sale = okValue<SaleView>(await till.invoke('sale.startPix', { amountCents }));
  const paid = okValue<SaleView>(await till.invoke('sale.confirmStaticPix', { saleId: sale.id }));
  okValue(await till.invoke('sale.dismiss'));
  return paid;
}

describe('refunds given back by hand, in the store', () => {
  it('count in the store day report, apart by how, and are listed apart in the store reconciliation, not as missing at a provider', async () => {
    const sandbox = await sharedSandbox();
    const url = await newStore(cluster());
    const front = await startTill(url, 'C1', '', { sandboxUrl: sandbox.url, settings: STATIC_PIX });
    const back = await startTill(url, 'C2', '', { sandboxUrl: sandbox.url });
    const approval = { operatorId: (await operatorNamed(front.invoke, 'Gerente demo')).id, pin: '1234' };

    const first = await paidStatic(front, 5_000);
    const second = await paidStatic(front, 3_000);
    okValue(await front.invoke('sale.refundManually', { saleId: first.id, amountCents: 1_200, reason: 'Troca', paidBack: 'cash', approval }));
    okValue(await front.invoke('sale.refundManually', { saleId: second.id, amountCents: 800, reason: 'Defeito', paidBack: 'pix', approval }));
    const card = await paidCard(back, 7_000);
    okValue(await back.invoke('sale.refund', { saleId: card.id, amountCents: 2_000, reason: 'Troca' }));
    await Promise.all([waitSynced(front), waitSynced(back)]);

    const report = okValue<StoreDayReportView>(await back.invoke('store.dayReport', { day: today() }));
    expect(report.byTill.map((row) => [row.tillCode, row.sales.totalCents, row.refunds])).toEqual([
      ['C1', 8_000, { count: 2, totalCents: 2_000 }],
      ['C2', 7_000, { count: 1, totalCents: 2_000 }],
    ]);
    expect(report.refunds).toEqual({ count: 3, totalCents: 4_000 });
    expect(report.manualRefunds).toEqual([
      { tillCode: 'C1', tillName: 'Caixa C1', paidBack: 'cash', currency: 'BRL', count: 1, totalCents: 1_200 },
      { tillCode: 'C1', tillName: 'Caixa C1', paidBack: 'pix', currency: 'BRL', count: 1, totalCents: 800 },
    ]);

    const reconciled = okValue<StoreReconciliationView>(await back.invoke('store.reconcile', { day: today() }));
    expect(reconciled.byHand.map((row) => [row.saleId, row.tillCode, row.amountCents, row.paidBack])).toEqual([
      [first.id, 'C1', 1_200, 'cash'],
      [second.id, 'C1', 800, 'pix'],
    ]);
    const rows = reconciled.sections.flatMap((section) => section.rows);
    expect(rows.filter((row) => row.saleId === first.id || row.saleId === second.id)).toEqual([]);
    expect(rows.filter((row) => row.problem === 'missing_at_provider')).toEqual([]);
    // The card refund went through the provider and matches there.
    const cardSection = reconciled.sections.find((section) => section.method === 'card');
    expect(cardSection).toMatchObject({ problem: null, rows: [], tills: ['C2'] });
    expect(cardSection?.matched).toBeGreaterThanOrEqual(1);
  });

  it('a refund row sent without the way it went back (an older till) still lands, and learns the way when it comes', async () => {
    const url = await newStore(cluster());
    const client = createStoreClient(url, silentLogger);
    onTestFinished(() => client.close());
    await migrateStore(client);
    const saleId = randomUUID();
    const refundId = randomUUID();
    const at = new Date().toISOString();
    const sale = { id: saleId, till_code: 'C9', number: 1, operator: 'Ana', amount_cents: 4_000, currency: 'BRL', method: 'pix_static', payment_type: null,
      state: 'paid', provider_id: 'astrapay', provider_environment: 'embedded', provider_account: null, pix_txid: 'TX1', card_charge_id: null, created_at: at, updated_at: at };
    const refund = { id: refundId, sale_id: saleId, till_code: 'C9', amount_cents: 1_500, currency: 'BRL', state: 'completed', reason: 'Troca', created_at: at, updated_at: at };
    const entry = (seq: number, entity: 'sale' | 'refund', payload: object) => ({ seq, entity, entityId: entity === 'sale' ? saleId : refundId, payload: JSON.stringify(payload) });
    const range = dayRange(today());

    await client.transaction((tx) => applyOutboxBatch(tx, [entry(1, 'sale', sale), entry(2, 'refund', refund)]));
    const before = await storeDayReport(client, today(), range);
    expect(before.refunds).toEqual({ count: 1, totalCents: 1_500 });
    expect(before.manualRefunds).toEqual([]);
    expect((await readStoreManualRefunds(client, range)).map((row) => [row.refundId, row.paidBack])).toEqual([[refundId, null]]);

    await client.transaction((tx) => applyOutboxBatch(tx, [entry(3, 'refund', { ...refund, paid_back: 'cash' })]));
    // A later row without the way (an older till's change) does not forget it.
    await client.transaction((tx) => applyOutboxBatch(tx, [entry(4, 'refund', refund)]));
    const after = await storeDayReport(client, today(), range);
    expect(after.refunds).toEqual({ count: 1, totalCents: 1_500 });
    expect(after.manualRefunds).toEqual([{ tillCode: 'C9', tillName: 'C9', paidBack: 'cash', currency: 'BRL', count: 1, totalCents: 1_500 }]);
    const store = await storeReader(url);
    expect((await store.query('SELECT paid_back, version::int FROM refunds WHERE id = $1', [refundId])).rows).toEqual([{ paid_back: 'cash', version: 4 }]);
  });
});
