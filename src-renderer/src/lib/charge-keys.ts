/**
 * The counter's charge keys: Enter and F2 charge by PIX, F3 by card, F4 by bank transfer, F6 in cash and
 * F1 splits the payment. A method the till cannot take now has no key.
 */
export type ChargeMethod = 'pix' | 'card' | 'transfer' | 'cash' | 'split';

export interface ChargeOffers {
  card: boolean;
  transfer: boolean;
  split: boolean;
}

const KEYS: Record<string, ChargeMethod> = { Enter: 'pix', F2: 'pix', F3: 'card', F4: 'transfer', F6: 'cash', F1: 'split' };

export function chargeKeyMethod(key: string, offers: ChargeOffers): ChargeMethod | undefined {
  const method = KEYS[key];
  if (method === 'card' || method === 'transfer' || method === 'split') return offers[method] ? method : undefined;
  return method;
}
