/**
 * The PIX payer some providers demand (name, CPF, e-mail), checked before the charge is asked for,
 * and the `sale.startPix` input that carries it.
 */
import type { OperationInput } from '../../../src-preload/contract.ts';
import type { Cents } from '../../../src-shared/money.ts';
import { isValidCpf, normalizeDocument } from '../../../src-shared/document-checks.ts';
import type { MessageKey } from './i18n.ts';

export interface PayerFields {
  name: string;
  document: string;
  email: string;
}

/** As `sale.startPix` takes it: `payer: { name, document, email }`, the CPF in digits only. */
export interface Payer {
  name: string;
  document: string;
  email: string;
}

export type PayerProblems = Partial<Record<keyof PayerFields, MessageKey>>;

export const PAYER_NAME_MIN = 3;
export const PAYER_NAME_MAX = 150;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type PayerCheck = { ok: true; payer: Payer } | { ok: false; problems: PayerProblems };

export function checkPayer(fields: PayerFields): PayerCheck {
  const problems: PayerProblems = {};
  const name = fields.name.trim().replace(/\s+/g, ' ');
  const document = normalizeDocument(fields.document);
  const email = fields.email.trim();
  if (name.length < PAYER_NAME_MIN || name.length > PAYER_NAME_MAX) problems.name = 'payer.problem.name';
  if (document === '') problems.document = 'payer.problem.cpfRequired';
  else if (!isValidCpf(document)) problems.document = 'payer.problem.cpfInvalid';
  if (email === '') problems.email = 'payer.problem.emailRequired';
  else if (!EMAIL.test(email) || email.length > 255) problems.email = 'payer.problem.emailInvalid';
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, payer: { name, document, email } };
}

/** The `sale.startPix` input, with the payer when there is one. */
export function startPixInput(amountCents: Cents, payer: Payer | null): OperationInput<'sale.startPix'> {
  return payer ? { amountCents, payer } : { amountCents };
}
