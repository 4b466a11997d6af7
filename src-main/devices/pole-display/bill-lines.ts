/** The pole display between the tenders of a split payment: what is paid and what is left, in both languages. */
import type { BillView, Language } from '../../../src-preload/contract.ts';
import { formatMoney } from '../../../src-shared/money.ts';
import { DISPLAY_COLUMNS, type DisplayLines } from './display-encoder.ts';

const WORDS = { 'pt-BR': { paid: 'Pago', left: 'Falta' }, en: { paid: 'Paid', left: 'Left' } } as const;

const spread = (label: string, amount: string) => label + amount.padStart(DISPLAY_COLUMNS - label.length, ' ');

export function billLines(bill: BillView, language: Language): DisplayLines {
  const words = WORDS[language];
  const money = (cents: number) => formatMoney(cents, bill.currency);
  return [spread(words.paid, money(bill.paidCents)), spread(words.left, money(bill.leftCents + bill.pendingCents))];
}
