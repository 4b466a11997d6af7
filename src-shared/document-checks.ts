/**
 * Brazilian taxpayer documents: CPF (people, 11 digits) and CNPJ (companies, 14 digits), both ending
 * in two check digits. Shared by the UI, the adapters and the sandbox.
 */

/** Drops the usual punctuation ("123.456.789-09", "12.345.678/0001-95"); other characters stay and fail. */
export function normalizeDocument(raw: string): string {
  return raw.replace(/[\s./-]/g, '');
}

/** Mod-11 check digit over `digits` with the given weights, as both CPF and CNPJ define it. */
function checkDigit(digits: string, weights: readonly number[]): number {
  const sum = weights.reduce((total, weight, index) => total + weight * Number(digits[index]), 0);
  const rest = sum % 11;
  return rest < 2 ? 0 : 11 - rest;
}

/** Documents made of one repeated digit pass the arithmetic but are never issued. */
const oneRepeatedDigit = (digits: string): boolean => /^(\d)\1*$/.test(digits);

export function isValidCpf(digits: string): boolean {
  if (!/^\d{11}$/.test(digits) || oneRepeatedDigit(digits)) return false;
  const first = checkDigit(digits, [10, 9, 8, 7, 6, 5, 4, 3, 2]);
  const second = checkDigit(digits, [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
  return digits.endsWith(`${first}${second}`);
}

export function isValidCnpj(digits: string): boolean {
  if (!/^\d{14}$/.test(digits) || oneRepeatedDigit(digits)) return false;
  const first = checkDigit(digits, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
  const second = checkDigit(digits, [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
  return digits.endsWith(`${first}${second}`);
}

export type DocumentProblem = 'document_required' | 'document_invalid';

/** A normalised CPF or CNPJ: present, the right length, and its check digits add up. */
export function documentProblem(digits: string): DocumentProblem | undefined {
  if (digits === '') return 'document_required';
  return isValidCpf(digits) || isValidCnpj(digits) ? undefined : 'document_invalid';
}
