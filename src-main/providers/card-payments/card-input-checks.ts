/**
 * The card gateway's documented field rules, checked before anything leaves the till: a bad field
 * costs the cashier no round trip and the gateway never sees a request we know it would refuse.
 * Refusals are PosError('invalid_input') with reason `card.<problem>` and the offending field; their
 * messages name the field, never its value.
 */
import { invalidInput } from '../../core/errors.ts';
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
  MAX_INSTALLMENTS,
  type ExpiryProblem,
} from '../../../src-shared/card-checks.ts';
import { documentProblem, normalizeDocument } from '../../../src-shared/document-checks.ts';
import { MAX_AMOUNT_CENTS } from '../../../src-shared/money.ts';
import type { CardData, CardPaymentType, CardSummary } from '../provider.ts';

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

/** `fieldPrefix` is `card.` for a card typed in full, empty for a saved card's holder (the request's own paths). */
export function checkHolder(holderName: string, holderDocument: string, fieldPrefix = ''): CheckedHolder {
  const name = holderName.trim();
  if (name === '') throw invalidInput('card.holder_name_required', 'The card holder name is missing', `${fieldPrefix}holderName`);
  const document = normalizeDocument(holderDocument);
  const problem = documentProblem(document);
  if (problem === 'document_required') {
    throw invalidInput('card.holder_document_required', 'The holder CPF or CNPJ is missing', `${fieldPrefix}holderDocument`);
  }
  if (problem) throw invalidInput('card.holder_document_invalid', 'The holder document is not a valid CPF or CNPJ', `${fieldPrefix}holderDocument`);
  return { holderName: name, holderDocument: document };
}

/** Every rule the gateway documents for card data; `nowMs` from the injected clock decides "expired". */
export function checkCard(card: CardData, nowMs: number): CheckedCard {
  const number = normalizeCardNumber(card.number);
  const problem = cardNumberProblem(number);
  if (problem) throw invalidInput(`card.${problem}`, NUMBER_MESSAGES[problem], 'card.number');
  const brand = detectBrand(number);
  // A number without problems always has a known brand; this only tells the compiler so.
  if (!brand) throw invalidInput('card.unknown_brand', NUMBER_MESSAGES.unknown_brand, 'card.number');
  const expiry = card.expiry.trim();
  const badExpiry = expiryProblem(expiry, nowMs);
  if (badExpiry) throw invalidInput(`card.${badExpiry}`, EXPIRY_MESSAGES[badExpiry], 'card.expiry');
  if (cvvProblem(card.cvv, brand)) throw invalidInput('card.cvv_invalid', `The security code must be ${cvvLength(brand)} digits`, 'card.cvv');
  return { number, brand, expiry, cvv: card.cvv, ...checkHolder(card.holderName, card.holderDocument, 'card.') };
}

/** Amount in integer cents up to the gateway's R$ 100 million; 1..12 installments; debit only in one. */
export function checkChargeTerms(amountCents: number, paymentType: CardPaymentType, installments: number): void {
  if (!Number.isSafeInteger(amountCents) || amountCents < 1) {
    throw invalidInput('card.amount_invalid', 'The amount must be a whole number of cents above zero', 'amountCents');
  }
  if (amountCents > MAX_AMOUNT_CENTS) throw invalidInput('card.amount_too_large', 'The amount is above R$ 100 million', 'amountCents');
  if (!Number.isInteger(installments) || installments < 1 || installments > MAX_INSTALLMENTS) {
    throw invalidInput('card.installments_invalid', `Installments must be a whole number from 1 to ${MAX_INSTALLMENTS}`, 'installments');
  }
  if (paymentType === 'debit' && installments !== 1) {
    throw invalidInput('card.debit_installments', 'A debit payment is taken in a single installment', 'installments');
  }
}

/** Seed 004: a token is "uma sequência alfanumérica de 32 caracteres". */
export function checkSavedCardId(savedCardId: string): string {
  if (!/^[A-Za-z0-9]{32}$/.test(savedCardId)) throw invalidInput('card.saved_card_invalid', 'The saved card reference is not valid', 'savedCardId');
  return savedCardId;
}

/** All of a card the till may keep: brand, first 6 and last 4 digits. */
export function cardSummary(card: CheckedCard): CardSummary {
  return { brand: BRAND_NAMES[card.brand], first6: card.number.slice(0, 6), last4: card.number.slice(-4) };
}
