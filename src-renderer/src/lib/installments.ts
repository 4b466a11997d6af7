/**
 * Splitting a card charge into installments, in whole centavos, as Brazilian card machines show it: every
 * installment is the total divided by the count, rounded down, and the first one absorbs what rounding
 * left over, so the plan always adds up to the charge exactly ("3x de R$ 3,33 (1ª de R$ 3,34)").
 */
import { MAX_INSTALLMENTS } from '../../../src-shared/card-checks.ts';
import type { Cents } from '../../../src-shared/money.ts';

export interface InstallmentPlan {
  count: number;
  /** Each installment after the first. */
  regularCents: Cents;
  /** The first installment: `regularCents` plus the rounding left over (0 to count - 1 centavos). */
  firstCents: Cents;
}

export function splitInstallments(totalCents: Cents, count: number): InstallmentPlan {
  if (!Number.isSafeInteger(totalCents) || totalCents < 1) throw new RangeError('The total must be a positive whole number of centavos');
  if (!Number.isInteger(count) || count < 1 || count > totalCents) throw new RangeError('Installments must be between 1 and the total in centavos');
  const regularCents = Math.floor(totalCents / count);
  return { count, regularCents, firstCents: totalCents - regularCents * (count - 1) };
}

/** Installment counts the cashier may offer: up to the provider's maximum, never an installment under 1 centavo. */
export function installmentChoices(totalCents: Cents, providerMax: number): number[] {
  const max = Math.max(1, Math.min(Math.floor(providerMax), MAX_INSTALLMENTS, Math.floor(totalCents)));
  return Array.from({ length: max }, (_, index) => index + 1);
}

/** True when every installment is the same amount. */
export function isEven(plan: InstallmentPlan): boolean {
  return plan.regularCents === plan.firstCents;
}
