/**
 * The card gateway's documented field rules, checked before anything leaves the till: a bad field
 * costs the cashier no round trip and the gateway never sees a request we know it would refuse.
 * Refusals are PosError('invalid_input') with reason `card.<problem>` and the offending field; their
 * messages name the field, never its value.
 */
import { PosError } from '../../core/errors.ts';
import {
  BRAND_NAMES,
  cardNumberProblem,
  cvvLength,
  cvvProblem,
  detectBrand,
  expiryProblem,
  normalizeCardNumber,
  type CardBrand,
  type CardNumberProblem,
  type ExpiryProblem,
} from '../../../src-shared/card-checks.ts';
import { documentProblem, normalizeDocument } from '../../../src-shared/document-checks.ts';
import { MAX_AMOUNT_CENTS } from '../../../src-shared/money.ts';
import type { CardData, CardPaymentType, CardSummary } from '../provider.ts';

/** Seed 004: "Número de parcelas (entre 1 e 12)". */
export const MAX_INSTALLMENTS = 12;

export interface CheckedHolder {
  holderName: string;
  /** Digits only, as the gateway wants it. */
  holderDocument: string;
}

export interface CheckedCard extends CheckedHolder {
  /** Digits only. Lives in memory for one request; never logged, stored or put in an error. */
  number: string;
  brand: CardBrand;
  expiry: string;
  cvv: string;
}

const NUMBER_MESSAGES: Record<CardNumberProblem, string> = {
  number_required: 'The card number is missing',
  number_not_numeric: 'The card number may only contain digits',
  number_too_long: 'The card number has more than 19 digits',
  unknown_brand: 'The card number belongs to no brand the gateway takes',
  number_length: 'The card number has the wrong length for its brand',
  number_invalid: 'The card number fails its check digit',
};

const EXPIRY_MESSAGES: Record<ExpiryProblem, string> = {
  expiry_required: 'The card expiry date is missing',
  expiry_format: 'The card expiry date must be MMyyyy',
  expiry_month: 'The card expiry month must be 01 to 12',
  expired: 'The card has expired',
};

function refuse(problem: string, field: string, message: string): never {
  throw new PosError('invalid_input', message, { reason: `card.${problem}`, field });
}

/** `fieldPrefix` is `card.` for a card typed in full, empty for a saved card's holder (the request's own paths). */
export function checkHolder(holderName: string, holderDocument: string, fieldPrefix = ''): CheckedHolder {
  const name = holderName.trim();
  if (name === '') refuse('holder_name_required', `${fieldPrefix}holderName`, 'The card holder name is missing');
  const document = normalizeDocument(holderDocument);
  const problem = documentProblem(document);
  if (problem === 'document_required') {
    refuse('holder_document_required', `${fieldPrefix}holderDocument`, 'The holder CPF or CNPJ is missing');
  }
  if (problem) refuse('holder_document_invalid', `${fieldPrefix}holderDocument`, 'The holder document is not a valid CPF or CNPJ');
  return { holderName: name, holderDocument: document };
}

/** Every rule the gateway documents for card data; `nowMs` from the injected clock decides "expired". */
export function checkCard(card: CardData, nowMs: number): CheckedCard {
  const number = normalizeCardNumber(card.number);
  const problem = cardNumberProblem(number);
  if (problem) refuse(problem, 'card.number', NUMBER_MESSAGES[problem]);
  // A number without problems always has a known brand; the fallback only tells the compiler so.
  const brand = detectBrand(number) ?? refuse('unknown_brand', 'card.number', NUMBER_MESSAGES.unknown_brand);
  const expiry = card.expiry.trim();
  const badExpiry = expiryProblem(expiry, nowMs);
  if (badExpiry) refuse(badExpiry, 'card.expiry', EXPIRY_MESSAGES[badExpiry]);
  if (cvvProblem(card.cvv, brand)) refuse('cvv_invalid', 'card.cvv', `The security code must be ${cvvLength(brand)} digits`);
  return { number, brand, expiry, cvv: card.cvv, ...checkHolder(card.holderName, card.holderDocument, 'card.') };
}

/** Amount in integer cents up to the gateway's R$ 100 million; 1..12 installments; debit only in one. */
export function checkChargeTerms(amountCents: number, paymentType: CardPaymentType, installments: number): void {
  if (!Number.isSafeInteger(amountCents) || amountCents < 1) {
    refuse('amount_invalid', 'amountCents', 'The amount must be a whole number of cents above zero');
  }
  if (amountCents > MAX_AMOUNT_CENTS) refuse('amount_too_large', 'amountCents', 'The amount is above R$ 100 million');
  if (!Number.isInteger(installments) || installments < 1 || installments > MAX_INSTALLMENTS) {
    refuse('installments_invalid', 'installments', `Installments must be a whole number from 1 to ${MAX_INSTALLMENTS}`);
  }
  if (paymentType === 'debit' && installments !== 1) {
    refuse('debit_installments', 'installments', 'A debit payment is taken in a single installment');
  }
}

/** Seed 004: a token is "uma sequência alfanumérica de 32 caracteres". */
export function checkSavedCardId(savedCardId: string): string {
  if (!/^[A-Za-z0-9]{32}$/.test(savedCardId)) refuse('saved_card_invalid', 'savedCardId', 'The saved card reference is not valid');
  return savedCardId;
}

/** All of a card the till may keep: brand, first 6 and last 4 digits. */
export function cardSummary(card: CheckedCard): CardSummary {
  return { brand: BRAND_NAMES[card.brand], first6: card.number.slice(0, 6), last4: card.number.slice(-4) };
}
