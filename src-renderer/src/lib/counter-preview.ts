/**
 * What the customer sees before a sale exists: while the cashier types the card or the transfer's payer,
 * the amount is already on the customer's screen (`counter.setPreview`). Main clears it itself when the
 * sale opens or the counter clears; the cashier's window clears it when the cashier goes back without charging.
 */
import type { CounterPreview } from '../../../src-preload/contract.ts';
import type { Cents } from '../../../src-shared/money.ts';
import type { View } from './views.ts';

export interface CounterState {
  /** The view on screen. */
  view: View;
  /** Where amount entry is when no sale is on the counter. */
  step: 'amount' | 'payer' | 'transfer' | 'card' | 'cash';
  /** A sale (open or finished) is on the counter: the customer sees that instead. */
  saleOnCounter: boolean;
  amountCents: Cents;
  canCard: boolean;
  canTransfer: boolean;
}

/** The preview the counter calls for right now: the card form or the transfer's payer form on screen, or nothing. */
export function counterPreview(state: CounterState): CounterPreview | null {
  if (state.view !== 'counter' || state.saleOnCounter || state.amountCents <= 0) return null;
  if (state.step === 'card' && state.canCard) return { amountCents: state.amountCents, method: 'card' };
  if (state.step === 'transfer' && state.canTransfer) return { amountCents: state.amountCents, method: 'bank_transfer' };
  return null;
}

export function samePreview(a: CounterPreview | null, b: CounterPreview | null): boolean {
  if (a === null || b === null) return a === b;
  return a.amountCents === b.amountCents && a.method === b.method;
}

/**
 * Whether main must be told, given what was last sent (`undefined`: nothing yet, so main may still hold
 * an older window's preview). A preview that ends because a sale opened is main's to clear: it already has.
 */
export function previewToSend(
  wanted: CounterPreview | null,
  sent: CounterPreview | null | undefined,
  saleOnCounter: boolean,
): { send: boolean; preview: CounterPreview | null } {
  if (sent !== undefined && samePreview(wanted, sent)) return { send: false, preview: wanted };
  if (wanted === null && sent !== undefined && saleOnCounter) return { send: false, preview: null };
  return { send: true, preview: wanted };
}
