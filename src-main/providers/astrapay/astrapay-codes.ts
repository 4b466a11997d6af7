/**
 * Astrapay's codes the cashier may see, each with a message under `error.astrapay.<CODE>` in
 * src-renderer/src/lib/messages/providers/astrapay.ts. The seeds give none of them: these are the
 * codes our sandbox answers with, documented in README.md.
 */

/** Business refusals in 4xx error bodies `{ code, message }`: the request was well formed but not allowed. */
export const ASTRAPAY_REFUSAL_CODES = [
  'CHARGE_NOT_PAID',
  'REFUND_EXCEEDS_AVAILABLE',
  'TRANSACTION_NOT_CANCELLABLE',
  'CANCEL_EXCEEDS_AVAILABLE',
  'INVALID_QRCODE',
  'CARD_VERIFICATION_FAILED',
] as const;

/** Why the issuer declined a card transaction (`returnCode` of a DECLINED transaction). */
export const ASTRAPAY_DECLINE_CODES = ['INSUFFICIENT_FUNDS', 'DO_NOT_HONOR', 'EXPIRED_CARD', 'INVALID_SECURITY_CODE', 'DECLINED'] as const;

export type AstrapayRefusalCode = (typeof ASTRAPAY_REFUSAL_CODES)[number];

export function isRefusalCode(code: string): code is AstrapayRefusalCode {
  return (ASTRAPAY_REFUSAL_CODES as readonly string[]).includes(code);
}
