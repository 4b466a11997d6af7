/**
 * Collects what is wrong with a request the way the card gateway reports it: codes and messages from
 * its documented table, missing fields merged into one FIELDS_REQUIRED ("The following fields are
 * required: expirationDate"), all of them in the 422's `errors` list.
 */
import type { SimResponse } from '../http-kit.ts';
import { GATEWAY_ERRORS, type GatewayError, type GatewayErrorCode } from './gateway-error-table.ts';

/** The seed's catch-all code; its message says which problem it is. */
export const GENERAL = 'MSG_GENERAL_ERROR';

/**
 * Messages of ours under MSG_GENERAL_ERROR for problems the seed's table does not name (see the
 * adapter's README): the first row of the table for that code says "Unknown Card Brand.".
 */
export const SANDBOX_GENERAL_MESSAGES = {
  unknownBrand: 'Unknown Card Brand.',
  malformedJson: 'Malformed JSON request.',
  holderDocument: 'Invalid card holder document. Send the CPF or CNPJ digits only.',
  paymentType: 'Invalid payment type. Use CREDIT or DEBIT.',
  installmentsType: 'Installments must be an integer.',
  notAString: 'Text fields must be strings.',
  tokenAndCard: 'Send card data or one token, not both.',
  tokenNotFound: 'Card token not found.',
  invalidCardNumber: 'Invalid card number.',
} as const;

export interface Problems {
  /** A table code with its documented message. Returns undefined, so a reader can report and bail out in one. */
  add(code: GatewayErrorCode): undefined;
  general(msg: string): undefined;
  missing(field: string): undefined;
  readonly any: boolean;
  reply(): SimResponse;
}

export function createProblems(): Problems {
  const errors: GatewayError[] = [];
  const missing: string[] = [];
  const list = (): GatewayError[] =>
    missing.length === 0 ? errors : [...errors, { code: 'FIELDS_REQUIRED', msg: `The following fields are required: ${missing.join(', ')}` }];
  return {
    add(code) {
      errors.push({ code, msg: GATEWAY_ERRORS[code] });
      return undefined;
    },
    general(msg) {
      errors.push({ code: GENERAL, msg });
      return undefined;
    },
    missing(field) {
      missing.push(field);
      return undefined;
    },
    get any() {
      return errors.length > 0 || missing.length > 0;
    },
    reply: () => gatewayErrorReply(list()),
  };
}

export function gatewayErrorReply(errors: GatewayError[], extra: Record<string, unknown> = {}): SimResponse {
  return { status: 422, body: { errors, ...extra } };
}
