/**
 * Astrapay credit card API shapes. Seed 000 names the operations only; these are our assumptions,
 * in the PIX API's style (camelCase, `status: { code, description }`), written out in README.md.
 */
import * as v from 'valibot';
import { Amount, pageOf } from './pix-schemas.ts';

const Timestamp = v.pipe(v.string(), v.isoTimestamp());
const Digits = (count: number) => v.pipe(v.string(), v.regex(new RegExp(`^\\d{${count}}$`)));

const CardInfo = v.object({
  brand: v.pipe(v.string(), v.minLength(1)),
  firstSixDigits: Digits(6),
  lastFourDigits: Digits(4),
  holderName: v.optional(v.nullable(v.string())),
});

export const CardTransaction = v.object({
  transactionId: v.pipe(v.string(), v.minLength(1)),
  status: v.object({ code: v.string(), description: v.string() }),
  amount: Amount,
  cancelledAmount: v.optional(v.nullable(Amount)),
  installments: v.pipe(v.number(), v.integer(), v.minValue(1)),
  authorizationCode: v.optional(v.nullable(v.string())),
  returnCode: v.optional(v.nullable(v.string())),
  returnMessage: v.optional(v.nullable(v.string())),
  card: CardInfo,
  userReference: v.optional(v.nullable(v.string())),
  creationDate: Timestamp,
});
export type CardTransaction = v.InferOutput<typeof CardTransaction>;

export const CardTransactionPage = pageOf(CardTransaction);

export const TokenizedCard = v.object({
  cardToken: v.pipe(v.string(), v.minLength(1)),
  card: v.object({
    ...CardInfo.entries,
    holderName: v.string(),
    expirationMonth: Digits(2),
    expirationYear: Digits(4),
  }),
  creationDate: Timestamp,
});
export type TokenizedCard = v.InferOutput<typeof TokenizedCard>;

export const TokenizedCardPage = pageOf(TokenizedCard);
