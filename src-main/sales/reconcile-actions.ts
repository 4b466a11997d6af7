/**
 * A manager settles a reconciliation difference, and the till does what was chosen (not only records it):
 * - `reverse` gives back, through the orphan reverser and at the account whose list showed it, each paid
 *   charge the till does not book (a charge of no sale, a second charge, a charge of a sale not paid);
 * - `refund` books a cancelled or expired PIX paid anyway as paid late, then refunds it (refund service);
 * - `book` takes the provider's word into the ledger, through the sale book: a sale not paid whose charge
 *   was paid is booked paid; money the provider holds less of than the till books is booked as given back;
 * - `mark_resolved` records the note only.
 * Every decision is kept (the next run shows a difference still open as resolved); the router journals who
 * authorized it, with the ledger's facts before and after (`snapshot`).
 */
import { randomUUID } from 'node:crypto';
import type { ReconcileAction, ReconcileRow, ReconcileSection } from '../../src-preload/contract.ts';
import { fromErrorData, invalidInput, invalidState, type PosError } from '../core/errors.ts';
import { toReversalView, type StoredReversal } from '../ledger/reversals-repository.ts';
import type { StoredSale } from '../ledger/sales-repository.ts';
import type { ProviderHub } from '../providers/provider-hub.ts';
import { pixOf } from '../providers/provider.ts';
import type { OrphanReverser } from './orphan-reverser.ts';
import type { RefundService } from './refund-service.ts';
import type { SaleBook } from './sale-book.ts';

export const RECONCILIATION_REASON = 'Reconciliation';

export interface ReconcileActionsDeps {
  book: SaleBook;
  hub: ProviderHub;
  orphans: OrphanReverser;
  refunds: Pick<RefundService, 'refund'>;
  /** The difference as it stands now (reports/reconcile.ts: findDifference). */
  find: (day: string, key: string) => Promise<{ row: ReconcileRow; section: ReconcileSection }>;
}

export interface ReconcileActions {
  settle(input: { day: string; key: string; action: ReconcileAction; note: string }): Promise<null>;
  /** What the ledger books about a difference's key, for the audit journal's before and after. */
  snapshot(key: string): unknown;
}

export function createReconcileActions({ book, hub, orphans, refunds, find }: ReconcileActionsDeps): ReconcileActions {
  const saleOf = (row: ReconcileRow): StoredSale => {
    if (!row.saleId) throw invalidState('reconcile.action_not_offered', 'This difference has no sale in the till');
    return book.require(row.saleId);
  };

  /** The provider's charges for the sale the till does not book (all of them when the sale is not paid). */
  const unbookedCharges = async (sale: StoredSale) => {
    const provider = hub.forSale(sale);
    const paidSale = sale.state === 'paid';
    if (sale.method === 'pix') {
      const charges = await pixOf(provider).findByReference(sale.id, new Date(sale.createdAt));
      return { pix: charges.filter((charge) => charge.status === 'paid' && !(paidSale && charge.txid === sale.pix?.txid)), card: [] };
    }
    const find = provider.card?.findByReference;
    if (!find) throw invalidState('reconcile.action_not_offered', 'This provider cannot be asked for the sale’s charges');
    const at = Date.parse(sale.createdAt);
    const charges = await find(sale.id, new Date(at - 86_400_000), new Date(at + 86_400_000));
    return { pix: [], card: charges.filter((charge) => charge.status === 'approved' && !(paidSale && charge.id === sale.cardChargeId)) };
  };

  const reverse = async (row: ReconcileRow, section: ReconcileSection) => {
    if (!row.saleId) {
      if (!row.providerRef || (section.method !== 'pix' && section.method !== 'card')) throw notOffered();
      const account = { providerId: section.providerId, providerEnvironment: section.environment, providerAccount: section.account };
      const amountCents = row.providerNetCents;
      failedToo(await orphans.strangerCharge(account, { method: section.method, providerRef: row.providerRef, amountCents, currency: row.currency }));
      return;
    }
    const sale = saleOf(row);
    const { pix, card } = await unbookedCharges(sale);
    for (const charge of pix) failedToo(await orphans.pixCharge(sale, charge, 'reconciliation'));
    for (const charge of card) failedToo(await orphans.cardCharge(sale, charge, 'reconciliation'));
  };

  /** A cancelled or expired PIX the customer paid anyway: booked paid late, then refunded in full. */
  const refund = async (row: ReconcileRow, note: string) => {
    const sale = saleOf(row);
    book.change(sale.id, { state: 'paid', problem: null, latePaid: true });
    await refunds.refund(sale.id, sale.amountCents, note || RECONCILIATION_REASON);
  };

  const bookIt = (row: ReconcileRow, note: string) => {
    const sale = saleOf(row);
    if (row.providerNetCents > row.tillNetCents) {
      book.change(sale.id, { state: 'paid', problem: null, ...(sale.state === 'needs_checking' ? {} : { latePaid: true }) });
      return;
    }
    // The provider gave back what the till does not know of (its own dashboard, a refund paid twice): booked as a completed refund.
    const at = book.now();
    book.write(() => {
      const made = book.refunds.create({
        id: randomUUID(), saleId: sale.id, amountCents: row.tillNetCents - row.providerNetCents, currency: sale.currency,
        reason: note || RECONCILIATION_REASON, transactionId: randomUUID(), at,
      });
      book.refunds.update(made.id, { state: 'completed' }, at);
    });
    book.announce(book.require(sale.id));
  };

  return {
    async settle({ day, key, action, note }) {
      const { row, section } = await find(day, key);
      if (!row.actions.includes(action)) throw notOffered();
      if (action === 'reverse') await reverse(row, section);
      if (action === 'refund') await refund(row, note);
      if (action === 'book') bookIt(row, note);
      book.write(() => book.resolutions.record({ key, action, note, at: book.now() }));
      return null;
    },

    snapshot(key) {
      const saleId = key.slice(key.lastIndexOf('.') + 1);
      const sale = book.get(saleId);
      const decided = book.resolutions.under(key).get(key) ?? null;
      if (!sale) return { key, resolution: decided, reversals: book.reversals.listByRef(saleId).map(toReversalView) };
      const { state, amountCents, currency, refunds: made, reversals } = sale;
      return { key, resolution: decided, sale: { state, amountCents, currency, refunds: made.map(({ amountCents: cents, state: at }) => ({ amountCents: cents, state: at })), reversals } };
    },
  };
}

function notOffered(): PosError {
  return invalidInput('reconcile.action_not_offered', 'That action does not settle this difference');
}

/** A reversal the provider refused is no settlement: the manager is told why, and the difference stays. */
function failedToo(reversal: StoredReversal | undefined): void {
  const problem = reversal?.state === 'failed' ? reversal.problem : null;
  if (problem) throw fromErrorData(problem);
}
