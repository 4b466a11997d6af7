/** Astrapay PIX Charge API shapes (seed 001), parsed strictly enough to trust what we store. */
import * as v from 'valibot';

export const Amount = v.union([v.number(), v.pipe(v.string(), v.regex(/^\d+(\.\d{1,2})?$/))]);
const Timestamp = v.pipe(v.string(), v.isoTimestamp());

export const DynamicCharge = v.object({
  txid: v.pipe(v.string(), v.minLength(1), v.maxLength(35)),
  amount: Amount,
  status: v.object({ code: v.string(), description: v.string() }),
  pixCopyAndPaste: v.pipe(v.string(), v.startsWith('000201')),
  qrCodeBase64: v.optional(v.string()),
  description: v.optional(v.nullable(v.string())),
  userReference: v.optional(v.nullable(v.string())),
  calendar: v.object({ creationDate: Timestamp, expirationDate: Timestamp }),
});
export type DynamicCharge = v.InferOutput<typeof DynamicCharge>;

/** Every list's paging envelope is not in the seed; we assume Spring-style `content` (see README). */
export function pageOf<S extends v.GenericSchema>(item: S) {
  return v.object({
    content: v.array(item),
    page: v.number(),
    size: v.number(),
    totalElements: v.number(),
    totalPages: v.optional(v.number()),
  });
}

export const DynamicChargePage = pageOf(DynamicCharge);

export type ChargeStatusDescription = 'ACTIVE' | 'PAID' | 'EXPIRED' | 'PARTIALLY REFUNDED' | 'REFUNDED';

/**
 * A refund as we assume Astrapay answers it (the seed shows only the request). The status is read
 * as a plain string or, like the charge's, as `{ code, description }`.
 */
export const Refund = v.object({
  refundId: v.pipe(v.string(), v.minLength(1)),
  txid: v.pipe(v.string(), v.minLength(1)),
  amount: Amount,
  description: v.optional(v.nullable(v.string())),
  status: v.union([v.string(), v.object({ code: v.string(), description: v.string() })]),
  statusReason: v.optional(v.nullable(v.string())),
  creationDate: Timestamp,
});
export type Refund = v.InferOutput<typeof Refund>;

export const RefundPage = pageOf(Refund);

/** Static encode: we assume the dynamic charge's pair of fields (see README). */
export const StaticEncoded = v.object({
  pixCopyAndPaste: v.pipe(v.string(), v.startsWith('000201')),
  qrCodeBase64: v.optional(v.string()),
});

/** Static decode: we assume the encode request's fields come back. */
export const StaticDecoded = v.object({
  keyPix: v.pipe(v.string(), v.minLength(1)),
  merchantName: v.string(),
  merchantCity: v.string(),
  amount: v.optional(v.nullable(Amount)),
  txid: v.optional(v.nullable(v.string())),
});
export type StaticDecoded = v.InferOutput<typeof StaticDecoded>;
