/** Three tills feeding one PostgreSQL store ledger: concurrent sales, store-wide views, and a server that dies mid-day. */
import { describe, expect, it } from 'vitest';
import type { SaleView, StoreDayReportView, StoreSaleView } from '../../../src-preload/contract.ts';
import { errorOf, okValue } from '../../support/replies.ts';
import { startTestCore } from '../../support/test-core.ts';
import { waitFor } from '../../support/wait-for.ts';
import { expectStoreEqualsLedger, newStore, paidCard, startTill, storeReader, storeStatus, today, useCluster, waitSynced } from './store-tills.ts';

const cluster = useCluster();

describe('store replication', () => {
  it('takes concurrent sales from three tills, each numbered by its till, exactly as each ledger has them', async () => {
    const url = await newStore(cluster());
    const tills = await Promise.all([startTill(url, 'C1', 'Ana'), startTill(url, 'C2', 'Bruno'), startTill(url, 'C3', 'Carla')]);
    const sold = await Promise.all(
      tills.map(async (till, index) => {
        const sales: SaleView[] = [];
        for (let n = 1; n <= 6; n++) sales.push(await paidCard(till, 1000 * (index + 1) + n));
        return sales;
      }),
    );
    expect(sold[1]?.map((sale) => sale.number)).toEqual(['C2-000001', 'C2-000002', 'C2-000003', 'C2-000004', 'C2-000005', 'C2-000006']);
    const [, second] = tills;
    if (!second) throw new Error('three tills');
    okValue(await second.invoke('sale.refund', { saleId: sold[1]?.[0]?.id, amountCents: 500, reason: 'Troca' }));

    await Promise.all(tills.map(waitSynced));
    const store = await storeReader(url);
    for (const till of tills) await expectStoreEqualsLedger(store, till);
    const counts = await store.query('SELECT till_code, COUNT(*)::int AS n, COUNT(DISTINCT number)::int AS numbers FROM sales GROUP BY 1 ORDER BY 1');
    expect(counts.rows).toEqual([
      { till_code: 'C1', n: 6, numbers: 6 },
      { till_code: 'C2', n: 6, numbers: 6 },
      { till_code: 'C3', n: 6, numbers: 6 },
    ]);

    // Any till reads the shop's day: every till's sales, filtered by till or operator, and one report.
    const [first] = tills;
    if (!first) throw new Error('three tills');
    const all = okValue<StoreSaleView[]>(await first.invoke('store.sales', { day: today() }));
    expect(all).toHaveLength(18);
    const bruno = okValue<StoreSaleView[]>(await first.invoke('store.sales', { day: today(), operator: 'Bruno' }));
    expect(bruno.map((sale) => sale.number).sort()).toEqual(sold[1]?.map((sale) => sale.number));
    expect(bruno.find((sale) => sale.id === sold[1]?.[0]?.id)?.refundedCents).toBe(500);
    const c3 = okValue<StoreSaleView[]>(await first.invoke('store.sales', { day: today(), tillCode: 'C3' }));
    expect(new Set(c3.map((sale) => sale.operator))).toEqual(new Set(['Carla']));

    const report = okValue<StoreDayReportView>(await first.invoke('store.dayReport', { day: today() }));
    const total = (index: number) => (sold[index] ?? []).reduce((sum, sale) => sum + sale.amountCents, 0);
    expect(report.sales).toEqual({ count: 18, totalCents: total(0) + total(1) + total(2) });
    expect(report.byTill.map((row) => [row.tillCode, row.tillName, row.sales.totalCents, row.refunds.totalCents, row.netCents])).toEqual([
      ['C1', 'Caixa C1', total(0), 0, total(0)],
      ['C2', 'Caixa C2', total(1), 500, total(1) - 500],
      ['C3', 'Caixa C3', total(2), 0, total(2)],
    ]);
    expect(report.netCents).toBe(total(0) + total(1) + total(2) - 500);
  });

  it('keeps selling while the server is down, counts what waits, and catches up when it is back', async () => {
    const url = await newStore(cluster());
    const tills = await Promise.all([startTill(url, 'C1'), startTill(url, 'C2')]);
    for (const till of tills) await paidCard(till, 1111);
    await Promise.all(tills.map(waitSynced));

    await cluster().kill();
    for (const till of tills) for (let n = 0; n < 3; n++) await paidCard(till, 2000 + n);
    const [first, second] = tills;
    if (!first || !second) throw new Error('two tills');
    const offline = await waitFor(async () => {
      const status = await storeStatus(first);
      return status.state === 'offline' && status;
    }, 'the till to notice the store is away');
    expect(offline).toMatchObject({ pendingItems: 3, problem: { code: 'store_unavailable', reason: 'store.unreachable' } });
    expect(JSON.stringify(offline)).not.toContain(url);
    // Store-wide views say why they cannot answer; the till's own report still does.
    expect(errorOf(await first.invoke('store.dayReport', { day: today() }))).toMatchObject({ code: 'store_unavailable' });
    expect(okValue<{ sales: { count: number } }>(await first.invoke('report.day', { day: today() })).sales.count).toBe(4);

    await cluster().start();
    await Promise.all(tills.map(waitSynced));
    const store = await storeReader(url);
    for (const till of tills) await expectStoreEqualsLedger(store, till);
    expect(okValue<StoreDayReportView>(await second.invoke('store.dayReport', { day: today() })).sales.count).toBe(8);
  });

  it('sends a till’s earlier sales when it joins a store after selling alone', async () => {
    const url = await newStore(cluster());
    const alone = await startTestCore();
    const before = await paidCard(alone, 4200);
    expect(before.number).toBe('C1-000001');
    okValue(await alone.invoke('store.configure', { enabled: true, tillCode: 'C1', tillName: 'Balcão', connectionString: url }));
    await waitSynced(alone);
    const store = await storeReader(url);
    expect((await store.query('SELECT id::text, number FROM sales')).rows).toEqual([{ id: before.id, number: 1 }]);
  });
});
