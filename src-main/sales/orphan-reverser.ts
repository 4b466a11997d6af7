/**
 * Orphans are reversed, as card networks' reversal and Stone's reversal routine do: a provider charge
 * that turns up for a sale whose ledger books something else (another charge, failed, cancelled). An
 * approved card charge is cancelled, a paid PIX is refunded, an unpaid PIX is recorded and left to expire.
 * The reversal is durable (`requested`) before the provider hears of it, goes to the account that took
 * the sale, is booked once per charge, is announced to the counter, and is followed until it ends
 * (reversal-follow-up.ts). A manager may also reverse, at reconciliation, a charge no sale of this till
 * made (it goes to the account whose list showed it), and ask again for one that failed.
 */
import { randomUUID } from 'node:crypto';
import type { Environment, ProviderId, ReversalView } from '../../src-preload/contract.ts';
import type { Cents, Currency } from '../../src-shared/money.ts';
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

type Reason = Extract<ReversalView['reason'], 'orphan_charge' | 'reconciliation'>;

/** The account a reversal goes to: the sale's own, or for a charge of no sale, the one whose list showed it. */
export interface ReversalAccount {
  providerId: ProviderId;
  providerEnvironment: Environment;
  providerAccount: string | null;
}

/** A charge the provider holds that no sale of this till made, as its list shows it. */
export interface StrangerCharge {
  method: 'pix' | 'card';
  providerRef: string;
  amountCents: Cents;
  currency: Currency;
}

export interface OrphanReverser {
  pixCharge(sale: StoredSale, charge: PixCharge, reason?: Reason): Promise<StoredReversal | undefined>;
  cardCharge(sale: StoredSale, charge: CardCharge, reason?: Reason): Promise<StoredReversal | undefined>;
  /** A manager's choice at reconciliation: gives back a paid charge no sale of this till made. */
  strangerCharge(account: ReversalAccount, charge: StrangerCharge): Promise<StoredReversal>;
}

interface Booking {
  kind: ReversalView['kind'];
  reason: Reason;
  providerRef: string;
  amountCents: number;
  currency: Currency;
  state: ReversalView['state'];
}

const accountOfSale = (sale: StoredSale): ReversalAccount => ({ ...providerOfSale(sale), providerAccount: sale.providerAccount });

export function createOrphanReverser({ book, alerts, reversals }: OrphanReverserDeps): OrphanReverser {
  /**
   * Books the reversal once per provider charge; only a reversal booked just now is announced and sent. One a
   * manager asks for again at reconciliation after it failed is sent again, as a new request.
   */
  const reverse = async (saleId: string | null, account: ReversalAccount, booking: Booking) => {
    const id = randomUUID();
    const booked = book.write(() => book.reversals.create({ id, saleId, ...account, ...booking, transactionId: randomUUID(), at: book.now() }));
    if (booked.id !== id) {
      if (booked.state !== 'failed' || booking.reason !== 'reconciliation') return booked;
      const again = book.write(() => book.reversals.update(booked.id, { state: 'requested', transactionId: randomUUID(), problem: null }, book.now())) ?? booked;
      return reversals.send(again);
    }
    if (saleId) book.announce(book.require(saleId));
    alerts.raise({ kind: 'reversal', saleId, amount: { cents: booking.amountCents, currency: booking.currency }, refundable: false });
    return booking.state === 'requested' ? reversals.send(booked) : booked;
  };

  return {
    async pixCharge(sale, charge, reason = 'orphan_charge') {
      const base = { reason, providerRef: charge.txid, amountCents: charge.amountCents, currency: sale.currency };
      if (charge.status === 'active') return reverse(sale.id, accountOfSale(sale), { ...base, kind: 'pix_left_to_expire', state: 'recorded' });
      if (charge.status !== 'paid') return undefined;
      return reverse(sale.id, accountOfSale(sale), { ...base, kind: 'pix_refund', state: 'requested' });
    },

    async cardCharge(sale, charge, reason = 'orphan_charge') {
      if (charge.status !== 'approved' && charge.status !== 'pending') return undefined;
      return reverse(sale.id, accountOfSale(sale), { kind: 'card_cancel', reason, providerRef: charge.id, amountCents: charge.amountCents, currency: sale.currency, state: 'requested' });
    },

    strangerCharge(account, charge) {
      const kind = charge.method === 'pix' ? 'pix_refund' : 'card_cancel';
      return reverse(null, account, { kind, reason: 'reconciliation', providerRef: charge.providerRef, amountCents: charge.amountCents, currency: charge.currency, state: 'requested' });
    },
  };
}
