/**
 * A refund of another till's sale always ends, however the provider answers: two till cores and one PostgreSQL
 * store against one sandbox in its own process over HTTP. After a 503, a lost answer or a restart of the
 * refunding till, the PIX refund is looked up in the provider's refund list and sent again only when it was not
 * made: the provider holds it exactly once. A card cancel whose answer was lost waits for a manager, its amount
 * held in the store until the manager answers. Time is real and short (a 1.5 s lookup window); the tests poll
 * until a condition holds.
 */
import { describe, expect, it } from 'vitest';
import type { OtherTillRefundView, StoreSaleView } from '../../../src-preload/contract.ts';
import { errorOf, okValue } from '../../support/replies.ts';
import { startTestCore } from '../../support/test-core.ts';
import { waitFor } from '../../support/wait-for.ts';
import { otherTillRefundRows, paidPix, refundsAtProvider, sharedSandbox } from './cross-refund-rig.ts';
import { FAST_REPLICATION, newStore, paidCard, startTill, storeReader, useCluster, waitSynced } from './store-tills.ts';

const cluster = useCluster();
const REFUND_ROUTE = 'POST /astrapay/charge/v1/refunds';
const CANCEL_ROUTE = 'PUT /astrapay/card/v1/credit/';
const LOOKUP_WINDOW_MS = 1_500;
/** The refunding till never looks on its own: only the restarted one does. */
const NEVER = () => 600_000;

async function twoTills(refunder: { pollSchedule?: () => number } = {}) {
  const sandbox = await sharedSandbox();
  const url = await newStore(cluster());
  const options = { sandboxUrl: sandbox.url, refundLookupWindowMs: LOOKUP_WINDOW_MS };
  const [front, back] = await Promise.all([startTill(url, 'C1', '', options), startTill(url, 'C2', '', { ...options, ...refunder })]);
  return { sandbox, url, front, back, options };
}

function refundEnded(dataDir: string, state: string) {
  return waitFor(() => {
    const [row] = otherTillRefundRows(dataDir);
    return row?.state === state && row;
  }, `the refund to be ${state}`, { timeoutMs: 15_000 });
}

async function heldInStore(url: string, saleId: string): Promise<unknown> {
  const store = await storeReader(url);
  return (await store.query('SELECT reserved_cents::int FROM refund_totals WHERE sale_id = $1', [saleId])).rows[0]?.reserved_cents;
}

