/**
 * The comparison itself, per sale: the net money at the provider (every charge it holds for the sale,
 * less what it gave back) against the net money in the till's books (paid, less completed refunds).
 * The till's own refunds, cancels and reversals move both sides alike, so they raise no alarm; a refund
 * still under way may or may not be in the provider's list yet, so either reading agrees. Every
 * difference carries the actions that would settle it.
 */
import type { PaymentMethod, ReconcileAction, ReconcileRow, RefundView, ReversalView, SaleState } from '../../src-preload/contract.ts';
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
  /** Where known: a refund the provider paid twice is money that left too. */
  reversals?: Pick<ReversalView, 'kind' | 'amountCents'>[];
}

export interface Resolution {
  action: ReconcileAction;
  at: string;
  note: string;
}

export interface CompareInput {
  entries: ProviderEntry[];
  sales: BookedSale[];
  method: PaymentMethod;
  /** The provider can give money back for this method (PIX refund, card cancel). */
  reversible: boolean;
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
  // A refund the provider paid twice is recorded, not undone: the second payment is money that left too.
  const twice = (sale.reversals ?? []).filter((reversal) => reversal.kind === 'refund_twice').reduce((total, reversal) => total + reversal.amountCents, 0);
  return { net: (sale.state === 'paid' ? sale.amountCents : 0) - sum(['completed']) - twice, open: sum(['requested', 'processing', 'needs_checking']) };
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
        problem: 'missing_in_till', method: input.method, currency: input.currency, saleId: null, providerRef: entry.ref,
        tillAmountCents: null, providerAmountCents: entry.amountCents, tillState: null, providerStatus: entry.status,
        tillNetCents: 0, providerNetCents: net([entry]), actions: input.reversible ? ['reverse', 'mark_resolved'] : ['mark_resolved'],
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
      actions: actionsFor({ sale, entries, tillNet: till.net, providerNet, reversible: input.reversible }),
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

/**
 * What would settle a difference (reconcile-actions.ts does it), the suggested one first:
 * - the provider holds money the till does not book: `reverse` gives back each charge the till does not book
 *   (all of them on a sale that is not paid); on a cancelled or expired PIX paid anyway, `refund` books it paid
 *   late and refunds it; on a sale not paid whose one charge was paid in full, `book` books it paid;
 * - the provider holds less than the till books: `book` records the difference as money given back.
 * `mark_resolved` only records a note (e.g. a sale of the shop's website).
 */
function actionsFor(at: { sale: BookedSale; entries: ProviderEntry[]; tillNet: Cents; providerNet: Cents; reversible: boolean }): ReconcileAction[] {
  const { sale, entries, reversible } = at;
  const paidThere = entries.filter((entry) => entry.paid && entry.amountCents > entry.refundedCents);
  const actions: ReconcileAction[] = [];
  if (at.providerNet > at.tillNet) {
    const own = providerRefOf(sale);
    const unbooked = sale.state === 'paid' ? paidThere.filter((entry) => entry.ref !== own) : paidThere;
    if (reversible && unbooked.length > 0) actions.push('reverse');
    const onlyOwn = paidThere.length === 1 && paidThere[0]?.ref === own && paidThere[0].amountCents === sale.amountCents && paidThere[0].refundedCents === 0;
    if (onlyOwn && sale.method === 'pix' && reversible && (sale.state === 'cancelled' || sale.state === 'expired')) actions.push('refund');
    if (onlyOwn && (sale.state === 'cancelled' || sale.state === 'expired' || sale.state === 'needs_checking')) actions.push('book');
  } else if (sale.state === 'paid') {
    actions.push('book');
  }
  return [...actions, 'mark_resolved'];
}

/** The stable name of a difference, under which a manager's decision about it is kept. */
export function keyOf(prefix: string, row: Pick<ReconcileRow, 'saleId' | 'providerRef'>): string {
  return `${prefix}.${row.saleId ?? row.providerRef ?? ''}`;
}
