/**
 * The sandbox's answers, in the shapes the adapter's README documents (seed 002 lists the fields but
 * its JSON examples were not captured). Money goes out as dot-decimal strings, as the seed asks.
 */
import { centsToDecimalString } from '../../../src-shared/money.ts';
import { DEFAULT_EXPIRE_IN_SECONDS, SANDBOX_BENEFICIARY, type StoredPayment } from './payment-store.ts';

/** The account every sandbox bank transfer deposits into: a made-up bank code, a valid-format CNPJ. */
export const SANDBOX_BANK = {
  name: 'Banco Sandbox S.A.',
  code: '999',
  agency: '0001-9',
  account: '123456-7',
  account_operation: 'current account',
  document: '11222333000181',
  beneficiary: SANDBOX_BENEFICIARY,
} as const;

const iso = (ms: number) => new Date(ms).toISOString();

function values(payment: StoredPayment) {
  return {
    total: centsToDecimalString(payment.price.totalCents),
    subtotal: centsToDecimalString(payment.price.subtotalCents),
    exchange: payment.price.exchange,
    fee: centsToDecimalString(payment.price.feeCents),
  };
}

/** `pix` or `bank`, by method; the PIX block also echoes `expire_in` (our assumption, see README). */
function methodBlock(payment: StoredPayment) {
  if (payment.brCode === undefined) return { bank: { ...SANDBOX_BANK } };
  return {
    pix: {
      qrcode: payment.brCode,
      reference: payment.brCode,
      beneficiary: SANDBOX_BENEFICIARY,
      expire_in: payment.input.pix?.expire_in ?? DEFAULT_EXPIRE_IN_SECONDS,
    },
  };
}

function recorded(payment: StoredPayment) {
  return {
    id: payment.id,
    customer_id: payment.input.customer_id,
    transaction_id: payment.input.transaction.id,
    amount: centsToDecimalString(payment.input.amountCents),
    currency: payment.input.currency,
    status: payment.status,
  };
}

/** `POST /v1/payment`: the seed's "Response details" list. */
export function presentCreated(payment: StoredPayment) {
  return {
    id: payment.id,
    status: payment.status,
    payment: { method: payment.input.payment_method },
    values: values(payment),
    ...methodBlock(payment),
  };
}

/** `GET /v1/payment/{id}`: the seed's fields, plus the create's `values` and `pix`/`bank` blocks. */
export function presentDetails(payment: StoredPayment) {
  return {
    ...recorded(payment),
    method: payment.input.payment_method,
    created_at: iso(payment.createdAt),
    updated_at: iso(payment.updatedAt),
    values: values(payment),
    ...methodBlock(payment),
  };
}

/** One item of `GET /v1/payments`: exactly the seed's list. */
export function presentListItem(payment: StoredPayment) {
  return {
    ...recorded(payment),
    payment_method: payment.input.payment_method,
    created_at: iso(payment.createdAt),
    updated_at: iso(payment.updatedAt),
  };
}
