/**
 * What we send to Astrapay's PIX Charge API (seed 001), built from our own request types. Pure
 * functions, so the seed's request examples can be checked against them.
 */
import type {
  CreatePixCharge,
  CreatePixRefund,
  Payer,
  PixChargeFilter,
  PixChargeStatus,
  RefundFilter,
  StaticPixRequest,
} from '../provider.ts';
import type { ChargeStatusDescription } from './pix-schemas.ts';

export const CHARGE_STATUS_NAMES: Partial<Record<PixChargeStatus, ChargeStatusDescription>> = {
  active: 'ACTIVE',
  paid: 'PAID',
  expired: 'EXPIRED',
  partially_refunded: 'PARTIALLY REFUNDED',
  refunded: 'REFUNDED',
};

/** Astrapay takes a CPF as `naturalPersonIdentification` and a CNPJ as `legalPersonIdentification`. */
export function documentField(document: string): 'naturalPersonIdentification' | 'legalPersonIdentification' {
  return document.length === 11 ? 'naturalPersonIdentification' : 'legalPersonIdentification';
}

function debtorOf(payer: Payer) {
  return { name: payer.name, [documentField(payer.document)]: payer.document };
}

export function dynamicChargeBody(request: CreatePixCharge) {
  return {
    amount: request.amountCents / 100,
    expiration: request.expiresInSeconds,
    description: request.description,
    userReference: request.userReference,
    ...(request.payer && { debtor: debtorOf(request.payer), validateDebtor: request.onlyPayerMayPay ?? false }),
  };
}

export function chargeListQuery(filter: PixChargeFilter) {
  return {
    initialDate: filter.from.toISOString(),
    endDate: filter.to.toISOString(),
    status: filter.status && CHARGE_STATUS_NAMES[filter.status],
    ...(filter.document && { [documentField(filter.document)]: filter.document }),
    userReference: filter.userReference,
    page: filter.page,
    size: filter.pageSize,
  };
}

export function refundBody(request: CreatePixRefund) {
  return { txid: request.txid, amount: request.amountCents / 100, description: request.description };
}

export function refundListQuery(filter: RefundFilter) {
  return {
    initialDate: filter.from.toISOString(),
    endDate: filter.to.toISOString(),
    status: filter.status?.toUpperCase(),
    statusReason: filter.statusReason,
    page: filter.page,
    size: filter.pageSize,
  };
}

export function staticEncodeBody(request: StaticPixRequest) {
  return {
    keyPix: request.pixKey,
    merchantName: request.merchantName,
    merchantCity: request.merchantCity,
    ...(request.amountCents !== undefined && { amount: request.amountCents / 100 }),
    ...(request.txid !== undefined && { txid: request.txid }),
  };
}

/** The seed spells the field `copyPast`; we send it as spelled. */
export function staticDecodeBody(copyAndPaste: string) {
  return { copyPast: copyAndPaste };
}
