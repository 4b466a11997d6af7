/** Astrapay's PIX answers (seed 001 and our documented assumptions) mapped to the till's types. */
import { decimalToCents, type Cents } from '../../../src-shared/money.ts';
import type { PixCharge, PixChargeStatus, PixRefund, RefundStatus, StaticPixDecoded } from '../provider.ts';
import { badResponse } from '../../core/errors.ts';
import type { DynamicCharge, Refund, StaticDecoded } from './pix-schemas.ts';

const CHARGE_STATUS: Record<string, PixChargeStatus> = {
  ACTIVE: 'active',
  PAID: 'paid',
  EXPIRED: 'expired',
  'PARTIALLY REFUNDED': 'partially_refunded',
  REFUNDED: 'refunded',
};

const REFUND_STATUS: Record<string, RefundStatus> = {
  PROCESSING: 'processing',
  COMPLETED: 'completed',
  FAILED: 'failed',
  CANCELLED: 'cancelled',
};

export function centsOf(amount: number | string, where: string): Cents {
  const cents = decimalToCents(amount);
  if (cents === undefined || cents < 0) throw badResponse(where);
  return cents;
}

export function toPixCharge(charge: DynamicCharge): PixCharge {
  const status = CHARGE_STATUS[charge.status.description.toUpperCase()];
  if (!status) throw badResponse('a PIX charge (unknown status)');
  return {
    txid: charge.txid,
    amountCents: centsOf(charge.amount, 'a PIX charge'),
    status,
    copyAndPaste: charge.pixCopyAndPaste,
    createdAt: charge.calendar.creationDate,
    expiresAt: charge.calendar.expirationDate,
    userReference: charge.userReference ?? undefined,
  };
}

export function toPixRefund(refund: Refund): PixRefund {
  const name = typeof refund.status === 'string' ? refund.status : refund.status.description;
  const status = REFUND_STATUS[name.toUpperCase()];
  if (!status) throw badResponse('a PIX refund (unknown status)');
  return {
    id: refund.refundId,
    txid: refund.txid,
    amountCents: centsOf(refund.amount, 'a PIX refund'),
    status,
    statusReason: refund.statusReason ?? undefined,
    createdAt: refund.creationDate,
  };
}

export function toStaticDecoded(decoded: StaticDecoded): StaticPixDecoded {
  return {
    pixKey: decoded.keyPix,
    merchantName: decoded.merchantName,
    merchantCity: decoded.merchantCity,
    amountCents: decoded.amount === undefined || decoded.amount === null ? undefined : centsOf(decoded.amount, 'a static QR'),
    txid: decoded.txid ?? undefined,
  };
}
