/** Refunds across tills: the row lock on a sale's refund total in the store, and the refund service's guard. */
import { randomUUID } from 'node:crypto';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { SaleView, StoreSaleView } from '../../../src-preload/contract.ts';
import { silentLogger } from '../../../src-main/core/logger.ts';
import { PosError } from '../../../src-main/core/errors.ts';
import { reserveRefund, releaseRefund } from '../../../src-main/store/refund-reservations.ts';
import { createStoreClient, type StoreClient } from '../../../src-main/store/store-client.ts';
import { errorOf, okValue } from '../../support/replies.ts';
import { newStore, paidCard, startTill, storeReader, today, useCluster, waitSynced } from './store-tills.ts';

const cluster = useCluster();

function clientFor(url: string): StoreClient {
  const client = createStoreClient(url, silentLogger);
  onTestFinished(() => client.close());
  return client;
}

async function outcome(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return 'reserved';
  } catch (error) {
    return error instanceof PosError ? (error.reason ?? error.code) : 'crashed';
  }
}

describe('refunds across tills', () => {
  it('lets two tills refunding the same sale at once never take more than was paid', async () => {
    const url = await newStore(cluster());
    const seller = await startTill(url, 'C1');
    const sale = await paidCard(seller, 10_000);
    await waitSynced(seller);

    // Two other tills, each with its own connection, ask for 3,000 again and again at the same moment.
    const tills = [clientFor(url), clientFor(url)];
    const attempts = Array.from({ length: 8 }, (_, index) =>
      outcome(reserveRefund(tills[index % 2] as StoreClient, { refundId: randomUUID(), saleId: sale.id, amountCents: 3_000, tillCode: index % 2 ? 'C3' : 'C2' })),
    );
    const results = await Promise.all(attempts);
    expect(results.filter((result) => result === 'reserved')).toHaveLength(3);
    expect(results.filter((result) => result === 'refund.too_much')).toHaveLength(5);
    const store = await storeReader(url);
    const total = await store.query('SELECT reserved_cents::int FROM refund_totals WHERE sale_id = $1', [sale.id]);
    expect(total.rows).toEqual([{ reserved_cents: 9_000 }]);
  });

  it('refuses a refund at the selling till when another till already holds that money, and frees it when asked', async () => {
    const url = await newStore(cluster());
    const seller = await startTill(url, 'C1');
    const sale = await paidCard(seller, 10_000);
    await waitSynced(seller);
    const other = clientFor(url);
    const refundId = randomUUID();

    // Both tills ask for 7,000 of the same 10,000 at once: exactly one of them gets it.
    const [local, remote] = await Promise.all([
      seller.invoke('sale.refund', { saleId: sale.id, amountCents: 7_000, reason: 'Devolução' }),
      outcome(reserveRefund(other, { refundId, saleId: sale.id, amountCents: 7_000, tillCode: 'C2' })),
    ]);
    expect([local.ok, remote === 'reserved'].filter(Boolean)).toHaveLength(1);
    const store = await storeReader(url);
    const held = async () => (await store.query('SELECT reserved_cents::int AS cents FROM refund_totals WHERE sale_id = $1', [sale.id])).rows[0]?.cents;
    expect(await held()).toBe(7_000);
    if (local.ok) {
      expect(remote).toBe('refund.too_much');
    } else {
      expect(local.error).toMatchObject({ reason: 'refund.too_much' });
      // The selling till's own ledger still has the whole sale: the store said no, and nothing was sent.
      expect(okValue<SaleView>(await seller.invoke('sale.get', { saleId: sale.id })).refunds).toEqual([]);
      await releaseRefund(other, refundId);
      expect(await held()).toBe(0);
      okValue(await seller.invoke('sale.refund', { saleId: sale.id, amountCents: 7_000, reason: 'Devolução' }));
    }
    await waitSynced(seller);
    const listed = okValue<StoreSaleView[]>(await seller.invoke('store.sales', { day: today() }));
    expect(listed.find((row) => row.id === sale.id)?.refundedCents).toBe(7_000);
    expect(errorOf(await seller.invoke('sale.refund', { saleId: sale.id, amountCents: 3_001, reason: 'Demais' }))).toMatchObject({ reason: 'refund.too_much' });
  });

  it('refunds its own sale without the server, and the store counts it once the server is back', async () => {
    const url = await newStore(cluster());
    const seller = await startTill(url, 'C1');
    const sale = await paidCard(seller, 5_000);
    await waitSynced(seller);
    await cluster().kill();
    const refunded = okValue<SaleView>(await seller.invoke('sale.refund', { saleId: sale.id, amountCents: 2_000, reason: 'Sem servidor' }));
    expect(refunded.refunds[0]).toMatchObject({ amountCents: 2_000, state: 'completed' });
    expect(seller.logger.entries.some((entry) => entry.message === 'Refund of an own sale without the store ledger')).toBe(true);

    await cluster().start();
    await waitSynced(seller);
    const other = clientFor(url);
    expect(await outcome(reserveRefund(other, { refundId: randomUUID(), saleId: sale.id, amountCents: 3_001, tillCode: 'C2' }))).toBe('refund.too_much');
    expect(await outcome(reserveRefund(other, { refundId: randomUUID(), saleId: sale.id, amountCents: 3_000, tillCode: 'C2' }))).toBe('reserved');
    expect(errorOf(await seller.invoke('sale.refund', { saleId: sale.id, amountCents: 1, reason: 'Mais' }))).toMatchObject({ reason: 'refund.too_much' });
  });
});
