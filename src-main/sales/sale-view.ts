/** What a window may see of a sale: the ledger's record without provider internals, plus the facts to check it by. */
import type { CheckingFacts, SaleView } from '../../src-preload/contract.ts';
import type { StoredSale } from '../ledger/sales-repository.ts';

function checkingFacts(sale: StoredSale): CheckingFacts | null {
  if (sale.state !== 'needs_checking' || !sale.providerId) return null;
  return {
    providerId: sale.providerId,
    environment: sale.providerEnvironment,
    account: sale.providerAccount ?? `${sale.providerId}.${sale.providerEnvironment}`,
    amountCents: sale.amountCents,
    at: sale.createdAt,
    // Every create sends the sale id as its reference (userReference, reference, transaction_id).
    reference: sale.id,
    last4: sale.card?.last4 ?? null,
  };
}

export function toSaleView(sale: StoredSale): SaleView {
  const {
    providerId: _id,
    providerEnvironment: _environment,
    providerAccount: _account,
    pixSettled: _settled,
    cardChargeId: _charge,
    operatorId: _operator,
    shiftId: _shift,
    ...view
  } = sale;
  return { ...view, checking: checkingFacts(sale) };
}
