/**
 * The card form's checks before anything is sent: the shared card and document rules, put into the
 * message the cashier reads next to the field. Nothing here keeps or logs what it is given.
 */
import type { OperationInput } from '../../../src-preload/contract.ts';
import {
  cardNumberProblem,
  cvvLength,
  cvvProblem,
  detectBrand,
  expiryProblem,
  normalizeCardNumber,
  type CardNumberProblem,
  type ExpiryProblem,
} from '../../../src-shared/card-checks.ts';
import { documentProblem, normalizeDocument, type DocumentProblem } from '../../../src-shared/document-checks.ts';
import { expiryToMMyyyy } from './card-input.ts';
import type { MessageKey } from './i18n.ts';

export type StartCardInput = OperationInput<'sale.startCard'>;
type CardInput = StartCardInput['card'];

/** The fields as typed (masked), for a card typed in full. */
export interface CardFields {
  number: string;
  holderName: string;
  holderDocument: string;
  expiry: string;
  cvv: string;
}

export type CardField = keyof CardFields;

/** A field's problem: the message to show and the values it names. */
export interface FieldProblem {
  key: MessageKey;
  params?: Record<string, string>;
}

export type FieldProblems = Partial<Record<CardField, FieldProblem>>;

/** The contract's limits for the holder's name (src-preload/contract.ts). */
export const HOLDER_NAME_MAX = 40;

const NUMBER_KEYS: Record<CardNumberProblem, MessageKey> = {
  number_required: 'cardForm.problem.numberRequired',
  number_not_numeric: 'cardForm.problem.numberNotNumeric',
  number_too_long: 'cardForm.problem.numberTooLong',
  unknown_brand: 'cardForm.problem.unknownBrand',
  number_length: 'cardForm.problem.numberLength',
  number_invalid: 'cardForm.problem.numberInvalid',
};

const EXPIRY_KEYS: Record<ExpiryProblem, MessageKey> = {
  expiry_required: 'cardForm.problem.expiryRequired',
  expiry_format: 'cardForm.problem.expiryFormat',
  expiry_month: 'cardForm.problem.expiryMonth',
  expired: 'cardForm.problem.expired',
};

const DOCUMENT_KEYS: Record<DocumentProblem, MessageKey> = {
  document_required: 'cardForm.problem.documentRequired',
  document_invalid: 'cardForm.problem.documentInvalid',
};

export function holderNameProblem(name: string): FieldProblem | undefined {
  const trimmed = name.trim();
  if (trimmed.length < 2) return { key: 'cardForm.problem.nameRequired' };
  if (trimmed.length > HOLDER_NAME_MAX) return { key: 'cardForm.problem.nameTooLong', params: { max: String(HOLDER_NAME_MAX) } };
  return undefined;
}

export function holderDocumentProblem(masked: string): FieldProblem | undefined {
  const problem = documentProblem(normalizeDocument(masked));
  return problem ? { key: DOCUMENT_KEYS[problem] } : undefined;
}

export function cardNumberFieldProblem(masked: string): FieldProblem | undefined {
  const digits = normalizeCardNumber(masked);
  const problem = cardNumberProblem(digits);
  return problem ? { key: NUMBER_KEYS[problem] } : undefined;
}

export function expiryFieldProblem(masked: string, nowMs: number): FieldProblem | undefined {
  const problem = expiryProblem(expiryToMMyyyy(masked), nowMs);
  return problem ? { key: EXPIRY_KEYS[problem] } : undefined;
}

export function cvvFieldProblem(cvv: string, numberMasked: string): FieldProblem | undefined {
  const brand = detectBrand(normalizeCardNumber(numberMasked));
  return cvvProblem(cvv, brand) ? { key: 'cardForm.problem.cvvLength', params: { length: String(cvvLength(brand)) } } : undefined;
}

export type CardCheck = { ok: true; card: CardInput } | { ok: false; problems: FieldProblems };

/** Checks a card typed in full; on success, the card as `sale.startCard` takes it (digits only, MMyyyy). */
export function checkNewCard(fields: CardFields, nowMs: number): CardCheck {
  const problems: FieldProblems = {};
  const set = (field: CardField, problem: FieldProblem | undefined) => {
    if (problem) problems[field] = problem;
  };
  set('number', cardNumberFieldProblem(fields.number));
  set('holderName', holderNameProblem(fields.holderName));
  set('holderDocument', holderDocumentProblem(fields.holderDocument));
  set('expiry', expiryFieldProblem(fields.expiry, nowMs));
  set('cvv', cvvFieldProblem(fields.cvv, fields.number));
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    card: {
      number: normalizeCardNumber(fields.number),
      holderName: fields.holderName.trim(),
      holderDocument: normalizeDocument(fields.holderDocument),
      expiry: expiryToMMyyyy(fields.expiry),
      cvv: fields.cvv,
    },
  };
}

/** Checks the holder's details that go with a saved card (the card itself stays at the provider). */
export function checkSavedCard(savedCardId: string, holderName: string, holderDocument: string): CardCheck {
  const problems: FieldProblems = {};
  const name = holderNameProblem(holderName);
  const document = holderDocumentProblem(holderDocument);
  if (name) problems.holderName = name;
  if (document) problems.holderDocument = document;
  if (name || document) return { ok: false, problems };
  return { ok: true, card: { savedCardId, holderName: holderName.trim(), holderDocument: normalizeDocument(holderDocument) } };
}

/** The fields of a fresh form: what the form goes back to the moment it is sent, whatever the answer. */
export function emptyCardFields(): CardFields {
  return { number: '', holderName: '', holderDocument: '', expiry: '', cvv: '' };
}
