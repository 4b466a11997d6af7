/**
 * What the sandbox charges: a fixed USD→BRL rate and a service fee, in integer centavos so the
 * quote adds up to the centavo (total = subtotal + fee, always).
 */
import type { Cents } from '../../../src-shared/money.ts';

/** R$ 5,2500 per dollar, shown with four decimals as `exchange`. */
export const SANDBOX_USD_BRL_RATE = '5.2500';
const RATE_TEN_THOUSANDTHS = 52_500;
/** 1.5 % of the subtotal, on every payment. */
export const SANDBOX_FEE_BASIS_POINTS = 150;

export interface Price {
  subtotalCents: Cents;
  feeCents: Cents;
  totalCents: Cents;
  exchange: string;
}

/** n / d rounded half up, exactly, for the non-negative integers money gives us. */
function divideHalfUp(n: number, d: number): number {
  const shifted = n + Math.floor(d / 2);
  return (shifted - (shifted % d)) / d;
}

export function price(amountCents: Cents, currency: 'USD' | 'BRL'): Price {
  const subtotalCents = currency === 'USD' ? divideHalfUp(amountCents * RATE_TEN_THOUSANDTHS, 10_000) : amountCents;
  const feeCents = divideHalfUp(subtotalCents * SANDBOX_FEE_BASIS_POINTS, 10_000);
  return {
    subtotalCents,
    feeCents,
    totalCents: subtotalCents + feeCents,
    exchange: currency === 'USD' ? SANDBOX_USD_BRL_RATE : '1.0000',
  };
}
