/**
 * The comparison itself, per sale: the net money at the provider (every charge it holds for the sale,
 * less what it gave back) against the net money in the till's books (paid, less completed refunds).
 * The till's own refunds, cancels and reversals move both sides alike, so they raise no alarm; a refund
 * still under way may or may not be in the provider's list yet, so either reading agrees. Every
 * difference carries the actions that would settle it.
 */
import type { PaymentMethod, ReconcileAction, ReconcileRow, RefundView, SaleState } from '../../src-preload/contract.ts';
import type { Cents, Currency } from '../../src-shared/money.ts';
import type { ProviderEntry } from './provider-books.ts';

/** What the comparison reads of a sale: a row of the till's own ledger (StoredSale) or of the store ledger, any till's. */
export interface BookedSale {
  id: string;
  state: SaleState;
  amountCents: Cents;
  currency: Currency;
  method: PaymentMethod;
  pix: { txid: string } | null;
  cardChargeId: string | null;
  bankTransfer: { id: string } | null;
  refunds: Pick<RefundView, 'state' | 'amountCents'>[];
}

export interface Resolution {
  action: ReconcileAction;
  at: string;
  note: string;
}

export interface CompareInput {
  entries: ProviderEntry[];
  sales: BookedSale[];
  currency: Currency;
  /** Key prefix of this account and method, e.g. `astrapay.embedded.pix`. */
  keyPrefix: string;
  /** True when a sale with this id is in the ledger at all (a charge of another day is not "missing"). */
  known: (saleId: string) => boolean;
  resolutions: ReadonlyMap<string, Resolution>;
}

const net = (entries: ProviderEntry[]): Cents => entries.reduce((sum, entry) => sum + (entry.paid ? entry.amountCents - entry.refundedCents : 0), 0);

function tillSide(sale: BookedSale): { net: Cents; open: Cents } {
  const sum = (states: string[]) => sale.refunds.filter((refund) => states.includes(refund.state)).reduce((total, refund) => total + refund.amountCents, 0);
  return { net: (sale.state === 'paid' ? sale.amountCents : 0) - sum(['completed']), open: sum(['requested', 'processing', 'needs_checking']) };
}

export function providerRefOf(sale: BookedSale): string | null {
  return sale.pix?.txid ?? sale.cardChargeId ?? sale.bankTransfer?.id ?? null;
}

export function compareBooks(input: CompareInput): { matched: number; rows: ReconcileRow[] } {
  const bySale = new Map<string, ProviderEntry[]>();
  const saleByRef = new Map<string, string>();
  for (const sale of input.sales) {
    bySale.set(sale.id, []);
    const ref = providerRefOf(sale);
    if (ref) saleByRef.set(ref, sale.id);
  }
  const rows: ReconcileRow[] = [];
  const push = (row: Omit<ReconcileRow, 'resolved' | 'key'>) => {
    const key = keyOf(input.keyPrefix, row);
    const decided = input.resolutions.get(key);
    rows.push({ ...row, key, resolved: decided ? { action: decided.action, at: decided.at, note: decided.note } : null });
  };

  for (const entry of input.entries) {
    const saleId = (entry.reference !== undefined && bySale.has(entry.reference) ? entry.reference : undefined) ?? saleByRef.get(entry.ref);
    if (saleId) bySale.get(saleId)?.push(entry);
    else if (!(entry.reference && input.known(entry.reference)) && net([entry]) !== 0) {
      push({
        problem: 'missing_in_till', method: input.sales[0]?.method ?? 'pix', currency: input.currency, saleId: null, providerRef: entry.ref,
        tillAmountCents: null, providerAmountCents: entry.amountCents, tillState: null, providerStatus: entry.status,
        tillNetCents: 0, providerNetCents: net([entry]), actions: ['reverse', 'mark_resolved'],
      });
    }
  }

  let matched = 0;
  for (const sale of input.sales) {
    const entries = bySale.get(sale.id) ?? [];
    const till = tillSide(sale);
    const providerNet = net(entries);
    if (providerNet === till.net || (till.open > 0 && providerNet < till.net && providerNet >= till.net - till.open)) {
      if (entries.length > 0 || till.net === 0) matched++;
      continue;
    }
    const [first] = entries;
    const problem = problemOf(sale, entries);
    push({
      problem, method: sale.method, currency: sale.currency, saleId: sale.id, providerRef: first?.ref ?? providerRefOf(sale),
      tillAmountCents: sale.amountCents, providerAmountCents: first?.amountCents ?? null, tillState: sale.state as SaleState,
      providerStatus: first?.status ?? null, tillNetCents: till.net, providerNetCents: providerNet,
      actions: actionsFor(problem, till.net, providerNet),
    });
  }
  return { matched, rows };
}

function problemOf(sale: BookedSale, entries: ProviderEntry[]): ReconcileRow['problem'] {
  const paidThere = entries.filter((entry) => entry.paid);
  if (paidThere.length === 0) return entries.length === 0 ? 'missing_at_provider' : 'status_differs';
  if (sale.state !== 'paid') return 'status_differs';
  if (paidThere.some((entry) => entry.amountCents !== sale.amountCents) || paidThere.length > 1) return 'amount_differs';
  return 'refund_differs';
}

function actionsFor(problem: ReconcileRow['problem'], tillNet: Cents, providerNet: Cents): ReconcileAction[] {
  if (problem === 'missing_at_provider') return ['book', 'mark_resolved'];
  if (problem === 'amount_differs') return providerNet > tillNet ? ['reverse', 'mark_resolved'] : ['book', 'mark_resolved'];
  if (problem === 'refund_differs') return providerNet > tillNet ? ['refund', 'book', 'mark_resolved'] : ['book', 'mark_resolved'];
  // The provider has money the till does not book: give it back, or book it as paid.
  return providerNet > tillNet ? ['reverse', 'book', 'mark_resolved'] : ['book', 'mark_resolved'];
}

/** The stable name of a difference, under which a manager's decision about it is kept. */
export function keyOf(prefix: string, row: Pick<ReconcileRow, 'saleId' | 'providerRef'>): string {
  return `${prefix}.${row.saleId ?? row.providerRef ?? ''}`;
}
