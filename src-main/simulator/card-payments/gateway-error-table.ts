/**
 * The rows of seed 004's "Tabela de Erros do Gateway" that a request to this sandbox can run into,
 * code and message as the seed prints them (its "can't the higher" included). This is the sandbox's
 * own copy, taken from the seed: the adapter reads the same table on its side, so a slip in either
 * copy shows up as a failing test instead of being agreed with.
 */
export const GATEWAY_ERRORS = {
  MIN_INSTALLMENTS: "Installments can't be lower than 1",
  MAX_INSTALLMENTS: "Installments can't the higher than 12",
  INVALID_MONTH_NUMBER: 'Incorrect expiration date. Invalid month number.',
  INCORRECT_EXPIRATION_DATE: 'Incorrect expiration date. Correct format is MMyyyy.',
  EXPIRATION_DATE_NON_NUMERIC: 'Expiration date has non-numeric character.',
  // The first of the table's three MSG_GENERAL_ERROR rows: a card number that is empty or over 19 digits.
  MSG_GENERAL_ERROR: 'Unknown Card Brand.',
  AMOUNT_REQUIRED: 'Amount required.',
  CURRENCY_REQUIRED: 'Currency required.',
  INVALID_CVV: 'Invalid CVV. CVV should be 3 digits.',
  CURRENCY_NOT_SUPPORTED: 'Currency not supported. Please refer to our documentation to see supported currencies.',
  CURRENCY_INVALID_FORMAT: 'Currency must be notated in ISO 4217 currency code.',
  INVALID_AMOUNT: 'Invalid Amount',
  AMOUNT_NOT_SUPPORTED: "Amount can't be higher than 100 million",
  AMOUNT_OUT_OF_BOUNDS: 'Amount value out of bounds (max 2 digits expected for fraction)',
} as const;

export type GatewayErrorCode = keyof typeof GATEWAY_ERRORS;

/** One entry of a 422's `errors` list. */
export interface GatewayError {
  code: string;
  msg: string;
}
