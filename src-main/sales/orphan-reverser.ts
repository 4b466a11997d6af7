/**
 * Orphans are reversed, as card networks' reversal and Stone's reversal routine do: a provider charge
 * that turns up for a sale whose ledger books something else (another charge, failed, cancelled). An
 * approved card charge is cancelled, a paid PIX is refunded, an unpaid PIX is recorded and left to expire.
 * The reversal is durable (`requested`) before the provider hears of it, goes to the account that took
 * the sale, is booked once per charge, is announced to the counter, and is followed until it ends
 * (reversal-follow-up.ts).
 */
import { randomUUID } from 'node:crypto';
import type { ReversalView } from '../../src-preload/contract.ts';
import type { StoredReversal } from '../ledger/reversals-repository.ts';
import type { StoredSale } from '../ledger/sales-repository.ts';
import type { CardCharge, PixCharge } from '../providers/provider.ts';
import type { Alerts } from './alerts.ts';
import type { ReversalFollowUp } from './reversal-follow-up.ts';
import { providerOfSale, type SaleBook } from './sale-book.ts';

export interface OrphanReverserDeps {
  book: SaleBook;
  alerts: Alerts;
  reversals: ReversalFollowUp;
}

export interface OrphanReverser {
  pixCharge(sale: StoredSale, charge: PixCharge): Promise<StoredReversal | undefined>;
  cardCharge(sale: StoredSale, charge: CardCharge): Promise<StoredReversal | undefined>;
}

export function createOrphanReverser({ book, alerts, reversals }: OrphanReverserDeps): OrphanReverser {
  /** Books the reversal once per provider charge; only a reversal booked just now is announced and sent. */
  const reverse = async (sale: StoredSale, kind: ReversalView['kind'], providerRef: string, amountCents: number, state: ReversalView['state']) => {
    const id = randomUUID();
    const reversal = book.write(() =>
      book.reversals.create({
        id, saleId: sale.id, kind, reason: 'orphan_charge', ...providerOfSale(sale), providerAccount: sale.providerAccount,
        providerRef, amountCents, state, transactionId: randomUUID(), at: book.now(),
      }),
    );
    if (reversal.id !== id) return reversal;
    book.announce(book.require(sale.id));
    alerts.raise({ kind: 'reversal', saleId: sale.id, amountCents, refundable: false });
    return state === 'requested' ? reversals.send(reversal) : reversal;
  };

  return {
    async pixCharge(sale, charge) {
      if (charge.status === 'active') return reverse(sale, 'pix_left_to_expire', charge.txid, charge.amountCents, 'recorded');
      if (charge.status !== 'paid') return undefined;
      return reverse(sale, 'pix_refund', charge.txid, charge.amountCents, 'requested');
    },

    async cardCharge(sale, charge) {
      if (charge.status !== 'approved' && charge.status !== 'pending') return undefined;
      return reverse(sale, 'card_cancel', charge.id, charge.amountCents, 'requested');
    },
  };
}
