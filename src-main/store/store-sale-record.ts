/**
 * A sale as the store ledger has it, with what a refund needs: the till that made it, its money, and the
 * credential set and provider reference that took it (any till refunding it must go to that account).
 */
import type { Currency, Environment, PaymentMethod, ProviderId, SaleState } from '../../src-preload/contract.ts';
import { saleNotInStoreError } from '../core/errors.ts';
import type { StoreQuery } from './store-client.ts';

export interface StoreSaleRecord {
  id: string;
  tillCode: string;
  amountCents: number;
  currency: Currency;
  method: PaymentMethod;
  state: SaleState;
  providerId: ProviderId | null;
  providerEnvironment: Environment;
  providerAccount: string | null;
  pixTxid: string | null;
  cardChargeId: string | null;
  /** The bill the sale is a tender of (split tender), if any. */
  billId: string | null;
}

export async function readStoreSale(db: StoreQuery, saleId: string): Promise<StoreSaleRecord> {
  const [row] = await db.query<{
    till_code: string; amount_cents: number; currency: Currency; method: PaymentMethod; state: SaleState; provider_id: string;
    provider_environment: Environment; provider_account: string | null; pix_txid: string | null; card_charge_id: string | null;
    bill_id: string | null;
  }>(
    `SELECT till_code, amount_cents, currency, method, state, provider_id, provider_environment, provider_account, pix_txid, card_charge_id, bill_id
     FROM sales WHERE id = $1`,
    [saleId],
  );
  if (!row) throw saleNotInStoreError();
  return {
    id: saleId,
    tillCode: row.till_code,
    amountCents: row.amount_cents,
    currency: row.currency,
    method: row.method,
    state: row.state,
    // A sale no provider took (cash) is stored with an empty provider id, as in the till's ledger.
    providerId: row.provider_id === '' ? null : (row.provider_id as ProviderId),
    providerEnvironment: row.provider_environment,
    providerAccount: row.provider_account,
    pixTxid: row.pix_txid,
    cardChargeId: row.card_charge_id,
    billId: row.bill_id,
  };
}
