/** The card and holder fields, read as strictly as seed 004 documents them. */
import { cvvLength, detectBrand, MAX_CARD_DIGITS, type CardBrand } from '../../../src-shared/card-checks.ts';
import { SANDBOX_GENERAL_MESSAGES, type Problems } from './gateway-problems.ts';

export interface SandboxCard {
  number: string;
  brand: CardBrand;
  expiry: string;
}

export interface SandboxHolder {
  name: string;
  document: string;
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const present = (value: unknown) => value !== undefined && value !== null && value !== '';

/** card_number, card_expiration_date (MMyyyy), card_security_code; undefined when any is wrong. */
export function readCard(fields: Record<string, unknown>, problems: Problems): SandboxCard | undefined {
  const { card_number: number, card_expiration_date: expiry, card_security_code: cvv } = fields;
  let ok = true;
  const fail = (report: () => void) => {
    report();
    ok = false;
  };
  // The table: "Unknown Card Brand." when the number is empty or longer than 19 digits ("sem espaços ou traços").
  const digits = typeof number === 'string' && new RegExp(`^\\d{1,${MAX_CARD_DIGITS}}$`).test(number) ? number : '';
  const brand = detectBrand(digits);
  if (!brand) fail(() => problems.add('MSG_GENERAL_ERROR'));

  if (!present(expiry)) fail(() => problems.missing('expirationDate'));
  else if (typeof expiry !== 'string' || /\D/.test(expiry)) fail(() => problems.add('EXPIRATION_DATE_NON_NUMERIC'));
  else if (expiry.length !== 6) fail(() => problems.add('INCORRECT_EXPIRATION_DATE'));
  else if (Number(expiry.slice(0, 2)) < 1 || Number(expiry.slice(0, 2)) > 12) fail(() => problems.add('INVALID_MONTH_NUMBER'));

  // "diferente de 3 dígitos (exceto AMEX) e/ou não é numérico": Amex codes have 4 digits.
  if (typeof cvv !== 'string' || !new RegExp(`^\\d{${cvvLength(brand)}}$`).test(cvv)) fail(() => problems.add('INVALID_CVV'));

  return ok && brand && typeof expiry === 'string' ? { number: digits, brand, expiry } : undefined;
}

/** card_holder_name and card_holder_document ("CPF ou CNPJ, apenas números"), both required. */
export function readHolder(fields: Record<string, unknown>, problems: Problems): SandboxHolder | undefined {
  const { card_holder_name: name, card_holder_document: document } = fields;
  let ok = true;
  if (typeof name !== 'string' || name.trim() === '') {
    problems.missing('cardHolderName');
    ok = false;
  }
  if (!present(document)) {
    problems.missing('cardHolderDocument');
    ok = false;
  } else if (typeof document !== 'string' || !/^(\d{11}|\d{14})$/.test(document)) {
    // Format only: the seed's own examples use "00000000000"; the till checks the check digits itself.
    problems.general(SANDBOX_GENERAL_MESSAGES.holderDocument);
    ok = false;
  }
  return ok && typeof name === 'string' && typeof document === 'string' ? { name, document } : undefined;
}
