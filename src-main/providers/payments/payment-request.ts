/**
 * The body of `POST /v1/payment` (seed 002), built only after every documented field rule holds:
 * a refusal at the counter costs nothing, a refusal by the provider costs a round trip and a
 * message the cashier cannot act on.
 */
import { invalidInput } from '../../core/errors.ts';
import { centsToDecimalString, type Cents } from '../../../src-shared/money.ts';
import type { Payer } from '../provider.ts';
import { isValidCpf } from '../../../src-shared/document-checks.ts';

export const PAYMENT_CURRENCIES = ['USD', 'BRL'] as const;
export type PaymentCurrency = (typeof PAYMENT_CURRENCIES)[number];
export type PaymentMethod = 'pix' | 'bank_transfer';

/** `amount` is "decimal (10,2), min: 2": at least 2.00 and at most eight digits before the point. */
export const MIN_PAYMENT_CENTS: Cents = 200;
export const MAX_PAYMENT_CENTS: Cents = 9_999_999_999;
/** `expire_in` is "integer (11)": a MySQL INT, whose display width is 11 and whose ceiling is 2^31 - 1. */
export const MAX_EXPIRE_IN_SECONDS = 2_147_483_647;

export interface PaymentOrder {
  method: PaymentMethod;
  amountCents: Cents;
  /** As the shop configured it; the API would silently take USD if we left it out. */
  currency: string;
  payer: Payer | undefined;
  callbackUrl: string;
  branch: string | undefined;
  /** Our sale id, sent as `transaction.id`: how we find the payment again after a timeout. */
  transactionId: string;
  /** PIX only: `pix.expire_in`. */
  expiresInSeconds?: number;
}

export interface PaymentBody {
  customer_id: string;
  branch?: string;
  name: string;
  email: string;
  document: string;
  amount: string;
  currency: PaymentCurrency;
  payment_method: PaymentMethod;
  callback: string;
  transaction: { id: string };
  pix?: { expire_in: number };
}

function length(text: string): number {
  return [...text].length;
}

function checkedPayer(payer: Payer | undefined): { name: string; email: string; document: string } {
  if (!payer) throw invalidInput('payer.required', "This provider needs the payer's name, e-mail and CPF", 'payer');
  const name = payer.name.trim();
  if (length(name) < 3 || length(name) > 150) {
    throw invalidInput('payer.name_length', "The payer's name must have 3 to 150 characters", 'name');
  }
  const email = (payer.email ?? '').trim();
  if (email === '') throw invalidInput('payer.email_required', "The payer's e-mail is required", 'email');
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    throw invalidInput('payer.email_format', "The payer's e-mail is not an e-mail address", 'email');
  }
  // The seed really says min 30: short addresses such as ana@gmail.com are refused by the provider.
  if (length(email) < 30 || length(email) > 255) {
    throw invalidInput('payer.email_length', "The payer's e-mail must have 30 to 255 characters", 'email');
  }
  if (!isValidCpf(payer.document)) {
    throw invalidInput('payer.cpf_invalid', "The payer's document must be a valid CPF (11 digits)", 'document');
  }
  return { name, email, document: payer.document };
}

function checkedCurrency(currency: string): PaymentCurrency {
  const found = PAYMENT_CURRENCIES.find((candidate) => candidate === currency);
  if (!found) throw invalidInput('payment.currency_unsupported', 'The currency must be USD or BRL', 'currency');
  return found;
}

function checkAmount(cents: Cents): void {
  if (!Number.isSafeInteger(cents)) {
    throw invalidInput('payment.amount_not_cents', 'The amount must be whole centavos', 'amount');
  }
  if (cents < MIN_PAYMENT_CENTS) {
    throw invalidInput('payment.amount_below_minimum', 'The amount must be at least 2.00', 'amount');
  }
  if (cents > MAX_PAYMENT_CENTS) {
    throw invalidInput('payment.amount_too_large', 'The amount must be at most 99999999.99', 'amount');
  }
}

function checkCallback(url: string): void {
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  const web = parsed?.protocol === 'http:' || parsed?.protocol === 'https:';
  if (!web || length(url) < 30 || length(url) > 250) {
    throw invalidInput('payment.callback_invalid', 'The callback must be an http(s) URL of 30 to 250 characters', 'callback');
  }
}

function checkExpireIn(seconds: number): void {
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > MAX_EXPIRE_IN_SECONDS) {
    throw invalidInput('payment.expire_in_invalid', 'The PIX lifetime must be a whole, positive number of seconds', 'pix.expire_in');
  }
}

/** Throws `invalid_input` with a `payer.*` or `payment.*` reason and the API's field name; never touches the network. */
export function buildPaymentBody(order: PaymentOrder): PaymentBody {
  const payer = checkedPayer(order.payer);
  checkAmount(order.amountCents);
  const currency = checkedCurrency(order.currency);
  checkCallback(order.callbackUrl);
  if (length(order.transactionId) < 1 || length(order.transactionId) > 255) {
    throw invalidInput('payment.transaction_id_length', 'The transaction id must have 1 to 255 characters', 'transaction.id');
  }
  if (order.branch !== undefined && (length(order.branch) < 1 || length(order.branch) > 255)) {
    throw invalidInput('payment.branch_length', 'The branch must have 1 to 255 characters', 'branch');
  }
  if (order.expiresInSeconds !== undefined) checkExpireIn(order.expiresInSeconds);
  return {
    // The till keeps no customer records: the CPF is the one stable id it has for a customer (11 characters, within 1..255).
    customer_id: payer.document,
    ...(order.branch !== undefined && { branch: order.branch }),
    ...payer,
    amount: centsToDecimalString(order.amountCents),
    currency,
    payment_method: order.method,
    callback: order.callbackUrl,
    transaction: { id: order.transactionId },
    ...(order.expiresInSeconds !== undefined && { pix: { expire_in: order.expiresInSeconds } }),
  };
}
