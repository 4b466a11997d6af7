/**
 * What the sandbox's authorizer answers for a card. The test cards are listed in the adapter's
 * README; every other valid, unexpired card of a known brand is approved.
 */
import { expiryProblem, luhnValid } from '../../../src-shared/card-checks.ts';
import type { CardBrand } from '../../../src-shared/card-checks.ts';
import type { SandboxCard } from './card-fields.ts';

export type AuthorizerAnswer =
  | { kind: 'approve' }
  | { kind: 'decline'; msg: string; brandResponseCode: string }
  | { kind: 'waiting_3ds' }
  | { kind: 'server_error' };

const decline = (msg: string, brandResponseCode: string): AuthorizerAnswer => ({ kind: 'decline', msg, brandResponseCode });

export const TEST_CARDS: Readonly<Record<string, AuthorizerAnswer>> = {
  // The seed's own decline example.
  '4000000000000002': decline('46 - Identification required', '83'),
  '5105105105105100': decline('51 - Insufficient funds', '51'),
  '4000000000003220': { kind: 'waiting_3ds' },
  '4000000000000119': { kind: 'server_error' },
};

export const EXPIRED_CARD = decline('54 - Expired card', '54');
export const INVALID_CARD_NUMBER = decline('14 - Invalid card number', '14');

/** What the sandbox keeps of a card (in its vault, for a charge): never the number itself. */
export interface CardOnFile {
  brand: CardBrand;
  expiry: string;
  firstSix: string;
  lastFour: string;
  numberValid: boolean;
  /** The test-card table's answer for this number, looked up while the number was at hand. */
  answer: AuthorizerAnswer;
}

export function cardOnFile(card: SandboxCard): CardOnFile {
  return {
    brand: card.brand,
    expiry: card.expiry,
    firstSix: card.number.slice(0, 6),
    lastFour: card.number.slice(-4),
    numberValid: luhnValid(card.number),
    answer: TEST_CARDS[card.number] ?? { kind: 'approve' },
  };
}

export function authorize(card: CardOnFile, nowMs: number): AuthorizerAnswer {
  if (!card.numberValid) return INVALID_CARD_NUMBER;
  if (expiryProblem(card.expiry, nowMs) === 'expired') return EXPIRED_CARD;
  return card.answer;
}
