/** The refund form's checks: an amount above zero and never above what is left, and a reason that fits. */
import { formatMoney, type Cents, type Money } from '../../../src-shared/money.ts';
import type { MessageKey } from './i18n.ts';

/** As the contract takes it (`sale.refund` reason). */
export const REFUND_REASON_MAX = 140;

export interface RefundProblems {
  amount?: { key: MessageKey; params?: Record<string, string> };
  reason?: MessageKey;
}

export type RefundCheck = { ok: true; refund: { amountCents: Cents; reason: string } } | { ok: false; problems: RefundProblems };

/** `amountCents` is the parsed field (undefined when it is not an amount); `text` is what was typed; `remaining` is in the sale's currency. */
export function checkRefund(amountCents: Cents | undefined, text: string, reason: string, remaining: Money): RefundCheck {
  const problems: RefundProblems = {};
  if (text.trim() === '') problems.amount = { key: 'refund.problem.amountRequired' };
  else if (amountCents === undefined) problems.amount = { key: 'refund.problem.amountInvalid' };
  else if (amountCents <= 0) problems.amount = { key: 'refund.problem.amountZero' };
  else if (amountCents > remaining.cents) problems.amount = { key: 'refund.problem.amountTooMuch', params: { amount: formatMoney(remaining.cents, remaining.currency) } };
  const why = reason.trim();
  if (why === '') problems.reason = 'refund.problem.reasonRequired';
  else if (why.length > REFUND_REASON_MAX) problems.reason = 'refund.problem.reasonTooLong';
  if (problems.amount || problems.reason || amountCents === undefined) return { ok: false, problems };
  return { ok: true, refund: { amountCents, reason: why } };
}
