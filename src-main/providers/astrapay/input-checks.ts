/**
 * Local refusals shared by the Astrapay facets: what we can tell is wrong without asking Astrapay
 * never costs an HTTP request. Messages name the field, never its value.
 */
import { invalidInput } from '../../core/errors.ts';
import { documentProblem } from '../../../src-shared/document-checks.ts';
import { amountProblem, type Cents } from '../../../src-shared/money.ts';

/** Our ceiling on a list page (Astrapay documents none; the sandbox enforces the same). */
export const MAX_PAGE_SIZE = 100;

const AMOUNT_REASONS = { not_integer: 'amount.too_many_decimals', not_positive: 'amount.not_positive', too_large: 'amount.too_large' };

export function checkAmount(cents: Cents, field = 'amountCents'): void {
  const problem = amountProblem(cents);
  if (problem) throw invalidInput(AMOUNT_REASONS[problem], `${field} is not a valid amount (${problem})`, field);
}

/** A CPF or CNPJ, digits only, whose check digits add up. */
export function checkDocument(document: string, field: string): void {
  if (documentProblem(document)) throw invalidInput('document.invalid', `${field} is not a valid CPF or CNPJ`, field);
}

export function checkText(text: string, maxLength: number, reason: string, field: string): void {
  if (text.length > maxLength) throw invalidInput(reason, `${field} is longer than ${maxLength} characters`, field);
}

export function checkListWindow(filter: { from: Date; to: Date; page: number; pageSize: number }): void {
  const from = filter.from.getTime();
  const to = filter.to.getTime();
  if (Number.isNaN(from) || Number.isNaN(to) || from > to) {
    throw invalidInput('list.dates_invalid', 'The list needs a start date no later than its end date', 'from');
  }
  if (!Number.isInteger(filter.page) || filter.page < 0 || !Number.isInteger(filter.pageSize) || filter.pageSize < 1 || filter.pageSize > MAX_PAGE_SIZE) {
    throw invalidInput('list.page_invalid', `page must be >= 0 and pageSize between 1 and ${MAX_PAGE_SIZE}`, 'page');
  }
}
