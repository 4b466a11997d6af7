/**
 * The card gateway's error-code table (seed 004, "Tabela de Erros do Gateway"), and the stable message
 * key each entry gets in the UI catalogs. The sandbox keeps its own copy of the rows it answers with.
 */

export interface GatewayErrorRow {
  code: string;
  msg: string;
}

/** The table in the seed's order, codes and English messages exactly as documented. */
export const GATEWAY_ERROR_TABLE: readonly GatewayErrorRow[] = [
  { code: 'MIN_INSTALLMENTS', msg: "Installments can't be lower than 1" },
  { code: 'MAX_INSTALLMENTS', msg: "Installments can't the higher than 12" },
  { code: 'INVALID_MONTH_NUMBER', msg: 'Incorrect expiration date. Invalid month number.' },
  { code: 'INCORRECT_EXPIRATION_DATE', msg: 'Incorrect expiration date. Correct format is MMyyyy.' },
  { code: 'EXPIRATION_DATE_NON_NUMERIC', msg: 'Expiration date has non-numeric character.' },
  { code: 'MSG_GENERAL_ERROR', msg: 'Unknown Card Brand.' },
  { code: 'AMOUNT_REQUIRED', msg: 'Amount required.' },
  { code: 'CURRENCY_REQUIRED', msg: 'Currency required.' },
  { code: 'FIELDS_REQUIRED', msg: 'The following fields are required: expirationDate' },
  { code: 'INVALID_CVV', msg: 'Invalid CVV. CVV should be 3 digits.' },
  { code: 'CURRENCY_NOT_SUPPORTED', msg: 'Currency not supported. Please refer to our documentation to see supported currencies.' },
  { code: 'CURRENCY_INVALID_FORMAT', msg: 'Currency must be notated in ISO 4217 currency code.' },
  { code: 'INVALID_AMOUNT', msg: 'Invalid Amount' },
  { code: 'AMOUNT_NOT_SUPPORTED', msg: "Amount can't be higher than 100 million" },
  { code: 'AMOUNT_OUT_OF_BOUNDS', msg: 'Amount value out of bounds (max 2 digits expected for fraction)' },
  { code: 'SPLIT_VALUE_TOO_HIGH', msg: "Splits total value can't be equal or higher than the transaction amount." },
  { code: 'EMPTY_SPLIT', msg: "Field splits can't be empty if splitValueType field is present" },
  { code: 'EMPTY_SPLIT_TYPE', msg: "Field splitValueType can't be empty if splits field is present" },
  { code: 'OWNER_IN_SPLIT', msg: 'Merchant executing the transaction must not be on splits field' },
  { code: 'SPLIT_MERCHANT_DUPLICATION', msg: "Can't have duplicated documentId in split" },
  { code: 'INVALID_INSTALLMENTS_PLAN_ENTRY', msg: 'Installments plan entry cannot be the same as or lower than the previous entry.' },
  {
    code: 'INSTALLMENTSPLAN_ENTRIES_AND_INSTALLMENTSMISMATCH',
    msg: 'InstallmentsPlan should have the same amount of entries as the installments field value.',
  },
  { code: 'INSTALLMENTS_PLAN_CANT_BE_EMPTY', msg: 'Installments plan cannot be empty.' },
  { code: 'INVALID_NULL_OR_ZERO_INSTALLMENTS_PLAN_ENTRY', msg: 'Installments plan entries cannot be null nor 0 (zero).' },
  { code: 'CUSTOM_NOT_ALLOWED', msg: 'Customer not allowed for custom installment plan transaction.' },
  { code: 'CARDBRAND_NOT_ALLOWED', msg: 'Cardbrand must be Visa for custom installment plan transactions.' },
  { code: 'MSG_GENERAL_ERROR', msg: 'These documentId were not found: "S"' },
  { code: 'MSG_GENERAL_ERROR', msg: 'The following merchants aren\'t enabled to process CNP with authorizer POSTILION: "S"' },
  { code: 'Split value must be higher than zero', msg: 'Split value must be higher than zero' },
  { code: "Can't have more than 20 splits entries", msg: "Can't have more than 20 splits entries" },
];

/** The code the seed's decline example uses: the card's issuer said no (not a validation error). */
export const AUTHORIZER_REJECTED = 'AUTHORIZER_REJECTED';

/**
 * A stable key for a code: upper case, apostrophes dropped, every other run of non-alphanumerics an
 * underscore. Codes that are already keys stay as they are; "Split value must be higher than zero"
 * becomes SPLIT_VALUE_MUST_BE_HIGHER_THAN_ZERO.
 */
export function normalizeGatewayCode(code: string): string {
  return code
    .toUpperCase()
    .replace(/['’]/g, '')
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/**
 * MSG_GENERAL_ERROR covers several unrelated problems; the gateway's `msg` tells them apart, so
 * the cashier reads what actually went wrong. Any other msg gets the general wording.
 */
const GENERAL_ERROR_VARIANTS: readonly { pattern: RegExp; variant: string }[] = [
  { pattern: /unknown card brand/i, variant: 'UNKNOWN_CARD_BRAND' },
  { pattern: /documentId were not found/i, variant: 'DOCUMENT_ID_NOT_FOUND' },
  { pattern: /enabled to process CNP/i, variant: 'MERCHANT_NOT_ENABLED_CNP' },
];

const VALIDATION_CODES = new Set(GATEWAY_ERROR_TABLE.map((row) => normalizeGatewayCode(row.code)));

/** True for the table's codes: the gateway refused our request before asking the card's issuer. */
export function isValidationCode(code: string): boolean {
  return VALIDATION_CODES.has(normalizeGatewayCode(code));
}

/** The PosError reason (and, prefixed with `error.`, the UI message key) for one gateway error. */
export function gatewayReason(code: string, msg: string): string {
  const key = normalizeGatewayCode(code);
  if (key !== 'MSG_GENERAL_ERROR') return `gateway.${key}`;
  const variant = GENERAL_ERROR_VARIANTS.find((candidate) => candidate.pattern.test(msg))?.variant;
  return variant ? `gateway.${key}.${variant}` : `gateway.${key}`;
}
