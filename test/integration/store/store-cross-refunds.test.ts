/**
 * Refunds across tills at the provider: two till cores and one PostgreSQL store, both pointed at one sandbox
 * over HTTP (in its own process). Till C2 refunds till C1's PIX sale at the account that took it.
 */
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import type { StoreSaleView } from '../../../src-preload/contract.ts';
import { LEDGER_FILE } from '../../../src-main/ledger/open-ledger.ts';
import { readLedger } from '../../support/ledger-reader.ts';
import { errorOf, okValue } from '../../support/replies.ts';
import { waitFor } from '../../support/wait-for.ts';
import { paidPix, refundsAtProvider, sharedSandbox } from './cross-refund-rig.ts';
import { newStore, startTill, storeReader, today, useCluster, waitSynced, type Till } from './store-tills.ts';

const cluster = useCluster();

function accountOf(till: Till, saleId: string): unknown {
  return readLedger(till.dataDir, saleId).sale?.provider_account;
}

function otherTillRefunds(till: Till) {
  const db = new DatabaseSync(join(till.dataDir, LEDGER_FILE), { readOnly: true });
  try {
    return db.prepare('SELECT sale_id, sale_till_code, amount_cents, provider_account, provider_ref, state FROM other_till_refunds ORDER BY created_at').all();
  } finally {
    db.close();
  }
}

describe('refunds across tills at the provider', () => {
  it('lets C2 refund C1’s PIX sale at the account that took it, shown at the provider, in C1’s view and in the store', async () => {
    const sandbox = await sharedSandbox();
    const url = await newStore(cluster());
    const [front, back] = await Promise.all([startTill(url, 'C1', '', { sandboxUrl: sandbox.url }), startTill(url, 'C2', '', { sandboxUrl: sandbox.url })]);
    const sale = await paidPix(front, 10_001);
    await waitSynced(front);

    const refunded = okValue<StoreSaleView>(await back.invoke('store.refund', { saleId: sale.id, amountCents: 3_001, reason: 'Troca' }));
    expect(refunded).toMatchObject({ id: sale.id, tillCode: 'C1', refundedCents: 3_001 });
    expect(await refundsAtProvider(sandbox, sale.pix?.txid ?? '')).toEqual([3_001]);
    expect(otherTillRefunds(back)).toEqual([
      expect.objectContaining({ sale_id: sale.id, sale_till_code: 'C1', amount_cents: 3_001, provider_account: accountOf(front, sale.id), provider_ref: sale.pix?.txid }),
    ]);

    // Both tills refund the 7,000 that is left at the same moment: exactly one of them gets it, the provider sees one.
    const [local, remote] = await Promise.all([
      front.invoke('sale.refund', { saleId: sale.id, amountCents: 7_000, reason: 'Devolução' }),
      back.invoke('store.refund', { saleId: sale.id, amountCents: 7_000, reason: 'Devolução' }),
    ]);
    expect([local.ok, remote.ok].filter(Boolean)).toHaveLength(1);
    expect(errorOf(local.ok ? remote : local)).toMatchObject({ reason: 'refund.too_much' });
    expect(await refundsAtProvider(sandbox, sale.pix?.txid ?? '')).toEqual([3_001, 7_000]);

    // The origin till's store view and the store's report both show what C2 refunded.
    await Promise.all([waitSynced(front), waitSynced(back)]);
    const seenByFront = okValue<StoreSaleView[]>(await front.invoke('store.sales', { day: today() }));
    expect(seenByFront.find((row) => row.id === sale.id)?.refundedCents).toBe(10_001);
    await waitFor(async () => {
      const store = await storeReader(url);
      const rows = await store.query("SELECT till_code, amount_cents::int, state FROM refunds WHERE sale_id = $1 AND state <> 'failed' ORDER BY amount_cents", [sale.id]);
      return rows.rows.every((row) => row.state === 'completed') && rows.rows.length === 2 && rows.rows;
    }, 'both refunds to be completed in the store');
    // Nothing more is left for anyone.
    expect(errorOf(await back.invoke('store.refund', { saleId: sale.id, amountCents: 1, reason: 'Demais' }))).toMatchObject({ reason: 'refund.too_much' });
  });

  it('says plainly it cannot refund a sale taken by an account it has no credentials for, and sends nothing', async () => {
    const sandbox = await sharedSandbox();
    const url = await newStore(cluster());
    const [front, back] = await Promise.all([startTill(url, 'C1', '', { sandboxUrl: sandbox.url }), startTill(url, 'C2', '', { sandboxUrl: sandbox.url })]);
    const sale = await paidPix(front, 5_001);
    await waitSynced(front);
    // As if C1 had taken it with a client id that C2 was never given.
    const store = await storeReader(url);
    await store.query("UPDATE sales SET provider_account = 'astrapay.embedded.0123456789' WHERE id = $1", [sale.id]);

    expect(errorOf(await back.invoke('store.refund', { saleId: sale.id, amountCents: 1_000, reason: 'Troca' }))).toMatchObject({
      code: 'invalid_state',
      reason: 'store.refund_no_credentials',
    });
    expect(await refundsAtProvider(sandbox, sale.pix?.txid ?? '')).toEqual([]);
    expect((await store.query('SELECT reserved_cents::int FROM refund_totals WHERE sale_id = $1', [sale.id])).rows).toEqual([{ reserved_cents: 0 }]);
    expect(otherTillRefunds(back)).toEqual([]);
  });
});
