/**
 * Card field rules shared by the UI (to point at the field as the cashier types), the card adapters
 * (to refuse before any HTTP call) and the embedded sandbox (to answer as the gateway would).
 * Every function returns a problem name or undefined; none of them keeps or echoes the card data.
 */

/** Card installments go from 1 to this (seed 004: "entre 1 e 12"; Astrapay's card API documents the same range). */
export const MAX_INSTALLMENTS = 12;

export type CardBrand = 'visa' | 'mastercard' | 'amex' | 'elo' | 'hipercard' | 'diners' | 'discover' | 'jcb';

/** How the brand is written on receipts and in the card gateway's answers ("Visa"). */
export const BRAND_NAMES: Record<CardBrand, string> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'Amex',
  elo: 'Elo',
  hipercard: 'Hipercard',
  diners: 'Diners',
  discover: 'Discover',
  jcb: 'JCB',
};

/** ISO/IEC 7812 allows at most 19 digits; the card gateway (seed 004) refuses longer numbers too. */
export const MAX_CARD_DIGITS = 19;

type Range = readonly [number, number];

interface BrandRule {
  brand: CardBrand;
  /** Ranges over the first `digits` digits of the number. */
  digits: number;
  ranges: readonly Range[];
  lengths: readonly number[];
}

const single = (...values: number[]): Range[] => values.map((value) => [value, value]);

/**
 * First match wins, so the Brazilian brands whose BINs sit inside Visa's 4, Mastercard's 5 or
 * Discover's 65 come first. Elo and Hipercard ranges as the brands publish them to acquirers.
 */
const RULES: readonly BrandRule[] = [
  {
    brand: 'elo',
    digits: 6,
    ranges: [
      ...single(401178, 401179, 431274, 438935, 451416, 457393, 457631, 457632, 504175, 627780, 636297, 636368),
      [506699, 506778], [509000, 509999], [650031, 650033], [650035, 650051], [650405, 650439], [650485, 650538],
      [650541, 650598], [650700, 650718], [650720, 650727], [650901, 650978], [651652, 651679], [655000, 655019],
      [655021, 655058],
    ],
    lengths: [16],
  },
  { brand: 'hipercard', digits: 6, ranges: single(606282, 384100, 384140, 384160), lengths: [13, 16, 19] },
  { brand: 'amex', digits: 2, ranges: single(34, 37), lengths: [15] },
  { brand: 'diners', digits: 3, ranges: [[300, 305], [309, 309], [360, 369], [380, 399]], lengths: [14, 16, 19] },
  { brand: 'jcb', digits: 4, ranges: [[3528, 3589]], lengths: [16, 17, 18, 19] },
  { brand: 'discover', digits: 4, ranges: [[6011, 6011], [6440, 6599]], lengths: [16, 17, 18, 19] },
  { brand: 'mastercard', digits: 4, ranges: [[5100, 5599], [2221, 2720]], lengths: [16] },
  { brand: 'visa', digits: 1, ranges: single(4), lengths: [13, 16, 19] },
];

/** The number as the gateway wants it: "sem espaços ou traços". Other characters are left for the checks to refuse. */
export function normalizeCardNumber(raw: string): string {
  return raw.replace(/[\s-]/g, '');
}

export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

function ruleFor(digits: string): BrandRule | undefined {
  return RULES.find((rule) => {
    if (digits.length < rule.digits) return false;
    const prefix = Number(digits.slice(0, rule.digits));
    return rule.ranges.some(([low, high]) => prefix >= low && prefix <= high);
  });
}

export function detectBrand(digits: string): CardBrand | undefined {
  return /^\d+$/.test(digits) ? ruleFor(digits)?.brand : undefined;
}

export type CardNumberProblem =
  | 'number_required'
  | 'number_not_numeric'
  | 'number_too_long'
  | 'unknown_brand'
  | 'number_length'
  | 'number_invalid';

/** What is wrong with a normalised card number, most basic problem first. */
export function cardNumberProblem(digits: string): CardNumberProblem | undefined {
  if (digits === '') return 'number_required';
  if (!/^\d+$/.test(digits)) return 'number_not_numeric';
  if (digits.length > MAX_CARD_DIGITS) return 'number_too_long';
  const rule = ruleFor(digits);
  if (!rule) return 'unknown_brand';
  if (!rule.lengths.includes(digits.length)) return 'number_length';
  if (!luhnValid(digits)) return 'number_invalid';
  return undefined;
}

export type ExpiryProblem = 'expiry_required' | 'expiry_format' | 'expiry_month' | 'expired';

/**
 * A card is good through the last day of its month. We count that day to its end in Acre (UTC−05:00),
 * Brazil's westernmost time zone, so no till anywhere in the country refuses a card the issuer still takes.
 */
const LATEST_BRAZILIAN_OFFSET_MS = 5 * 3600_000;

/** Expiry as seed 004 writes it: MMyyyy (e.g. "012029"). `nowMs` comes from the injected clock. */
export function expiryProblem(mmyyyy: string, nowMs: number): ExpiryProblem | undefined {
  if (mmyyyy === '') return 'expiry_required';
  if (!/^\d{6}$/.test(mmyyyy)) return 'expiry_format';
  const month = Number(mmyyyy.slice(0, 2));
  const year = Number(mmyyyy.slice(2));
  if (month < 1 || month > 12) return 'expiry_month';
  const endOfMonth = Date.UTC(year, month, 1) + LATEST_BRAZILIAN_OFFSET_MS;
  if (nowMs >= endOfMonth) return 'expired';
  return undefined;
}

/** Amex prints a 4-digit code on the front; every other brand a 3-digit code on the back. */
export function cvvLength(brand: CardBrand | undefined): number {
  return brand === 'amex' ? 4 : 3;
}

export function cvvProblem(cvv: string, brand: CardBrand | undefined): 'cvv_invalid' | undefined {
  return new RegExp(`^\\d{${cvvLength(brand)}}$`).test(cvv) ? undefined : 'cvv_invalid';
}
