/**
 * Reads the card gateway's answers (seed 004) into the till's types: a 201 `card_payment` becomes a
 * CardCharge, a 422 is either a decline by the card's issuer (a CardCharge with `decline`) or a
 * refusal of our request (PosError with reason `gateway.<CODE>`).
 */
import * as v from 'valibot';
import { badResponse, type PosError, providerRejected, redactDigits } from '../../core/errors.ts';
import type { CardChargeStatus, CardCharge, CardPaymentType, CardSummary, SavedCard } from '../provider.ts';
import { CardPaymentResponse, GatewayErrorResponse, TokenizeResponse } from './card-payment-schemas.ts';
import { gatewayReason, isValidationCode } from './gateway-errors.ts';

/** What the till asked for, to fill in what an answer leaves out (a 422 carries no installments). */
export interface ChargeContext {
  amountCents: number;
  paymentType: CardPaymentType;
  installments: number;
  reference: string | undefined;
  /** What we know of the card before sending; nothing for a saved card. */
  card: CardSummary | undefined;
  nowMs: number;
}

/** `transaction_status` as the seed lists it (pending, pre_authorized, authorized, denied, canceled, expired, refunded, waiting), plus the 422's REJECTED. */
const TRANSACTION_STATUS: Record<string, CardChargeStatus> = {
  authorized: 'approved',
  // The issuer approved and holds the money; the seed documents no separate capture call.
  pre_authorized: 'approved',
  pending: 'pending',
  waiting: 'pending',
  denied: 'declined',
  rejected: 'declined',
  canceled: 'cancelled',
  expired: 'cancelled',
  refunded: 'refunded',
};

/** `status` (accepted, reject, waiting_3ds_authentication; the example says approved) overrides only where it is more final. */
export function cardChargeStatus(status: string, transactionStatus: string): CardChargeStatus | undefined {
  const overall = status.toLowerCase();
  if (overall === 'reject' || overall === 'rejected') return 'declined';
  // 3-D Secure needs the customer in a browser; at the till the charge just stays pending.
  if (overall === 'waiting_3ds_authentication') return 'pending';
  return TRANSACTION_STATUS[transactionStatus.toLowerCase()];
}


function paymentTypeOf(value: string | null | undefined, fallback: CardPaymentType): CardPaymentType {
  const lower = value?.toLowerCase();
  return lower === 'credit' || lower === 'debit' ? lower : fallback;
}

/** The 201 (or 200) body of `POST /v1/card_payments`. */
export function parseCardPayment(body: unknown, where: string, context: ChargeContext): CardCharge {
  const parsed = v.safeParse(CardPaymentResponse, body);
  if (!parsed.success) throw badResponse(where);
  const payment = parsed.output.card_payment;
  const status = cardChargeStatus(payment.status, payment.transaction_status);
  if (!status) throw badResponse(where);
  return {
    id: payment.muid,
    status,
    amountCents: payment.amount,
    paymentType: paymentTypeOf(payment.payment_type, context.paymentType),
    installments: payment.installments ?? context.installments,
    card: {
      brand: payment.brand ?? context.card?.brand ?? '',
      first6: payment.first_digits ?? context.card?.first6 ?? '',
      last4: payment.last_digits,
    },
    authorizationCode: payment.authorization_code ?? undefined,
    decline:
      status === 'declined'
        ? { code: payment.transaction_status.toUpperCase(), message: redactDigits(payment.status) }
        : undefined,
    reference: payment.external_id ?? context.reference,
    createdAt: payment.created_at,
  };
}

/** A 422 body, or undefined when it is not the documented shape. */
export function readGatewayError(body: unknown): GatewayErrorResponse | undefined {
  const parsed = v.safeParse(GatewayErrorResponse, body);
  return parsed.success ? parsed.output : undefined;
}

/** Codes outside the gateway's validation table (AUTHORIZER_REJECTED...) are the issuer's answer about the card. */
export function isDecline(error: GatewayErrorResponse): boolean {
  return !isValidationCode(error.errors[0]?.code ?? '');
}

/** A decline as the charge it is: nothing was charged, and the cashier sees the issuer's reason. */
export function declinedCharge(error: GatewayErrorResponse, context: ChargeContext): CardCharge {
  const first = error.errors[0] ?? { code: '', msg: '' };
  return {
    id: error.muid ?? '',
    status: 'declined',
    amountCents: context.amountCents,
    paymentType: context.paymentType,
    installments: context.installments,
    card: {
      brand: context.card?.brand ?? '',
      first6: context.card?.first6 ?? '',
      last4: error.last_digits ?? context.card?.last4 ?? '',
    },
    authorizationCode: undefined,
    decline: { code: first.code, message: redactDigits(first.msg) },
    reference: context.reference,
    createdAt: new Date(context.nowMs).toISOString(),
  };
}

/** A refusal from the gateway's table: the first error decides the reason (and the message the cashier reads). */
export function gatewayRefusal(error: GatewayErrorResponse, where: string): PosError {
  const first = error.errors[0] ?? { code: '', msg: '' };
  const reason = isValidationCode(first.code) ? gatewayReason(first.code, first.msg) : 'card.declined';
  return providerRejected(reason, `The card gateway refused ${where}: ${first.code} (${redactDigits(first.msg)})`);
}

/** `POST /v1/tokenize_card`'s 201 body (assumed, see README) and what the till asked to save. */
export function parseTokenized(body: unknown, where: string, saved: { holderName: string; expiry: string }): SavedCard {
  const parsed = v.safeParse(TokenizeResponse, body);
  if (!parsed.success) throw badResponse(where);
  const token = parsed.output;
  return {
    id: token.slug_token,
    card: { brand: token.brand, first6: token.first_digits, last4: token.last_digits },
    holderName: saved.holderName,
    expiry: saved.expiry,
  };
}
