/**
 * Seed 002's answers. The seed lists response fields but its JSON examples were not captured, so
 * these shapes are our reading of those lists (see README); they are parsed strictly enough to trust
 * what the till stores and shows, and no stricter.
 */
import * as v from 'valibot';

/** "Decimal separator it a dot": a string such as "300.10", or a JSON number. */
const Money = v.union([v.number(), v.pipe(v.string(), v.regex(/^\d+(\.\d{1,2})?$/))]);
const Rate = v.union([v.number(), v.pipe(v.string(), v.regex(/^\d+(\.\d+)?$/))]);
const Id = v.pipe(v.string(), v.minLength(1));
const Timestamp = v.pipe(v.string(), v.isoTimestamp());

export const PaymentStatus = v.picklist(['pending', 'paid', 'denied', 'expired']);
export type PaymentStatus = v.InferOutput<typeof PaymentStatus>;
const Method = v.picklist(['pix', 'bank_transfer']);
const Currency = v.picklist(['USD', 'BRL']);

export const Values = v.object({ total: Money, subtotal: Money, exchange: Rate, fee: Money });
export type Values = v.InferOutput<typeof Values>;

export const PixBlock = v.object({
  qrcode: v.string(),
  reference: v.pipe(v.string(), v.startsWith('000201')),
  beneficiary: v.string(),
  /** Not in the seed's lists: the request's `expire_in` echoed back, so a consult knows when the QR dies. */
  expire_in: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});

export const BankBlock = v.object({
  name: v.string(),
  code: v.string(),
  agency: v.string(),
  account: v.string(),
  account_operation: v.string(),
  document: v.string(),
  beneficiary: v.string(),
});
export type BankBlock = v.InferOutput<typeof BankBlock>;

const CreatedCommon = { id: Id, status: PaymentStatus, values: Values };

/** `POST /v1/payment` with `payment_method: pix`. */
export const CreatedPix = v.object({ ...CreatedCommon, payment: v.object({ method: v.literal('pix') }), pix: PixBlock });
export type CreatedPix = v.InferOutput<typeof CreatedPix>;

/** `POST /v1/payment` with `payment_method: bank_transfer`. */
export const CreatedBankTransfer = v.object({
  ...CreatedCommon,
  payment: v.object({ method: v.literal('bank_transfer') }),
  bank: BankBlock,
});
export type CreatedBankTransfer = v.InferOutput<typeof CreatedBankTransfer>;

const Recorded = {
  id: Id,
  customer_id: v.string(),
  transaction_id: v.string(),
  amount: Money,
  currency: Currency,
  status: PaymentStatus,
  created_at: Timestamp,
  updated_at: Timestamp,
};

/**
 * `GET /v1/payment/{id}`: the seed's fields, plus (assumed, optional) the create answer's `values`
 * and `pix` or `bank` blocks, without which a payment found again after a timeout has no QR to show.
 */
export const PaymentDetails = v.object({
  ...Recorded,
  method: Method,
  values: v.optional(Values),
  pix: v.optional(PixBlock),
  bank: v.optional(BankBlock),
});
export type PaymentDetails = v.InferOutput<typeof PaymentDetails>;

/** One item of `GET /v1/payments`: the seed names the method `payment_method` here. */
export const PaymentListItem = v.object({ ...Recorded, payment_method: Method });
export type PaymentListItem = v.InferOutput<typeof PaymentListItem>;

/** The list's envelope is not in the seed; we assume `{ data, page, limit, total }` (see README). */
export const PaymentPage = v.object({
  data: v.array(PaymentListItem),
  page: v.pipe(v.number(), v.integer(), v.minValue(1)),
  limit: v.pipe(v.number(), v.integer(), v.minValue(1)),
  total: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type PaymentPage = v.InferOutput<typeof PaymentPage>;
