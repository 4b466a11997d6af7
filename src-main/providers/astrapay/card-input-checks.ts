/**
 * What the till refuses before sending card data to Astrapay, with the shared card and document
 * rules. Errors name the field and the rule, never the number, the CVV or any part of them.
 */
import { cardNumberProblem, cvvLength, cvvProblem, detectBrand, expiryProblem, normalizeCardNumber, MAX_INSTALLMENTS } from '../../../src-shared/card-checks.ts';
import type { CardData, CreateCardCharge } from '../provider.ts';
import { holderNameProblem } from './holder-name.ts';
import { checkAmount, checkDocument, checkText } from './input-checks.ts';
import { invalidInput } from '../../core/errors.ts';


export function checkCardData(card: CardData, nowMs: number): void {
  const number = normalizeCardNumber(card.number);
  const numberProblem = cardNumberProblem(number);
  if (numberProblem === 'unknown_brand') throw invalidInput('card.brand_unknown', 'The card number belongs to no brand we know', 'card.number');
  if (numberProblem) throw invalidInput('card.number_invalid', `The card number is not valid (${numberProblem})`, 'card.number');
  checkHolderName(card.holderName, 'card.holderName');
  const expiry = expiryProblem(card.expiry, nowMs);
  if (expiry === 'expired') throw invalidInput('card.expired', 'The card has expired', 'card.expiry');
  if (expiry) throw invalidInput('card.expiry_invalid', `The expiry must be MMyyyy (${expiry})`, 'card.expiry');
  const brand = detectBrand(number);
  if (cvvProblem(card.cvv, brand)) {
    throw invalidInput('card.cvv_invalid', `The security code of this card has ${cvvLength(brand)} digits`, 'card.cvv');
  }
  checkDocument(card.holderDocument, 'card.holderDocument');
}

export function checkCardCharge(request: CreateCardCharge, nowMs: number): void {
  if (request.paymentType !== 'credit') {
    throw invalidInput('card.payment_type_unsupported', 'Astrapay takes credit cards only', 'paymentType');
  }
  checkAmount(request.amountCents);
  if (!Number.isInteger(request.installments) || request.installments < 1 || request.installments > MAX_INSTALLMENTS) {
    throw invalidInput('card.installments_invalid', `Installments go from 1 to ${MAX_INSTALLMENTS}`, 'installments');
  }
  checkText(request.reference, 255, 'card.reference_invalid', 'reference');
  const { source } = request;
  if (source.kind === 'card') return checkCardData(source.card, nowMs);
  checkId(source.savedCardId, 'card.saved_invalid', 'savedCardId');
  checkHolderName(source.holderName, 'holderName');
  checkDocument(source.holderDocument, 'holderDocument');
}

export function checkId(id: string, reason: string, field: string): void {
  if (id.trim() === '' || id.length > 100) throw invalidInput(reason, `${field} must have 1 to 100 characters`, field);
}

function checkHolderName(name: string, field: string): void {
  const problem = holderNameProblem(name);
  if (problem) throw invalidInput(`card.${problem}`, `The holder name is not valid (${problem})`, field);
}
