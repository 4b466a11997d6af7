/**
 * The sandbox's test cards (listed in the adapter README). Any other valid card is approved; a
 * security code of zeros is declined as invalid. The sandbox remembers a card only by what it does.
 */

export type CardBehaviour =
  | { kind: 'approve' }
  | { kind: 'decline'; code: string; message: string }
  /** Answers HTTP 500 and records nothing: the authorizer fell over. */
  | { kind: 'fail' };

export const DECLINES = {
  INSUFFICIENT_FUNDS: 'Insufficient funds',
  DO_NOT_HONOR: 'Do not honor',
  EXPIRED_CARD: 'Expired card',
  INVALID_SECURITY_CODE: 'Invalid security code',
} as const;

const decline = (code: keyof typeof DECLINES): CardBehaviour => ({ kind: 'decline', code, message: DECLINES[code] });

const TEST_CARDS: Readonly<Record<string, CardBehaviour>> = {
  '4111111111111111': { kind: 'approve' },
  '5555555555554444': { kind: 'approve' },
  '378282246310005': { kind: 'approve' },
  '6362970000457013': { kind: 'approve' },
  '4000000000009995': decline('INSUFFICIENT_FUNDS'),
  '4000000000000002': decline('DO_NOT_HONOR'),
  '4000000000000119': { kind: 'fail' },
};

export function behaviourOf(number: string): CardBehaviour {
  return TEST_CARDS[number] ?? { kind: 'approve' };
}

export function securityCodeBehaviour(securityCode: string): CardBehaviour | undefined {
  return /^0+$/.test(securityCode) ? decline('INVALID_SECURITY_CODE') : undefined;
}

export const EXPIRED_CARD = decline('EXPIRED_CARD');
