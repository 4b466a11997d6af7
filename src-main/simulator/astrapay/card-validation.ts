/**
 * The sandbox's strict reading of card request bodies (shapes assumed in the adapter README).
 * Every message is written here, never valibot's default, which would echo the card number back.
 */
import * as v from 'valibot';
import { BRAND_NAMES, cardNumberProblem, cvvProblem, detectBrand, expiryProblem } from '../../../src-shared/card-checks.ts';
import { isValidCnpj, isValidCpf } from '../../../src-shared/document-checks.ts';
import { decimalToCents, MAX_AMOUNT_CENTS, type Cents } from '../../../src-shared/money.ts';
import type { CardSummary } from './card-store.ts';
import { isHolderName } from './holder-name-rule.ts';
import { firstIssue } from './valibot-issue.ts';

const Money = v.pipe(v.number('amount must be a number'), v.minValue(0.01, 'amount must be at least 0.01'));
const Installments = v.pipe(v.number('installments is required'), v.integer('installments must be whole'), v.minValue(1, 'installments go from 1 to 12'), v.maxValue(12, 'installments go from 1 to 12'));
const UserReference = v.optional(v.pipe(v.string('userReference must be a string'), v.maxLength(255, 'userReference is longer than 255')));

export const Customer = v.pipe(
  v.strictObject({
    name: v.pipe(v.string('customer.name is required'), v.minLength(1, 'customer.name is required'), v.maxLength(200, 'customer.name is too long')),
    naturalPersonIdentification: v.optional(v.pipe(v.string('CPF must be a string'), v.check(isValidCpf, 'CPF is not valid'))),
    legalPersonIdentification: v.optional(v.pipe(v.string('CNPJ must be a string'), v.check(isValidCnpj, 'CNPJ is not valid'))),
  }),
  v.check(
    (customer) => (customer.naturalPersonIdentification === undefined) !== (customer.legalPersonIdentification === undefined),
    'customer takes naturalPersonIdentification or legalPersonIdentification, exactly one',
  ),
);

const Card = v.strictObject({
  number: v.pipe(v.string('card.number must be a string'), v.check((number) => cardNumberProblem(number) === undefined, 'card.number is not a valid card number')),
  holderName: v.pipe(v.string('card.holderName must be a string'), v.check(isHolderName, 'card.holderName is not valid')),
  expirationMonth: v.pipe(v.string('card.expirationMonth must be a string'), v.regex(/^(0[1-9]|1[0-2])$/, 'card.expirationMonth must be 01 to 12')),
  expirationYear: v.pipe(v.string('card.expirationYear must be a string'), v.regex(/^\d{4}$/, 'card.expirationYear must have 4 digits')),
  securityCode: v.pipe(v.string('card.securityCode must be a string'), v.regex(/^\d{3,4}$/, 'card.securityCode must have 3 or 4 digits')),
});
export type CardInput = v.InferOutput<typeof Card>;

export const ChargeBody = v.strictObject({ amount: Money, installments: Installments, userReference: UserReference, card: Card, customer: Customer });
export const TokenizedChargeBody = v.strictObject({
  cardToken: v.pipe(v.string('cardToken is required'), v.minLength(1, 'cardToken is required')),
  amount: Money,
  installments: Installments,
  userReference: UserReference,
  customer: Customer,
});
export const CancelBody = v.strictObject({ amount: v.optional(Money) });
export const RegisterBody = v.strictObject({ card: Card, customer: Customer });

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

export function check<S extends v.GenericSchema>(schema: S, body: unknown): Checked<v.InferOutput<S>> {
  const parsed = v.safeParse(schema, body);
  return parsed.success ? { ok: true, value: parsed.output } : { ok: false, message: firstIssue(parsed.issues) };
}

export function centsOf(amount: number): Checked<Cents> {
  const cents = decimalToCents(String(amount));
  if (cents === undefined || cents > MAX_AMOUNT_CENTS) return { ok: false, message: 'amount: at most 2 decimal places and not above the ceiling' };
  return { ok: true, value: cents };
}

/** What the brand-dependent rules say of a card that passed the schema, and the part of it we keep. */
export function checkCard(card: CardInput, now: number): Checked<CardSummary> {
  const brand = detectBrand(card.number);
  if (cvvProblem(card.securityCode, brand)) return { ok: false, message: 'card.securityCode has the wrong length for the brand' };
  if (expiryProblem(`${card.expirationMonth}${card.expirationYear}`, now)) return { ok: false, message: 'card.expiration: the card has expired' };
  return {
    ok: true,
    value: {
      brand: brand ? BRAND_NAMES[brand].toUpperCase() : 'UNKNOWN',
      firstSixDigits: card.number.slice(0, 6),
      lastFourDigits: card.number.slice(-4),
      holderName: card.holderName.trim(),
    },
  };
}
