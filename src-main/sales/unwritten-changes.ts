/**
 * Sale changes the ledger could not take (a full disk): held in memory, merged into every read of the
 * sale, and written as soon as the disk allows. A crash loses them, and that is why a sale whose record
 * after a provider call could not be written is `needs_checking`: on restart the ledger still shows the
 * call open, and the till asks the provider about it.
 */
import type { SaleChange, StoredSale } from '../ledger/sales-repository.ts';

export interface FinishedAttempt {
  transactionId: string;
  outcome: 'ok' | 'error';
  errorCode: string | null;
}

export interface UnwrittenChange {
  change: SaleChange;
  attempts: FinishedAttempt[];
  at: string;
}

/** The sale as it is in memory: the ledger's record with the unwritten change on top. */
export function withUnwritten(sale: StoredSale, held: UnwrittenChange): StoredSale {
  const { change, at } = held;
  return {
    ...sale,
    state: change.state ?? sale.state,
    updatedAt: at,
    pix: change.pix ?? sale.pix,
    card: change.card?.view ?? sale.card,
    cardChargeId: change.card ? change.card.chargeId : sale.cardChargeId,
    bankTransfer: change.bankTransfer ?? sale.bankTransfer,
    problem: change.problem === undefined ? sale.problem : change.problem,
    pixSettled: sale.pixSettled || change.pixSettled === true,
    latePaidAt: sale.latePaidAt ?? (change.latePaid ? at : null),
  };
}

export function mergeUnwritten(held: UnwrittenChange | undefined, change: SaleChange, at: string, attempt?: FinishedAttempt): UnwrittenChange {
  return {
    change: { ...held?.change, ...change },
    attempts: [...(held?.attempts ?? []), ...(attempt ? [attempt] : [])],
    at,
  };
}
