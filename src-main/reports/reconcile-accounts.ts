/**
 * The provider accounts a day is reconciled against: every credential set that took a sale that day and
 * the ones selected now (which may hold money the till never saw). A sale older than account labels
 * belongs to whichever account holds its provider and environment now.
 */
import type { Environment, ProviderId } from '../../src-preload/contract.ts';
import type { StoredSale } from '../ledger/sales-repository.ts';
import type { ProviderHub } from '../providers/provider-hub.ts';

export interface Account {
  id: ProviderId;
  environment: Environment;
  /** The credential set's label (provider-account.ts); null when none is stored. */
  account: string | null;
}

export const sameAccount = (a: Account, b: Account) => a.id === b.id && a.environment === b.environment && a.account === b.account;

export function accountsOfDay(hub: Pick<ProviderHub, 'selections' | 'account'>, sales: StoredSale[]) {
  const current = (id: ProviderId, environment: Environment) => {
    try {
      return hub.account({ id, environment });
    } catch {
      return null;
    }
  };
  const accountOfSale = (sale: StoredSale): Account => {
    const id = sale.providerId as ProviderId;
    return { id, environment: sale.providerEnvironment, account: sale.providerAccount ?? current(id, sale.providerEnvironment) };
  };
  const accounts = new Map<string, Account>();
  const { pix, card } = hub.selections();
  const candidates = [pix, card].flatMap((selection) => (selection ? [{ ...selection, account: current(selection.id, selection.environment) }] : []));
  for (const account of [...candidates, ...sales.filter((sale) => sale.providerId).map(accountOfSale)]) {
    accounts.set(`${account.id}.${account.environment}.${account.account ?? ''}`, account);
  }
  return { accounts: [...accounts.values()], accountOfSale };
}
