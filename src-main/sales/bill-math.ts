/**
 * The arithmetic of a bill paid in parts: what its tenders paid, what they hold while under way, what is left
 * for the next one. A tender that failed, was cancelled or expired frees its part (until it is paid late).
 */
import type { SaleState } from '../../src-preload/contract.ts';
import type { Cents } from '../../src-shared/money.ts';
import { invalidInput, invalidState } from '../core/errors.ts';

export interface TenderFacts {
  amountCents: Cents;
  state: SaleState;
  cash?: { changeCents: Cents } | null;
}

export interface BillTotals {
  paidCents: Cents;
  pendingCents: Cents;
  leftCents: Cents;
  changeCents: Cents;
  /** The paid tenders cover the total. */
  covered: boolean;
}

const HOLDS: readonly SaleState[] = ['draft', 'awaiting_payment', 'needs_checking'];

export function billTotals(totalCents: Cents, tenders: readonly TenderFacts[]): BillTotals {
  let paidCents = 0;
  let pendingCents = 0;
  let changeCents = 0;
  for (const tender of tenders) {
    if (tender.state === 'paid') {
      paidCents += tender.amountCents;
      changeCents += tender.cash?.changeCents ?? 0;
    } else if (HOLDS.includes(tender.state)) pendingCents += tender.amountCents;
  }
  return { paidCents, pendingCents, leftCents: Math.max(0, totalCents - paidCents - pendingCents), changeCents, covered: paidCents >= totalCents };
}

/** Refuses a tender larger than what is left (cash takes at most what is left too: the rest of what is handed over is change). */
export function assertTenderFits(totals: BillTotals, amountCents: Cents): void {
  if (totals.leftCents === 0) {
    throw invalidState('bill.nothing_left', 'Nothing is left to pay on this bill');
  }
  if (amountCents > totals.leftCents) {
    throw invalidInput('bill.over_left', 'The tender is larger than what is left to pay', 'amountCents');
  }
}
