/**
 * The sandbox's strict reading of a `POST /v1/payment` body, rule by rule from seed 002. Every broken
 * rule is reported (not just the first), grouped by field, so an integrator fixes them in one go.
 */
import * as v from 'valibot';
import { isValidCpf } from '../../../src-shared/document-checks.ts';
import { decimalToCents, type Cents } from '../../../src-shared/money.ts';

/** Counted in characters, as the provider's (PHP, mb_strlen) limits are, not in UTF-16 units. */
function text(field: string, min: number, max: number) {
  return v.pipe(
    v.string(`The ${field} field is required and must be a string.`),
    v.check((value) => [...value].length >= min, `The ${field} must be at least ${min} characters.`),
    v.check((value) => [...value].length <= max, `The ${field} may not be greater than ${max} characters.`),
  );
}

const Body = v.strictObject(
  {
    customer_id: text('customer_id', 1, 255),
    branch: v.optional(text('branch', 1, 255)),
    name: text('name', 3, 150),
    email: v.pipe(text('email', 30, 255), v.email('The email must be a valid email address.')),
    document: v.pipe(
      v.string('The document field is required and must be a string.'),
      v.regex(/^\d{11}$/, 'The document must be a CPF: 11 digits, no dots or dashes.'),
      v.check(isValidCpf, 'The document must be a valid CPF.'),
    ),
    amount: v.union([v.number(), v.string()], 'The amount field is required.'),
    currency: v.optional(v.picklist(['USD', 'BRL'], 'The currency must be USD or BRL.'), 'USD'),
    payment_method: v.picklist(['pix', 'bank_transfer'], 'The payment_method must be pix or bank_transfer.'),
    callback: v.pipe(
      text('callback', 30, 250),
      v.check((value) => /^https?:$/.test(URL.canParse(value) ? new URL(value).protocol : ''), 'The callback must be an http(s) URL.'),
    ),
    transaction: v.strictObject(
      { id: text('transaction.id', 1, 255) },
      'The transaction field is required and must be an object with an id.',
    ),
    pix: v.optional(
      v.strictObject({
        expire_in: v.optional(
          v.pipe(
            v.number('The pix.expire_in must be an integer.'),
            v.integer('The pix.expire_in must be an integer.'),
            v.minValue(1, 'The pix.expire_in must be at least 1.'),
            v.maxValue(2_147_483_647, 'The pix.expire_in may not be greater than 2147483647.'),
          ),
        ),
      }, 'The pix field must be an object.'),
    ),
  },
  'The body must be a JSON object.',
);

export type ValidPayment = Omit<v.InferOutput<typeof Body>, 'amount'> & { amountCents: Cents };

export type Checked = { ok: true; value: ValidPayment } | { ok: false; errors: Record<string, string[]> };

/** decimal (10,2), "min: 2", dot as separator. */
function amountProblem(amount: number | string): string | Cents {
  const written = typeof amount === 'number' ? String(amount) : amount;
  if (/^\d+,\d+$/.test(written)) return 'The amount must use a dot as the decimal separator.';
  if (!/^\d{1,8}(\.\d{1,2})?$/.test(written)) return 'The amount must be a decimal with up to 8 digits and 2 decimals.';
  const cents = decimalToCents(written) ?? 0;
  return cents < 200 ? 'The amount must be at least 2.' : cents;
}

function messageOf(issue: v.BaseIssue<unknown>, field: string): string {
  if (issue.expected === 'never') return 'This field is not part of the API.';
  // An object's issue about one of its keys is a missing key.
  if (issue.type === 'strict_object' && issue.input === undefined && issue.path?.length) return `The ${field} field is required.`;
  return issue.message;
}

export function validatePayment(body: unknown): Checked {
  const parsed = v.safeParse(Body, body);
  const errors: Record<string, string[]> = {};
  const complain = (field: string, message: string) => (errors[field] ??= []).push(message);
  if (!parsed.success) {
    for (const issue of parsed.issues) {
      const field = issue.path?.map((item) => String(item.key)).join('.') ?? 'body';
      complain(field, messageOf(issue, field));
    }
  }
  // Checked on the raw body too, so a bad amount is reported alongside the other fields' problems.
  const raw: unknown = typeof body === 'object' && body !== null && 'amount' in body ? body.amount : undefined;
  const amount = typeof raw === 'number' || typeof raw === 'string' ? amountProblem(raw) : undefined;
  if (typeof amount === 'string') complain('amount', amount);
  if (!parsed.success || typeof amount !== 'number') return { ok: false, errors };
  const { amount: _amount, ...rest } = parsed.output;
  return { ok: true, value: { ...rest, amountCents: amount } };
}
