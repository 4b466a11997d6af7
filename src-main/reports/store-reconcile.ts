/**
 * Store-wide reconciliation: per provider account (the credential set, whichever till used it) and
 * method, the store ledger's net money per sale, every till's refunds included, against that account's
 * own lists, with this till's credentials for the account. The comparison is the till's own
 * (reconcile-compare.ts); only where the books come from differs. An account this till has no
 * credentials for is listed with that problem, not skipped.
 */
import type { StoreManualRefundRow, StoreReconcileRow, StoreReconcileSection, StoreReconciliationView } from '../../src-preload/contract.ts';
import { toErrorData } from '../core/errors.ts';
import { dayRange } from '../ledger/day-range.ts';
import type { SalesRepository } from '../ledger/sales-repository.ts';
import type { ProviderHub } from '../providers/provider-hub.ts';
import { currencyOf, type Provider } from '../providers/provider.ts';
import type { StoreBookedSale } from '../store/store-books.ts';
import type { DayRange } from '../store/store-views.ts';
import { providerBooks } from './provider-books.ts';
import { compareBooks } from './reconcile-compare.ts';
import { emptySection, METHODS, reversibleBy, sectionKey, takes } from './reconcile.ts';

export interface StoreBooksSource {
  books(range: DayRange): Promise<StoreBookedSale[]>;
  saleIds(ids: string[]): Promise<Set<string>>;
  /** Refunds given back by hand: listed apart, never compared with a provider. */
  manualRefunds(range: DayRange): Promise<StoreManualRefundRow[]>;
}

export async function reconcileStoreDay(
  store: StoreBooksSource,
  hub: ProviderHub,
  ledger: Pick<SalesRepository, 'resolutions'>,
  day: string,
  now: Date,
): Promise<StoreReconciliationView> {
  const { from, to } = dayRange(day);
  const range = { from: new Date(from), to: new Date(to) };
  const refundsUntil = new Date(Math.max(range.to.getTime(), now.getTime()));
  const byAccount = new Map<string, StoreBookedSale[]>();
  for (const sale of await store.books({ from, to })) {
    const key = `${sale.providerId}.${sale.providerEnvironment}.${sale.providerAccount ?? ''}`;
    byAccount.set(key, [...(byAccount.get(key) ?? []), sale]);
  }

  const sections: StoreReconcileSection[] = [];
  for (const ofAccount of byAccount.values()) {
    const [first] = ofAccount;
    if (!first) continue;
    const account = { id: first.providerId, environment: first.providerEnvironment };
    const about = (method: StoreBookedSale['method']) => ({
      account: first.providerAccount,
      tills: [...new Set(ofAccount.filter((sale) => sale.method === method).map((sale) => sale.tillCode))].sort(),
      rows: [] as StoreReconcileRow[],
    });
    const methods = METHODS.filter((method) => ofAccount.some((sale) => sale.method === method));
    let provider: Provider;
    try {
      provider = hub.forSale({ providerId: account.id, providerEnvironment: account.environment, providerAccount: first.providerAccount });
    } catch (error) {
      // This till has no credentials for that account: someone at a till that has them must check it.
      for (const method of methods) sections.push({ ...emptySection(account, method, account.id, toErrorData(error)), ...about(method) });
      continue;
    }
    for (const method of methods.filter((candidate) => takes(provider, candidate))) {
      const key = sectionKey(account, method);
      const base = { ...emptySection(account, method, provider.name, null), ...about(method) };
      try {
        const books = await providerBooks(provider, method, range, refundsUntil);
        const known = await store.saleIds(books.entries.flatMap((entry) => (entry.reference ? [entry.reference] : [])));
        const mine = ofAccount.filter((sale) => sale.method === method);
        const compared = books.supported
          ? compareBooks({
              entries: books.entries, sales: mine, method, reversible: reversibleBy(provider, method), currency: currencyOf(provider, method), keyPrefix: key,
              known: (id) => known.has(id), resolutions: ledger.resolutions.under(key),
            })
          : { matched: 0, rows: [] };
        // The key is the one the till's own check gives the same difference: the till of the sale settles it there.
        const rows = compared.rows.map((row) => ({ ...row, tillCode: mine.find((sale) => sale.id === row.saleId)?.tillCode ?? null }));
        sections.push({ ...base, supported: books.supported, unchecked: books.unchecked, matched: compared.matched, rows });
      } catch (error) {
        sections.push({ ...base, problem: toErrorData(error) });
      }
    }
  }
  return { day, sections, byHand: await store.manualRefunds({ from, to }) };
}
