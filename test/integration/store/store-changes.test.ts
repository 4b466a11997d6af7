/** The store's change mark: a till hears when any till's write reaches the store, so its store views read again. */
import { describe, expect, it } from 'vitest';
import type { StoreDayReportView, StoreSyncView } from '../../../src-preload/contract.ts';
import { okValue } from '../../support/replies.ts';
import { waitFor } from '../../support/wait-for.ts';
import { newStore, paidCard, startTill, today, useCluster, waitSynced } from './store-tills.ts';

const cluster = useCluster();

describe('store changes', () => {
  it('tells a till when another till’s sale reaches the store, and its own header hears of its backlog at once', async () => {
    const url = await newStore(cluster());
    const [front, back] = await Promise.all([startTill(url, 'C1'), startTill(url, 'C2')]);
    await Promise.all([waitSynced(front), waitSynced(back)]);
    const heardByFront: StoreSyncView[] = [];
    const heardByBack: StoreSyncView[] = [];
    front.core.events.on('store.changed', (status) => heardByFront.push(status));
    back.core.events.on('store.changed', (status) => heardByBack.push(status));

    const sale = await paidCard(back, 4200);
    // The sale is in the back till's outbox before its next push: the header says so.
    expect(heardByBack.some((status) => status.state === 'pending' && status.pendingItems === 1)).toBe(true);
    await waitSynced(back);
    // The front till's own link did not change, yet it announces the store's change, and its view has the sale.
    await waitFor(() => heardByFront.length > 0, 'the front till to hear of the back till’s sale');
    expect(heardByFront.every((status) => status.state === 'synced')).toBe(true);
    const report = okValue<StoreDayReportView>(await front.invoke('store.dayReport', { day: today() }));
    expect(report.byTill.map((row) => [row.tillCode, row.sales.count, row.sales.totalCents])).toEqual([['C2', 1, sale.amountCents]]);
  });
});
