/** The sale state machine: which moves are legal. Ledger and services go through `assertTransition`. */
import type { SaleState } from '../../src-preload/contract.ts';
import { invalidState } from '../core/errors.ts';

const NEXT: Record<SaleState, readonly SaleState[]> = {
  // Cash is paid the moment it is handed over.
  draft: ['awaiting_payment', 'failed', 'cancelled', 'needs_checking', 'paid'],
  awaiting_payment: ['paid', 'expired', 'cancelled', 'failed', 'needs_checking'],
  // A QR the till cancelled stays payable at the provider until it expires; money that arrives anyway is a
  // sale, booked paid and marked late (the cashier is alerted and offered a refund).
  cancelled: ['paid'],
  paid: [],
  expired: ['paid'],
  failed: [],
  // Only a person can tell, unless the provider answers later (a restart, a late lookup).
  needs_checking: ['paid', 'failed', 'awaiting_payment', 'expired'],
};

export function assertTransition(from: SaleState, to: SaleState): void {
  if (!NEXT[from].includes(to)) {
    throw invalidState('sale.invalid_transition', `A sale cannot go from ${from} to ${to}`);
  }
}

/** The counter is busy while a sale can still be paid through it. */
export function isOpen(state: SaleState): boolean {
  return state === 'draft' || state === 'awaiting_payment';
}
