/** Astrapay PIX Charge API shapes (seed 001), parsed strictly enough to trust what we store. */
import * as v from 'valibot';

const Amount = v.union([v.number(), v.pipe(v.string(), v.regex(/^\d+(\.\d{1,2})?$/))]);

export const DynamicCharge = v.object({
  txid: v.pipe(v.string(), v.minLength(1), v.maxLength(35)),
  amount: Amount,
  status: v.object({ code: v.string(), description: v.string() }),
  pixCopyAndPaste: v.pipe(v.string(), v.startsWith('000201')),
  qrCodeBase64: v.optional(v.string()),
  description: v.optional(v.nullable(v.string())),
  userReference: v.optional(v.nullable(v.string())),
  calendar: v.object({
    creationDate: v.pipe(v.string(), v.isoTimestamp()),
    expirationDate: v.pipe(v.string(), v.isoTimestamp()),
  }),
});
export type DynamicCharge = v.InferOutput<typeof DynamicCharge>;

/** The list's paging envelope is not in the seed; we assume Spring-style `content` (see README). */
export const DynamicChargePage = v.object({
  content: v.array(DynamicCharge),
  page: v.number(),
  size: v.number(),
  totalElements: v.number(),
});

export const CHARGE_STATUSES = ['ACTIVE', 'PAID', 'EXPIRED', 'PARTIALLY REFUNDED', 'REFUNDED'] as const;
export type ChargeStatusDescription = (typeof CHARGE_STATUSES)[number];
