/**
 * End-of-day reconciliation: for every provider account that took a sale that day (and the ones
 * selected now, which may hold money the till never saw) and every method it takes, the provider's own
 * lists against the till's books, compared per sale as net money (reconcile-compare.ts). Only the
 * disagreements are listed, each with what can be done about it.
 */
import type { Environment, PaymentMethod, ProviderId, ReconcileAction, ReconcileSection, ReconciliationView } from '../../src-preload/contract.ts';
import { invalidInput, toErrorData } from '../core/errors.ts';
import type { SalesRepository } from '../ledger/sales-repository.ts';
import type { ProviderHub } from '../providers/provider-hub.ts';
import { currencyOf, type Provider } from '../providers/provider.ts';
import { dayRange } from '../ledger/day-range.ts';
import { compareBooks } from './reconcile-compare.ts';
import { providerBooks } from './provider-books.ts';

interface Account {
  id: ProviderId;
  environment: Environment;
}

/** What a provider can have taken money by; cash stays in the drawer and hand-confirmed static PIX never reached a provider. */
export const METHODS: readonly Exclude<PaymentMethod, 'cash' | 'pix_static'>[] = ['pix', 'card', 'bank_transfer'];

export function takes(provider: Provider, method: PaymentMethod): boolean {
  return method === 'pix' ? provider.pix !== undefined : method === 'card' ? provider.card !== undefined : provider.bankTransfer !== undefined;
}

export const sectionKey = (account: Account, method: PaymentMethod) => `${account.id}.${account.environment}.${method}`;

export async function reconcileDay(sales: Pick<SalesRepository, 'listBetween' | 'get' | 'resolutions'>, hub: ProviderHub, day: string, now: Date): Promise<ReconciliationView> {
  const { from, to } = dayRange(day);
  const range = { from: new Date(from), to: new Date(to) };
  // Refunds of the day's sales made since still belong to those sales.
  const refundsUntil = new Date(Math.max(range.to.getTime(), now.getTime()));
  // Cash never went through a provider: there is nothing to reconcile it against.
  const ofDay = sales.listBetween(from, to).filter((sale) => sale.method !== 'cash');
  const accounts = new Map<string, Account>();
  for (const account of [hub.selections().pix, hub.selections().card, ...ofDay.map((sale) => (sale.providerId ? { id: sale.providerId, environment: sale.providerEnvironment } : null))]) {
    if (account) accounts.set(`${account.id}.${account.environment}`, { id: account.id, environment: account.environment });
  }

  const sections: ReconcileSection[] = [];
  for (const account of accounts.values()) {
    let provider: Provider;
    try {
      provider = hub.forSale({ providerId: account.id, providerEnvironment: account.environment, providerAccount: null });
    } catch (error) {
      // The account's credentials were removed: say so, for each method its sales used.
      for (const method of new Set(ofDay.filter((sale) => sale.providerId === account.id && sale.providerEnvironment === account.environment).map((sale) => sale.method))) {
        sections.push(emptySection(account, method, account.id, toErrorData(error)));
      }
      continue;
    }
    const ofAccount = ofDay.filter((sale) => sale.providerId === account.id && sale.providerEnvironment === account.environment);
    // Each method the account took a sale by today, and what it is selected for now (money the till never saw).
    const selected = (method: PaymentMethod) => {
      const selection = method === 'card' ? hub.selections().card : hub.selections().pix;
      return selection?.id === account.id && selection.environment === account.environment;
    };
    for (const method of METHODS.filter((candidate) => takes(provider, candidate) && (selected(candidate) || ofAccount.some((sale) => sale.method === candidate)))) {
      const mine = ofAccount.filter((sale) => sale.method === method);
      const key = sectionKey(account, method);
      const base = { ...emptySection(account, method, provider.name, null) };
      try {
        const books = await providerBooks(provider, method, range, refundsUntil);
        const compared = books.supported
          ? compareBooks({ entries: books.entries, sales: mine, currency: currencyOf(provider, method), keyPrefix: key, known: (id) => sales.get(id) !== undefined, resolutions: sales.resolutions.under(key) })
          : { matched: 0, rows: [] };
        sections.push({ ...base, supported: books.supported, unchecked: books.unchecked, ...compared });
      } catch (error) {
        // One provider being down must not hide what the others say.
        sections.push({ ...base, problem: toErrorData(error) });
      }
    }
  }
  return { day, sections };
}

export function emptySection(account: Account, method: PaymentMethod, providerName: string, problem: ReconcileSection['problem']): ReconcileSection {
  return {
    role: method === 'card' ? 'card' : 'pix',
    method,
    providerName,
    providerId: account.id,
    environment: account.environment,
    supported: true,
    unchecked: [],
    matched: 0,
    rows: [],
    problem,
  };
}

/** A manager settles a difference: the decision is kept in the ledger and shown on the next run. */
export function resolveDifference(sales: Pick<SalesRepository, 'resolutions'>, key: string, action: ReconcileAction, note: string, at: string): void {
  if (!/^[a-z-]+\.(embedded|sandbox|production)\.(pix|card|bank_transfer)\.[\w-]+$/.test(key)) {
    throw invalidInput('reconcile.key_invalid', 'Unknown reconciliation difference', 'key');
  }
  sales.resolutions.record({ key, action, note, at });
}
