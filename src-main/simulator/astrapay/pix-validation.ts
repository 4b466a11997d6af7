/** The sandbox's strict reading of a dynamic-charge request body (seed 001; limits we assume are in the README). */
import * as v from 'valibot';
import { decimalToCents, MAX_AMOUNT_CENTS, type Cents } from '../../../src-shared/money.ts';
import { firstIssue } from './valibot-issue.ts';

const Debtor = v.pipe(
  v.strictObject({
    name: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
    naturalPersonIdentification: v.optional(v.pipe(v.string(), v.regex(/^\d{11}$/, 'CPF must have 11 digits'))),
    legalPersonIdentification: v.optional(v.pipe(v.string(), v.regex(/^\d{14}$/, 'CNPJ must have 14 digits'))),
  }),
  v.check(
    (debtor) => !(debtor.naturalPersonIdentification && debtor.legalPersonIdentification),
    'debtor takes naturalPersonIdentification or legalPersonIdentification, not both',
  ),
);

const Body = v.strictObject({
  amount: v.pipe(v.number('amount is required'), v.minValue(0.01, 'amount must be at least 0.01')),
  expiration: v.optional(v.pipe(v.number(), v.integer('expiration must be whole seconds'), v.minValue(1)), 3600),
  description: v.optional(v.pipe(v.string(), v.maxLength(140))),
  userReference: v.optional(v.pipe(v.string(), v.maxLength(255))),
  debtor: v.optional(Debtor),
  validateDebtor: v.optional(v.boolean()),
});

export interface DynamicChargeInput {
  amountCents: Cents;
  expiration: number;
  description?: string | undefined;
  userReference?: string | undefined;
  debtor?: v.InferOutput<typeof Debtor> | undefined;
  validateDebtor?: boolean | undefined;
}

export function validateDynamicCharge(body: unknown): { ok: true; value: DynamicChargeInput } | { ok: false; message: string } {
  const parsed = v.safeParse(Body, body);
  if (!parsed.success) return { ok: false, message: firstIssue(parsed.issues) };
  const amountCents = decimalToCents(String(parsed.output.amount));
  if (amountCents === undefined) return { ok: false, message: 'amount: at most 2 decimal places' };
  if (amountCents > MAX_AMOUNT_CENTS) return { ok: false, message: 'amount: too large' };
  const { amount: _amount, ...rest } = parsed.output;
  return { ok: true, value: { ...rest, amountCents } };
}
