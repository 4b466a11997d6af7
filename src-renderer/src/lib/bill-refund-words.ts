/** A partial refund of a bill in words: how the amount goes back through the tenders, and what became of each share. */
import type { BillRefundPlanView, BillRefundShare, BillRefundShareOutcome, BillView } from '../../../src-preload/contract.ts';
import { formatMoney, type Cents } from '../../../src-shared/money.ts';
import type { Translator } from './i18n.ts';
import { METHOD_KEYS, remainingCents } from './sales-summary.ts';

/** What the bill's paid tenders can still give back, as main counts it. */
export function billRefundableCents(bill: BillView): Cents {
  return bill.tenders.filter((tender) => tender.state === 'paid').reduce((sum, tender) => sum + remainingCents(tender), 0);
}

const share = (item: BillRefundShare, currency: BillView['currency'], i18n: Translator): string =>
  i18n.t('bill.refundPartShare', { amount: formatMoney(item.amountCents, currency), method: i18n.t(METHOD_KEYS[item.method]) });

/** "R$ 20,00 de volta: R$ 15,00 em Dinheiro, R$ 5,00 em PIX" */
export function planWords(plan: BillRefundPlanView, i18n: Translator): string {
  const shares = plan.shares.map((item) => share(item, plan.currency, i18n)).join(', ');
  return i18n.t('bill.refundPartPlan', { amount: formatMoney(plan.amountCents, plan.currency), shares });
}

export function outcomeWords(outcome: BillRefundShareOutcome, currency: BillView['currency'], i18n: Translator): string {
  const what = share(outcome, currency, i18n);
  if (outcome.outcome === 'sent') return i18n.t('bill.refundPartSent', { share: what });
  return i18n.t('bill.refundPartFailed', { share: what, problem: outcome.problem ? i18n.error(outcome.problem) : '' });
}
