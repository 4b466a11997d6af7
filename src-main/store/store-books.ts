/**
 * The store ledger's books for reconciliation: every till's sales of the day that a provider took, each
 * with the credential set that took it and every refund of it from any till, shaped as the comparison
 * reads them (reports/reconcile-compare.ts, BookedSale). Money given back by hand never went through a
 * provider: it is never looked for at one (store-manual-refunds.ts lists it apart).
 */
import type { Currency, Environment, PaymentMethod, ProviderId, RefundView, SaleState } from '../../src-preload/contract.ts';
import type { StoreQuery } from './store-client.ts';
import type { DayRange } from './store-views.ts';

export interface StoreBookedSale {
  id: string;
  tillCode: string;
  state: SaleState;
  amountCents: number;
  currency: Currency;
  method: PaymentMethod;
  providerId: ProviderId;
  providerEnvironment: Environment;
  providerAccount: string | null;
  pix: { txid: string } | null;
  cardChargeId: string | null;
  /** The store does not keep transfer ids: transfers are matched by the sale id the provider keeps. */
  bankTransfer: null;
  refunds: { state: RefundView['state']; amountCents: number }[];
}

interface Row {
  id: string;
  till_code: string;
  state: SaleState;
  amount_cents: number;
  currency: Currency;
  method: PaymentMethod;
  provider_id: ProviderId;
  provider_environment: Environment;
  provider_account: string | null;
  pix_txid: string | null;
  card_charge_id: string | null;
  refunds: { state: RefundView['state']; amount_cents: number }[];
}

export async function readStoreBooks(db: StoreQuery, { from, to }: DayRange): Promise<StoreBookedSale[]> {
  const rows = await db.query<Row>(
    `SELECT s.id::text, s.till_code, s.state, s.amount_cents, s.currency, s.method, s.provider_id, s.provider_environment, s.provider_account,
       s.pix_txid, s.card_charge_id,
       COALESCE((SELECT json_agg(json_build_object('state', r.state, 'amount_cents', r.amount_cents)) FROM refunds AS r
         WHERE r.sale_id = s.id AND r.paid_back IS NULL), '[]') AS refunds
     FROM sales AS s
     WHERE s.created_at >= $1 AND s.created_at < $2 AND s.provider_id <> '' AND s.method NOT IN ('cash', 'pix_static')
     ORDER BY s.created_at`,
    [from, to],
  );
  return rows.map((row) => ({
    id: row.id,
    tillCode: row.till_code,
    state: row.state,
    amountCents: row.amount_cents,
    currency: row.currency,
    method: row.method,
    providerId: row.provider_id,
    providerEnvironment: row.provider_environment,
    providerAccount: row.provider_account,
    pix: row.pix_txid ? { txid: row.pix_txid } : null,
    cardChargeId: row.card_charge_id,
    bankTransfer: null,
    refunds: row.refunds.map((refund) => ({ state: refund.state, amountCents: refund.amount_cents })),
  }));
}

/** Which of these ids are sales in the store at all, of any day (a charge of another day is not "missing"). */
export async function storeSaleIds(db: StoreQuery, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.query<{ id: string }>('SELECT id::text AS id FROM sales WHERE id::text = ANY($1::text[])', [ids]);
  return new Set(rows.map((row) => row.id));
}
