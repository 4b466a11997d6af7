/** The cash key's arithmetic: quick amounts the customer may hand over, and the change. */
import type { Cents } from '../../../src-shared/money.ts';

/** R$ 10, 20, 50 and 100: the notes a customer hands over. */
export const QUICK_NOTES: readonly Cents[] = [1_000, 2_000, 5_000, 10_000];

/** The change to give back, or null while what was received does not cover the amount. */
export function changeFor(amountCents: Cents, receivedCents: Cents | undefined): Cents | null {
  if (receivedCents === undefined || receivedCents < amountCents) return null;
  return receivedCents - amountCents;
}
