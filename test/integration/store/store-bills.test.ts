/**
 * Split tender in the store ledger (PostgreSQL): each tender carries its bill, and the store's list says which part
 * of its bill a sale is. Outbox rows written before tills knew bills still replicate, and a till's ledger upgraded
 * from before sends its tenders again so the store learns their bill.
 */
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { BillView, SaleView, StoreSaleView } from '../../../src-preload/contract.ts';
import { silentLogger } from '../../../src-main/core/logger.ts';
import { MIGRATIONS } from '../../../src-main/ledger/migrations.ts';
import { LEDGER_FILE, openLedger } from '../../../src-main/ledger/open-ledger.ts';
import { createOutbox, type OutboxEntry } from '../../../src-main/store/outbox.ts';
import { createStoreClient } from '../../../src-main/store/store-client.ts';
import { migrateStore } from '../../../src-main/store/store-migrations.ts';
import { readStoreSale } from '../../../src-main/store/store-sale-record.ts';
import { applyOutboxBatch } from '../../../src-main/store/store-writer.ts';
import { okValue } from '../../support/replies.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { newStore, paidCard, startTill, today, useCluster, waitSynced } from './store-tills.ts';

const cluster = useCluster();

describe('split tender in the store ledger', () => {
  it('replicates each tender with its bill, and lists which part of the bill each one is', async () => {
    const url = await newStore(cluster());
    const till = await startTill(url, 'C1', 'Ana');
    const other = await startTill(url, 'C2', 'Bruno');
    const bill = okValue<BillView>(await till.invoke('bill.open', { totalCents: 5_000 }));
    const cash = okValue<SaleView>(await till.invoke('sale.startCash', { amountCents: 2_000, receivedCents: 2_000 }));
    const card = await paidCard(till, 3_000);
    okValue(await till.invoke('sale.dismiss'));
    const alone = await paidCard(till, 1_500);
    await waitSynced(till);

    // Any till of the shop reads it, filtered or not.
    const listed = okValue<StoreSaleView[]>(await other.invoke('store.sales', { day: today() }));
    expect(listed.map((sale) => [sale.id, sale.bill])).toEqual([
      [cash.id, { id: bill.id, index: 1, count: 2 }],
      [card.id, { id: bill.id, index: 2, count: 2 }],
      [alone.id, null],
    ]);
    const byTill = okValue<StoreSaleView[]>(await other.invoke('store.sales', { day: today(), tillCode: 'C1', operator: 'Ana' }));
    expect(byTill.find((sale) => sale.id === card.id)?.bill).toEqual({ id: bill.id, index: 2, count: 2 });

    const store = createStoreClient(url, silentLogger);
    onTestFinished(() => store.close());
    expect((await readStoreSale(store, cash.id)).billId).toBe(bill.id);
    expect((await readStoreSale(store, alone.id)).billId).toBeNull();
  });

  it('takes outbox rows written before bills (no bill id), and never loses a bill it learned to such a row', async () => {
    const store = createStoreClient(await newStore(cluster()), silentLogger);
    onTestFinished(() => store.close());
    await migrateStore(store);
    const saleId = '5b0e2f3a-1c4d-4e5f-8a9b-0c1d2e3f4a5b';
    const billId = '6c1f3a4b-2d5e-4f6a-9b0c-1d2e3f4a5b6c';
    const payload = {
      id: saleId, till_code: 'C9', number: 7, operator: 'Ana', amount_cents: 2_500, currency: 'BRL', method: 'cash', payment_type: null,
      state: 'paid', provider_id: '', provider_environment: 'embedded', provider_account: null, pix_txid: null, card_charge_id: null,
      created_at: '2026-03-02T13:00:00.000Z', updated_at: '2026-03-02T13:00:00.000Z',
    };
    const entry = (seq: number, fields: object): OutboxEntry => ({ seq, entity: 'sale', entityId: saleId, payload: JSON.stringify({ ...payload, ...fields }) });
    const billOfRow = async () => (await store.query<{ bill_id: string | null; state: string }>('SELECT bill_id::text, state FROM sales WHERE id = $1', [saleId]))[0];

    await store.transaction((tx) => applyOutboxBatch(tx, [entry(1, {})]));
    expect(await billOfRow()).toEqual({ bill_id: null, state: 'paid' });

    await store.transaction((tx) => applyOutboxBatch(tx, [entry(2, { bill_id: billId })]));
    expect(await billOfRow()).toEqual({ bill_id: billId, state: 'paid' });

    // A newer change still in the old shape (sent by a till not yet upgraded) updates the row and keeps its bill.
    await store.transaction((tx) => applyOutboxBatch(tx, [entry(3, { state: 'needs_checking' })]));
    expect(await billOfRow()).toEqual({ bill_id: billId, state: 'needs_checking' });
  });

  it('queues the tenders a ledger from before already had, now with their bill', () => {
    const dir = makeTempDir('pdv-ledger-');
    const db = new DatabaseSync(join(dir, LEDGER_FILE));
    const before = MIGRATIONS.findIndex((step) => step.includes("'bill_id', NEW.bill_id"));
    expect(before).toBeGreaterThan(0);
    for (const step of MIGRATIONS.slice(0, before)) db.exec(step);
    db.exec(`PRAGMA user_version = ${before}`);
    const at = '2026-03-02T13:00:00.000Z';
    db.prepare("INSERT INTO bills (id, total_cents, currency, state, created_at, updated_at) VALUES ('bill-1', 3000, 'BRL', 'paid', ?, ?)").run(at, at);
    const insert = db.prepare("INSERT INTO sales (id, amount_cents, method, state, provider_id, created_at, updated_at, bill_id) VALUES (?, ?, 'cash', 'paid', '', ?, ?, ?)");
    insert.run('tender-1', 3_000, at, at, 'bill-1');
    insert.run('alone-1', 900, at, at, null);
    const payloads = () => db.prepare('SELECT entity_id, payload FROM outbox ORDER BY seq').all().map((row) => [row.entity_id, JSON.parse(String(row.payload)).bill_id ?? 'absent']);
    // The triggers of the time wrote no bill id; the store has had these rows sent already.
    expect(payloads()).toEqual([
      ['tender-1', 'absent'],
      ['alone-1', 'absent'],
    ]);
    db.exec('DELETE FROM outbox');
    db.close();

    const ledger = openLedger(dir);
    onTestFinished(() => ledger.close());
    const queued = createOutbox(ledger).next(10).map((row) => [row.entityId, (JSON.parse(row.payload) as { bill_id: string | null }).bill_id]);
    expect(queued).toEqual([['tender-1', 'bill-1']]);
  });
});
