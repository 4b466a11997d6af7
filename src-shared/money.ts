/**
 * Money is an integer number of centavos everywhere inside the app.
 * Decimal strings exist only at the edges: provider payloads and what people read.
 */
export type Cents = number;

/** The currencies a provider charges in (seed 002 converts USD to BRL); every amount belongs to one. */
export const CURRENCIES = ['BRL', 'USD'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** An amount with its currency: what the ledger books and what totals add up, one currency at a time. */
export interface Money {
  cents: Cents;
  currency: Currency;
}

/** R$ 100.000.000,00: the largest charge the till accepts (the card gateway's documented ceiling). */
export const MAX_AMOUNT_CENTS: Cents = 10_000_000_000;

const brl = new Intl.NumberFormat('pt-BR', { style: 'currency', currency: 'BRL' });

export function formatBRL(cents: Cents): string {
  return brl.format(cents / 100);
}

const formats = new Map<string, Intl.NumberFormat>();

/** "R$ 10,00" / "US$ 10,00" in pt-BR, "$10.00" in en: the currency is always shown. */
export function formatMoney(cents: Cents, currency: Currency, locale = 'pt-BR'): string {
  const key = `${locale}.${currency}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(locale, { style: 'currency', currency })));
  return format.format(cents / 100);
}

/** Sums amounts per currency, never across: one entry per currency met, in the order first met. */
export function totalsByCurrency<T>(items: Iterable<T>, money: (item: T) => Money): Money[] {
  const totals = new Map<Currency, Money>();
  for (const item of items) {
    const { cents, currency } = money(item);
    const total = totals.get(currency) ?? { cents: 0, currency };
    total.cents += cents;
    totals.set(currency, total);
  }
  return [...totals.values()];
}

export type AmountProblem = 'not_integer' | 'not_positive' | 'too_large';

export function amountProblem(cents: number): AmountProblem | undefined {
  if (!Number.isSafeInteger(cents)) return 'not_integer';
  if (cents <= 0) return 'not_positive';
  if (cents > MAX_AMOUNT_CENTS) return 'too_large';
  return undefined;
}

/** "1234.5" style decimal (dot, exactly two decimals) as providers expect, without floating-point drift. */
export function centsToDecimalString(cents: Cents): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Parses a provider's decimal amount (number or string, dot separator, at most two decimals). */
export function decimalToCents(value: number | string): Cents | undefined {
  const text = typeof value === 'number' ? value.toFixed(2) : value.trim();
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) return undefined;
  const [, sign, whole, fraction = ''] = match;
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return sign === '-' ? -cents : cents;
}

/** Cash-register entry: each digit typed shifts into the cents (1, 12, 123 -> R$ 1,23). */
export function appendDigit(cents: Cents, digit: number): Cents {
  const next = cents * 10 + digit;
  return next > MAX_AMOUNT_CENTS ? cents : next;
}

export function removeLastDigit(cents: Cents): Cents {
  return Math.trunc(cents / 10);
}