describe('a refund of another till’s sale after an ambiguous answer', () => {
  it('after a 503 finds nothing at the provider, sends it again past the window under a new transaction id, and it is paid once', async () => {
    const { sandbox, front, back } = await twoTills();
    const sale = await paidPix(front, 10_001);
    await waitSynced(front);
    await sandbox.arm({ route: REFUND_ROUTE, kind: 'status', status: 503 });

    const asked = okValue<StoreSaleView>(await back.invoke('store.refund', { saleId: sale.id, amountCents: 4_001, reason: 'Troca' }));
    // Held against the sale while nobody knows: nobody can refund past it.
    expect(asked.refundedCents).toBe(4_001);
    const [first] = otherTillRefundRows(back.dataDir);
    expect(first?.state).toBe('requested');

    const done = await refundEnded(back.dataDir, 'completed');
    expect(done.transaction_id).not.toBe(first?.transaction_id);
    expect(await refundsAtProvider(sandbox, sale.pix?.txid ?? '')).toEqual([4_001]);
  });

  it('after an answer lost once the provider had made it, finds it and never sends it again', async () => {
    const { sandbox, front, back } = await twoTills();
    const sale = await paidPix(front, 8_001);
    await waitSynced(front);
    await sandbox.arm({ route: REFUND_ROUTE, kind: 'timeout_after_commit', ms: 3_000 });

    okValue(await back.invoke('store.refund', { saleId: sale.id, amountCents: 8_001, reason: 'Desistiu' }));
    const [first] = otherTillRefundRows(back.dataDir);
    const done = await refundEnded(back.dataDir, 'completed');
    expect(done.transaction_id).toBe(first?.transaction_id);
    expect(await refundsAtProvider(sandbox, sale.pix?.txid ?? '')).toEqual([8_001]);
  });

  it.each([
    ['a lost answer', 'found', { kind: 'timeout_after_commit', ms: 3_000 }],
    ['a 503', 'sent again', { kind: 'status', status: 503 }],
  ] as const)('after %s and a restart of the refunding till on the same data dir, the refund is %s and paid once', async (_what, outcome, fault) => {
    const { sandbox, url, front, back, options } = await twoTills({ pollSchedule: NEVER });
    const sale = await paidPix(front, 6_001);
    await waitSynced(front);
    await sandbox.arm({ route: REFUND_ROUTE, ...fault });

    okValue(await back.invoke('store.refund', { saleId: sale.id, amountCents: 2_001, reason: 'Troca' }));
    const [first] = otherTillRefundRows(back.dataDir);
    expect(first?.state).toBe('requested');
    await back.close();

    const again = await startTestCore({ ...options, storeReplicator: FAST_REPLICATION, dataDir: back.dataDir });
    const done = await refundEnded(again.dataDir, 'completed');
    expect(done.transaction_id === first?.transaction_id).toBe(outcome === 'found');
    expect(await refundsAtProvider(sandbox, sale.pix?.txid ?? '')).toEqual([2_001]);
    await waitFor(async () => {
      const store = await storeReader(url);
      const rows = await store.query('SELECT till_code, amount_cents::int, state FROM refunds WHERE sale_id = $1', [sale.id]);
      return rows.rows.length === 1 && rows.rows[0].state === 'completed' && rows.rows;
    }, 'the store to show the completed refund');
  });
});

describe('a card cancel of another till’s sale whose answer was lost', () => {
  it('waits for a manager with its amount held; "não foi pago" frees it, "foi pago" completes it', async () => {
    const { sandbox, url, front, back } = await twoTills();
    const sale = await paidCard(front, 9_000);
    await waitSynced(front);

    await sandbox.arm({ route: CANCEL_ROUTE, kind: 'status', status: 503 });
    okValue(await back.invoke('store.refund', { saleId: sale.id, amountCents: 3_000, reason: 'Troca' }));
    await sandbox.arm({ route: CANCEL_ROUTE, kind: 'timeout_after_commit', ms: 3_000 });
    okValue(await back.invoke('store.refund', { saleId: sale.id, amountCents: 2_000, reason: 'Defeito' }));

    const toCheck = okValue<OtherTillRefundView[]>(await back.invoke('store.refundsToCheck'));
    expect(toCheck.map((refund) => [refund.saleTillCode, refund.amountCents, refund.method])).toEqual([
      ['C1', 3_000, 'card'],
      ['C1', 2_000, 'card'],
    ]);
    expect(await heldInStore(url, sale.id)).toBe(5_000);
    // Only 4,000 is left while both wait.
    expect(errorOf(await back.invoke('store.refund', { saleId: sale.id, amountCents: 4_001, reason: 'Demais' }))).toMatchObject({ reason: 'refund.too_much' });

    const [notPaid, paid] = toCheck;
    const left = okValue<OtherTillRefundView[]>(await back.invoke('store.resolveRefund', { refundId: notPaid?.id, paid: false }));
    expect(left.map((refund) => refund.id)).toEqual([paid?.id]);
    await waitFor(async () => (await heldInStore(url, sale.id)) === 2_000, 'the unpaid refund’s amount to be free');
    expect(okValue<OtherTillRefundView[]>(await back.invoke('store.resolveRefund', { refundId: paid?.id, paid: true }))).toEqual([]);
    expect(otherTillRefundRows(back.dataDir).map((row) => [row.amount_cents, row.state])).toEqual([
      [3_000, 'failed'],
      [2_000, 'completed'],
    ]);
    // Answered once: a second answer is refused.
    expect(errorOf(await back.invoke('store.resolveRefund', { refundId: paid?.id, paid: false }))).toMatchObject({ reason: 'refund.not_unresolved' });
  });
});
