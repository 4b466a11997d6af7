/**
 * What the customer really pays when the provider adds a fee or converts the currency (a ChargeQuote):
 * the total, and the lines that explain it — the sale's amount, the exchange rate, the amount in reais,
 * the fee. Money stays in integer centavos; only the words are formatted, in pt-BR as every amount on
 * the till is (R$ 1.234,56, US$ 10,00).
 */
import type { ChargeQuote } from '../../../src-preload/contract.ts';
import { formatBRL, formatMoney, type Cents } from '../../../src-shared/money.ts';
import type { MessageKey } from './i18n.ts';

/** "R$ 5,2500": the provider's rate in reais, with the decimals it was given (two at least). */
export function formatRate(rate: string): string {
  const match = /^\s*(\d+)(?:\.(\d+))?\s*$/.exec(rate);
  if (!match) return rate.trim();
  const decimals = Math.min(Math.max(match[2]?.length ?? 0, 2), 8);
  return new Intl.NumberFormat('pt-BR', {
    style: 'currency',
    currency: 'BRL',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(Number(rate));
}

export interface QuoteLine {
  key: MessageKey;
  value: string;
}

export interface AmountDue {
  /** What the customer pays, in reais: the quote's total, or the sale's amount when there is no quote. */
  totalCents: Cents;
  total: string;
  /** How the total comes about; empty when it is simply the sale's amount. */
  lines: QuoteLine[];
}

/** The amount due on a charge, and the breakdown worth showing: only the parts that differ from the plain amount. */
export function amountDue(amountCents: Cents, quote: ChargeQuote | null): AmountDue {
  if (!quote) return { totalCents: amountCents, total: formatBRL(amountCents), lines: [] };
  const converted = quote.currency !== 'BRL';
  const rate = Number(quote.exchangeRate);
  const showRate = converted || (Number.isFinite(rate) ? rate !== 1 : quote.exchangeRate.trim() !== '');
  const showSubtotal = converted || quote.subtotalCents !== amountCents;
  const showFee = quote.feeCents !== 0;
  const total = { totalCents: quote.totalCents, total: formatBRL(quote.totalCents) };
  if (!showRate && !showSubtotal && !showFee && quote.totalCents === amountCents) return { ...total, lines: [] };
  const lines: QuoteLine[] = [{ key: 'quote.amount', value: formatMoney(amountCents, quote.currency) }];
  if (showRate) lines.push({ key: 'quote.exchange', value: `${formatMoney(100, quote.currency)} = ${formatRate(quote.exchangeRate)}` });
  if (showSubtotal) lines.push({ key: 'quote.subtotal', value: formatBRL(quote.subtotalCents) });
  if (showFee) lines.push({ key: 'quote.fee', value: formatBRL(quote.feeCents) });
  return { ...total, lines };
}

/** The sale's own amount as typed, in the currency the provider read it in. */
export function saleAmountText(amountCents: Cents, quote: ChargeQuote | null | undefined): string {
  return formatMoney(amountCents, quote?.currency ?? 'BRL');
}
