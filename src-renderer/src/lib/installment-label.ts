/** An installment plan in the words card machines use: "3x de R$ 15,30", or "3x de R$ 3,33 (1ª de R$ 3,34)". */
import { formatBRL, type Cents } from '../../../src-shared/money.ts';
import type { Translator } from './i18n.ts';
import { isEven, splitInstallments } from './installments.ts';

export function installmentLabel(words: Pick<Translator, 't'>, totalCents: Cents, count: number): string {
  const plan = splitInstallments(totalCents, count);
  const params = { count: String(plan.count), value: formatBRL(plan.regularCents) };
  return isEven(plan)
    ? words.t('card.installmentsEven', params)
    : words.t('card.installmentsUneven', { ...params, first: formatBRL(plan.firstCents) });
}
