/**
 * Applies a batch of outbox entries to the store ledger in one transaction. Each row is an upsert by id
 * that only lands when its version (the outbox sequence number) is newer than the stored one, so sending
 * a batch twice, or an older change after a newer one, changes nothing.
 */
import type { OutboxEntry } from './outbox.ts';
import type { StoreQuery } from './store-client.ts';
import { countStoreChange } from './store-changes.ts';

const SALE_COLUMNS = `id uuid, till_code text, number integer, operator text, amount_cents bigint, currency text, method text, payment_type text,
  state text, provider_id text, provider_environment text, provider_account text, pix_txid text, card_charge_id text,
  created_at timestamptz, updated_at timestamptz, version bigint, bill_id uuid`;
// paid_back: how a refund given back by hand went back; missing from what tills wrote before they sent it.
const REFUND_COLUMNS = `id uuid, sale_id uuid, till_code text, amount_cents bigint, currency text, state text, reason text,
  created_at timestamptz, updated_at timestamptz, version bigint, paid_back text`;

const UPSERT_SALES = `
  INSERT INTO sales (id, till_code, number, operator, amount_cents, currency, method, payment_type, state, provider_id,
    provider_environment, provider_account, pix_txid, card_charge_id, created_at, updated_at, version, bill_id)
  SELECT id, till_code, number, COALESCE(operator, ''), amount_cents, COALESCE(currency, 'BRL'), method, payment_type, state, provider_id,
    provider_environment, provider_account, pix_txid, card_charge_id, created_at, updated_at, version, bill_id
  FROM jsonb_to_recordset($1::jsonb) AS r(${SALE_COLUMNS})
  ON CONFLICT (id) DO UPDATE SET state = EXCLUDED.state, payment_type = EXCLUDED.payment_type, pix_txid = EXCLUDED.pix_txid,
    card_charge_id = EXCLUDED.card_charge_id, updated_at = EXCLUDED.updated_at, version = EXCLUDED.version,
    bill_id = COALESCE(EXCLUDED.bill_id, sales.bill_id)
  WHERE sales.version < EXCLUDED.version`;

const SALE_TOTALS = `
  INSERT INTO refund_totals (sale_id, sale_cents)
  SELECT id, amount_cents FROM jsonb_to_recordset($1::jsonb) AS r(${SALE_COLUMNS})
  ON CONFLICT (sale_id) DO NOTHING`;

const UPSERT_REFUNDS = `
  INSERT INTO refunds (id, sale_id, till_code, amount_cents, currency, state, reason, created_at, updated_at, version, paid_back)
  SELECT id, sale_id, till_code, amount_cents, COALESCE(currency, 'BRL'), state, reason, created_at, updated_at, version, paid_back
  FROM jsonb_to_recordset($1::jsonb) AS r(${REFUND_COLUMNS})
  ON CONFLICT (id) DO UPDATE SET state = EXCLUDED.state, updated_at = EXCLUDED.updated_at, version = EXCLUDED.version,
    paid_back = COALESCE(EXCLUDED.paid_back, refunds.paid_back)
  WHERE refunds.version < EXCLUDED.version`;

// A refund the till made on its own (offline, or before it joined the store) still counts against the sale.
const REFUND_RESERVATIONS = `
  INSERT INTO refund_reservations (refund_id, sale_id, till_code, amount_cents)
  SELECT id, sale_id, till_code, amount_cents FROM jsonb_to_recordset($1::jsonb) AS r(${REFUND_COLUMNS})
  WHERE sale_id IN (SELECT sale_id FROM refund_totals)
  ON CONFLICT (refund_id) DO NOTHING`;

const RELEASE_FAILED = `
  UPDATE refund_reservations AS held SET released = (refund.state = 'failed')
  FROM refunds AS refund WHERE refund.id = held.refund_id AND refund.id = ANY($1::uuid[])`;

const RECOUNT_TOTALS = `
  UPDATE refund_totals AS total SET reserved_cents = COALESCE(
    (SELECT SUM(amount_cents) FROM refund_reservations AS held WHERE held.sale_id = total.sale_id AND NOT held.released), 0)
  WHERE total.sale_id = ANY($1::uuid[])`;

/** The newest payload of each entity in the batch, with its version. */
function latest(entries: OutboxEntry[], entity: OutboxEntry['entity']): Record<string, unknown>[] {
  const byId = new Map<string, Record<string, unknown>>();
  for (const entry of entries) {
    if (entry.entity === entity) byId.set(entry.entityId, { ...(JSON.parse(entry.payload) as object), version: entry.seq });
  }
  return [...byId.values()];
}

export async function applyOutboxBatch(tx: StoreQuery, entries: OutboxEntry[]): Promise<void> {
  const sales = latest(entries, 'sale');
  const refunds = latest(entries, 'refund');
  if (sales.length > 0) {
    const json = JSON.stringify(sales);
    await tx.query(UPSERT_SALES, [json]);
    await tx.query(SALE_TOTALS, [json]);
  }
  if (refunds.length > 0) {
    const json = JSON.stringify(refunds);
    const ids = refunds.map((refund) => refund.id);
    await tx.query(UPSERT_REFUNDS, [json]);
    await tx.query(REFUND_RESERVATIONS, [json]);
    await tx.query(RELEASE_FAILED, [ids]);
    await tx.query(RECOUNT_TOTALS, [[...new Set(refunds.map((refund) => refund.sale_id))]]);
  }
  const tillCode = sales[0]?.till_code ?? refunds[0]?.till_code;
  if (typeof tillCode === 'string') await countStoreChange(tx, tillCode);
}
