/**
 * Amounts typed into a form field (the refund amount): "12,34", "1.234,56", "R$ 12", or "12.34" as a
 * careless keyboard gives it. Anything else, or more than two decimals, is not an amount.
 */
import type { Cents } from '../../../src-shared/money.ts';

export function parseBRL(text: string): Cents | undefined {
  const clean = text.replace(/R\$/i, '').replace(/\s/g, '');
  let whole: string;
  let fraction: string;
  let match = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(clean);
  if (match) {
    whole = (match[1] ?? '').replace(/\./g, '');
    fraction = match[2] ?? '';
  } else {
    match = /^(\d+)\.(\d{1,2})$/.exec(clean);
    if (!match) return undefined;
    whole = match[1] ?? '';
    fraction = match[2] ?? '';
  }
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : undefined;
}

/** The value a field starts with: "12,34" (no currency sign, comma decimals, no thousands dots). */
export function centsToInput(cents: Cents): string {
  return `${Math.trunc(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
}
