/**
 * A refund of another till's sale that the provider pays twice: two till cores and one PostgreSQL store
 * against one sandbox in its own process over HTTP. The refunding till's answer is lost, the provider pays the
 * same request again meanwhile, and the lookup finds both: the till records the extra money as a
 * `refund_twice` reversal (its day report carries it, after a restart too), logs it, and alerts the cashier
 * with the sale, the amount and the till that made the sale. Time is real; the tests poll until a condition holds.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AlertView, DayReportView } from '../../../src-preload/contract.ts';
import { recordEvents } from '../../support/event-recorder.ts';
import { providerOn } from '../../support/provider-side.ts';
import { okValue } from '../../support/replies.ts';
import { startTestCore } from '../../support/test-core.ts';
import { waitFor } from '../../support/wait-for.ts';
import { otherTillRefundRows, paidPix, refundsAtProvider, sharedSandbox } from './cross-refund-rig.ts';
import { FAST_REPLICATION, newStore, startTill, today, useCluster, waitSynced } from './store-tills.ts';

const cluster = useCluster();
const REFUND_ROUTE = 'POST /astrapay/charge/v1/refunds';
/** Long enough for the test to make the provider pay again before the refunding till's first lookup. */
const REFUNDER_TIMEOUT_MS = 6_000;

async function reversalsOfToday(invoke: (name: string, input: unknown) => Promise<unknown>): Promise<DayReportView['reversals']> {
  return okValue<DayReportView>((await invoke('report.day', { day: today() })) as never).reversals;
}

describe('a refund of another till’s sale paid twice by the provider', () => {
  it('is recorded as a reversal, logged, and shown to the cashier with the sale, the amount and the sale’s till', async () => {
    const sandbox = await sharedSandbox();
    const url = await newStore(cluster());
    const options = { sandboxUrl: sandbox.url };
    const front = await startTill(url, 'C1', '', options);
    const back = await startTill(url, 'C2', '', { ...options, providerTimeoutMs: REFUNDER_TIMEOUT_MS });
    const sale = await paidPix(front, 9_001);
    const txid = sale.pix?.txid ?? '';
    await waitSynced(front);
    const alerts = recordEvents(back.core.events, 'alert.raised');

    // The provider makes the refund but the answer never comes back to the refunding till.
    await sandbox.arm({ route: REFUND_ROUTE, kind: 'timeout_after_commit', ms: 20_000 });
    const asking = back.invoke('store.refund', { saleId: sale.id, amountCents: 3_001, reason: 'Dobro' });
    await waitFor(async () => (await refundsAtProvider(sandbox, txid)).length === 1, 'the first refund at the provider');
    const [row] = otherTillRefundRows(back.dataDir);
    // Meanwhile the provider pays the same request a second time (the description carries the till's refund id).
    await providerOn(sandbox, 'astrapay').pix?.refund?.({ txid, amountCents: 3_001, description: `Dobro #${(row?.id ?? '').slice(0, 8)}`, transactionId: randomUUID() });
    okValue(await asking);

    const alert = await alerts.next((raised) => raised.kind === 'refund_twice', 'the refund paid twice');
    expect(alert).toMatchObject<Partial<AlertView>>({ kind: 'refund_twice', saleId: sale.id, amount: { cents: 3_001, currency: 'BRL' }, tillCode: 'C1', refundable: false });
    await waitFor(() => otherTillRefundRows(back.dataDir)[0]?.state === 'completed', 'the refund to complete');
    expect(await refundsAtProvider(sandbox, txid)).toEqual([3_001, 3_001]);
    const warned = back.logger.entries.filter((entry) => entry.message === 'A refund was paid twice at the provider');
    expect(warned.map((entry) => entry.fields)).toEqual([expect.objectContaining({ saleId: sale.id, saleTillCode: 'C1', refundId: row?.id, amountCents: 3_001 })]);
    const recorded = [expect.objectContaining({ kind: 'refund_twice', reason: 'refund_twice', amountCents: 3_001, state: 'recorded' })];
    expect(await reversalsOfToday(back.invoke)).toEqual(recorded);
    // The selling till's own books say nothing of it: the money left through the other till.
    expect(await reversalsOfToday(front.invoke)).toEqual([]);
    expect(alerts.seen.filter((raised) => raised.kind === 'refund_twice')).toHaveLength(1);

    // Journaled, not only announced: the refunding till's day report still carries it after a restart.
    await back.close();
    const again = await startTestCore({ ...options, storeReplicator: FAST_REPLICATION, dataDir: back.dataDir });
    expect(await reversalsOfToday(again.invoke)).toEqual(recorded);
  });
});
