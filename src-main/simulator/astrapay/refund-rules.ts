/**
 * Sandbox rules for how a PIX refund ends, picked by its centavos so a tester can ask for each
 * outcome (the seed documents the statuses but no way to reach them): .99 fails, .98 is cancelled,
 * anything else completes.
 */
import type { Cents } from '../../../src-shared/money.ts';
import type { StoredRefund } from './pix-store.ts';

const REFUND_FAILED_REASON = 'INSUFFICIENT_BALANCE';
const REFUND_CANCELLED_REASON = 'CANCELLED_BY_PSP';

export function refundOutcome(amountCents: Cents): Pick<StoredRefund, 'outcome' | 'outcomeReason'> {
  const centavos = amountCents % 100;
  if (centavos === 99) return { outcome: 'FAILED', outcomeReason: REFUND_FAILED_REASON };
  if (centavos === 98) return { outcome: 'CANCELLED', outcomeReason: REFUND_CANCELLED_REASON };
  return { outcome: 'COMPLETED', outcomeReason: undefined };
}
