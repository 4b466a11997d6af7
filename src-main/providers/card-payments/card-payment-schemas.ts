/** The card gateway's answers (seed 004), parsed strictly enough to trust what the till records. */
import * as v from 'valibot';

const Text = v.pipe(v.string(), v.minLength(1));
const OptionalText = v.optional(v.nullable(v.string()));

/** The 201 body: `{ "card_payment": { ... } }`. Fields the till does not use are not required. */
export const CardPaymentResponse = v.object({
  card_payment: v.object({
    muid: Text,
    external_id: OptionalText,
    amount: v.pipe(v.number(), v.integer(), v.minValue(0)),
    status: Text,
    transaction_status: Text,
    last_digits: v.pipe(v.string(), v.regex(/^\d{4}$/)),
    first_digits: v.optional(v.nullable(v.pipe(v.string(), v.regex(/^\d{6}$/)))),
    installments: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1)))),
    brand: OptionalText,
    payment_type: OptionalText,
    authorization_code: OptionalText,
    created_at: v.pipe(v.string(), v.isoTimestamp()),
  }),
});
export type CardPaymentResponse = v.InferOutput<typeof CardPaymentResponse>;

/** The 422 body: always an `errors` list; a decline also carries the transaction's identifiers (we keep two). */
export const GatewayErrorResponse = v.object({
  errors: v.pipe(v.array(v.object({ code: v.string(), msg: v.string() })), v.minLength(1)),
  muid: OptionalText,
  last_digits: OptionalText,
});
export type GatewayErrorResponse = v.InferOutput<typeof GatewayErrorResponse>;

/** `POST /v1/tokenize_card`'s answer. Not in the seed: assumed, see README. */
export const TokenizeResponse = v.object({
  slug_token: v.pipe(v.string(), v.regex(/^[A-Za-z0-9]{32}$/)),
  last_digits: v.pipe(v.string(), v.regex(/^\d{4}$/)),
  first_digits: v.pipe(v.string(), v.regex(/^\d{6}$/)),
  brand: Text,
});
export type TokenizeResponse = v.InferOutput<typeof TokenizeResponse>;
