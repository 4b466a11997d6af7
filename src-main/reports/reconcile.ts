/**
 * End-of-day reconciliation: for every provider account (the credential set that took a sale that day, and
 * the ones selected now, which may hold money the till never saw) and every method it takes, the provider's
 * own lists against the till's books, compared per sale as net money (reconcile-compare.ts). Only the
 * disagreements are listed, each with what can be done about it.
 */
import type { PaymentMethod, ReconcileRow, ReconcileSection, ReconciliationView } from '../../src-preload/contract.ts';
import { fromErrorData, invalidInput, notFound, toErrorData } from '../core/errors.ts';
import type { SalesRepository, StoredSale } from '../ledger/sales-repository.ts';
import type { ProviderHub } from '../providers/provider-hub.ts';
import { currencyOf, type Provider } from '../providers/provider.ts';
import { dayRange } from '../ledger/day-range.ts';
import { accountsOfDay, sameAccount, type Account } from './reconcile-accounts.ts';
import { compareBooks } from './reconcile-compare.ts';
import { providerBooks } from './provider-books.ts';

type Books = Pick<SalesRepository, 'listBetween' | 'get' | 'resolutions'>;

/** What a provider can have taken money by; cash stays in the drawer and hand-confirmed static PIX never reached a provider. */
type ProviderMethod = Exclude<PaymentMethod, 'cash' | 'pix_static'>;
export const METHODS: readonly ProviderMethod[] = ['pix', 'card', 'bank_transfer'];

const KEY = /^([a-z-]+\.(?:embedded|sandbox|production)\.(?:pix|card|bank_transfer))\.([\w-]+)$/;

export function takes(provider: Provider, method: PaymentMethod): boolean {
  return method === 'pix' ? provider.pix !== undefined : method === 'card' ? provider.card !== undefined : provider.bankTransfer !== undefined;
}

/** The provider can give money back for this method (PIX refund, card cancel): a difference can be reversed. */
export const reversibleBy = (provider: Provider, method: PaymentMethod) =>
  method === 'pix' ? provider.pix?.refund !== undefined : method === 'card' && provider.card?.cancel !== undefined;

export const sectionKey = (account: Pick<Account, 'id' | 'environment'>, method: PaymentMethod) => `${account.id}.${account.environment}.${method}`;

/** `only`: the key of one account's method (`astrapay.embedded.pix`); the other sections are not asked. */
export async function reconcileDay(sales: Books, hub: ProviderHub, day: string, now: Date, only?: string): Promise<ReconciliationView> {
  const { from, to } = dayRange(day);
  const range = { from: new Date(from), to: new Date(to) };
  // Refunds of the day's sales made since still belong to those sales.
  const refundsUntil = new Date(Math.max(range.to.getTime(), now.getTime()));
  // Cash never went through a provider: there is nothing to reconcile it against.
  const ofDay = sales.listBetween(from, to).filter((sale) => sale.method !== 'cash' && sale.method !== 'pix_static');
  const { accounts, accountOfSale } = accountsOfDay(hub, ofDay);

  const sections: ReconcileSection[] = [];
  for (const account of accounts) {
    const ofAccount = ofDay.filter((sale) => sameAccount(accountOfSale(sale), account));
    let provider: Provider;
    try {
      provider = hub.forSale({ providerId: account.id, providerEnvironment: account.environment, providerAccount: account.account });
    } catch (error) {
      // The account's credentials were removed or replaced: say so, for each method its sales used.
      for (const method of new Set(ofAccount.map((sale) => sale.method))) {
        if (!only || only === sectionKey(account, method)) sections.push(sectionOf(account, method, account.id, ofAccount, toErrorData(error)));
      }
      continue;
    }
    // Each method the account took a sale by today, and what it is selected for now (money the till never saw).
    const selected = (method: PaymentMethod) => {
      const selection = method === 'card' ? hub.selections().card : hub.selections().pix;
      return selection !== null && sameAccount({ ...selection, account: hub.account(selection) }, account);
    };
    const methods = METHODS.filter((candidate) => takes(provider, candidate) && (selected(candidate) || ofAccount.some((sale) => sale.method === candidate)));
    for (const method of methods.filter((candidate) => !only || only === sectionKey(account, candidate))) {
      sections.push(await section(sales, provider, account, method, ofAccount, { range, refundsUntil }));
    }
  }
  return { day, sections };
}

async function section(
  sales: Books,
  provider: Provider,
  account: Account,
  method: ProviderMethod,
  ofAccount: StoredSale[],
  when: { range: { from: Date; to: Date }; refundsUntil: Date },
): Promise<ReconcileSection> {
  const mine = ofAccount.filter((sale) => sale.method === method);
  const key = sectionKey(account, method);
  const base = sectionOf(account, method, provider.name, mine, null);
  try {
    const books = await providerBooks(provider, method, when.range, when.refundsUntil);
    if (!books.supported) return { ...base, supported: false, unchecked: books.unchecked };
    const compared = compareBooks({
      entries: books.entries, sales: mine, method, reversible: reversibleBy(provider, method), currency: currencyOf(provider, method), keyPrefix: key,
      known: (id) => sales.get(id) !== undefined, resolutions: sales.resolutions.under(key),
    });
    return { ...base, unchecked: books.unchecked, uncheckedSales: 0, ...compared };
  } catch (error) {
    // One provider being down must not hide what the others say.
    return { ...base, problem: toErrorData(error) };
  }
}

/** A section with nothing compared yet; the account's label and its sales not compared are set by the caller when known. */
export function emptySection(account: Pick<Account, 'id' | 'environment'>, method: PaymentMethod, providerName: string, problem: ReconcileSection['problem']): ReconcileSection {
  return {
    role: method === 'card' ? 'card' : 'pix',
    method,
    providerName,
    providerId: account.id,
    environment: account.environment,
    account: null,
    uncheckedSales: 0,
    supported: true,
    unchecked: [],
    matched: 0,
    rows: [],
    problem,
  };
}

function sectionOf(account: Account, method: PaymentMethod, providerName: string, sales: StoredSale[], problem: ReconcileSection['problem']): ReconcileSection {
  const uncheckedSales = sales.filter((sale) => sale.method === method).length;
  return { ...emptySection(account, method, providerName, problem), account: account.account, uncheckedSales };
}

/** The difference a key names, as the provider and the ledger show it now (it may have been settled since). */
export async function findDifference(sales: Books, hub: ProviderHub, day: string, key: string, now: Date): Promise<{ row: ReconcileRow; section: ReconcileSection }> {
  const prefix = validKey(key)[1];
  for (const section of (await reconcileDay(sales, hub, day, now, prefix)).sections) {
    if (section.problem) throw fromErrorData(section.problem);
    const row = section.rows.find((candidate) => candidate.key === key);
    if (row) return { row, section };
  }
  throw notFound('reconcile.difference_gone', 'The till and the provider agree on this now');
}

function validKey(key: string): RegExpExecArray {
  const parts = KEY.exec(key);
  if (!parts) throw invalidInput('reconcile.key_invalid', 'Unknown reconciliation difference', 'key');
  return parts;
}
