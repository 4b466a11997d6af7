/**
 * Orphans are reversed, as card networks' reversal and Stone's reversal routine do: a provider charge
 * that turns up for a sale whose ledger books something else (another charge, failed, cancelled). An
 * approved card charge is cancelled, a paid PIX is refunded, an unpaid PIX is recorded and left to expire.
 * The reversal is durable (`requested`) before the provider hears of it, goes to the account that took
 * the sale, is booked once per charge, and is announced to the counter.
 */
import { randomUUID } from 'node:crypto';
import type { ReversalView } from '../../src-preload/contract.ts';
import { toErrorData } from '../core/errors.ts';
import type { Logger } from '../core/ports.ts';
import type { StoredReversal } from '../ledger/reversals-repository.ts';
import type { StoredSale } from '../ledger/sales-repository.ts';
import type { ProviderHub } from '../providers/provider-hub.ts';
import { cardOf, pixOf, type CardCharge, type PixCharge } from '../providers/provider.ts';
import type { Alerts } from './alerts.ts';
import { providerOfSale, type SaleBook } from './sale-book.ts';

export interface OrphanReverserDeps {
  book: SaleBook;
  hub: ProviderHub;
  alerts: Alerts;
  logger: Logger;
}

export interface OrphanReverser {
  pixCharge(sale: StoredSale, charge: PixCharge): Promise<StoredReversal | undefined>;
  cardCharge(sale: StoredSale, charge: CardCharge): Promise<StoredReversal | undefined>;
}

export function createOrphanReverser({ book, hub, alerts, logger }: OrphanReverserDeps): OrphanReverser {
  const record = (sale: StoredSale, kind: ReversalView['kind'], providerRef: string, amountCents: number, state: ReversalView['state']) => {
    const id = randomUUID();
    const reversal = book.write(() =>
      book.reversals.create({
        id,
        saleId: sale.id,
        kind,
        reason: 'orphan_charge',
        ...providerOfSale(sale),
        providerAccount: sale.providerAccount,
        providerRef,
        amountCents,
        state,
        transactionId: randomUUID(),
        at: book.now(),
      }),
    );
    return { reversal, fresh: reversal.id === id };
  };

  const finish = (reversal: StoredReversal, state: ReversalView['state'], providerReversalId?: string, error?: unknown) => {
    const problem = error === undefined ? null : toErrorData(error);
    const done = book.write(() => book.reversals.update(reversal.id, { state, ...(providerReversalId ? { providerReversalId } : {}), problem }, book.now())) ?? reversal;
    if (problem) logger.warn('Orphan reversal failed', { saleId: reversal.saleId, kind: reversal.kind, reason: problem.reason });
    announce(reversal.saleId, reversal.amountCents);
    return done;
  };
  const announce = (saleId: string, amountCents: number) => {
    book.announce(book.require(saleId));
    alerts.raise({ kind: 'reversal', saleId, amountCents, refundable: false });
  };

  /** Runs `send` for a reversal booked just now; one booked before is never sent again (its outcome is followed, not guessed). */
  const reverse = async ({ reversal, fresh }: { reversal: StoredReversal; fresh: boolean }, send: () => Promise<{ id: string; done: boolean }>) => {
    if (!fresh) return reversal;
    try {
      const answer = await send();
      return finish(reversal, answer.done ? 'completed' : 'requested', answer.id);
    } catch (error) {
      return finish(reversal, 'failed', undefined, error);
    }
  };

  return {
    async pixCharge(sale, charge) {
      if (charge.status === 'active') {
        const { reversal, fresh } = record(sale, 'pix_left_to_expire', charge.txid, charge.amountCents, 'recorded');
        if (fresh) announce(sale.id, charge.amountCents);
        return reversal;
      }
      if (charge.status !== 'paid') return undefined;
      const booked = record(sale, 'pix_refund', charge.txid, charge.amountCents, 'requested');
      return reverse(booked, async () => {
        const refund = pixOf(hub.forSale(sale)).refund;
        if (!refund) throw new Error('This provider takes no PIX refunds');
        const description = `Reversal of an orphan charge #${booked.reversal.id.slice(0, 8)}`;
        const answer = await refund({ txid: charge.txid, amountCents: charge.amountCents, description, transactionId: booked.reversal.transactionId });
        return { id: answer.id, done: answer.status === 'completed' };
      });
    },

    async cardCharge(sale, charge) {
      if (charge.status !== 'approved' && charge.status !== 'pending') return undefined;
      return reverse(record(sale, 'card_cancel', charge.id, charge.amountCents, 'requested'), async () => {
        const cancel = cardOf(hub.forSale(sale)).cancel;
        if (!cancel) throw new Error('This provider takes no card cancellations');
        const answer = await cancel(charge.id, charge.amountCents);
        return { id: answer.id, done: true };
      });
    },
  };
}
