/**
 * Where the counter is while no sale is on it, as one value: typing the amount, the PIX payer, the
 * transfer's payer, the card, or the cash received, each with the amount it is about. The screen follows from it alone.
 */
import type { CardPaymentType, CounterPreview } from '../../../src-preload/contract.ts';
import type { Cents } from '../../../src-shared/money.ts';

export type EntryStep = 'amount' | 'payer' | 'transfer' | 'card' | 'cash';

export type CounterEntry =
  | { step: 'amount'; amountCents: Cents }
  | { step: 'payer'; amountCents: Cents }
  | { step: 'transfer'; amountCents: Cents }
  | { step: 'card'; amountCents: Cents }
  | { step: 'cash'; amountCents: Cents };

/** What the last card attempt chose, so "Tentar outro cartão" keeps it. */
export interface CardChoice {
  paymentType: CardPaymentType | undefined;
  installments: number;
}

export const FRESH_ENTRY: CounterEntry = { step: 'amount', amountCents: 0 };
export const NO_CARD_CHOICE: CardChoice = { paymentType: undefined, installments: 1 };

/** The entry a window comes back to after a reload: main still shows the customer what the card or transfer form was for. */
export function entryFromPreview(preview: CounterPreview | null): CounterEntry {
  if (!preview) return FRESH_ENTRY;
  return { step: preview.method === 'card' ? 'card' : 'transfer', amountCents: preview.amountCents };
}

/** A key per screen: a failed call belongs to the screen it was made from. */
export function entryScreen(entry: CounterEntry): string {
  return `entry:${entry.step}`;
}
