/**
 * The sandbox's reading of a `POST /v1/card_payments` body (seed 004): every documented rule, each
 * answered with the code the gateway's table gives it, all problems in one 422.
 */
import { MAX_AMOUNT_CENTS } from '../../../src-shared/money.ts';
import type { SimResponse } from '../http-kit.ts';
import { isObject, readCard, readHolder, type SandboxHolder } from './card-fields.ts';
import type { CardVault } from './card-vault.ts';
import { createProblems, SANDBOX_GENERAL_MESSAGES, type Problems } from './gateway-problems.ts';
import { cardOnFile, type CardOnFile } from './test-cards.ts';

interface Terms {
  amount: number;
  currency: string;
  installments: number;
  paymentType: 'CREDIT' | 'DEBIT';
}

export interface PaymentInput extends Terms {
  holder: SandboxHolder;
  card: CardOnFile;
  /** The optional texts the gateway echoes back: external_id, platform_name, billing_url, return_url. */
  echo: Record<string, string | null>;
}

const ECHOED = ['external_id', 'platform_name', 'billing_url', 'return_url'] as const;
const TOKENS = ['slug_token', 'slug_stored_card'] as const;

function readAmount(amount: unknown, problems: Problems): number | undefined {
  if (amount === undefined || amount === null) return problems.add('AMOUNT_REQUIRED');
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0) return problems.add('INVALID_AMOUNT');
  // Cents have no fraction: a fractional amount has "more than two digits after the decimal point" in reais.
  if (!Number.isInteger(amount)) return problems.add('AMOUNT_OUT_OF_BOUNDS');
  if (amount > MAX_AMOUNT_CENTS) return problems.add('AMOUNT_NOT_SUPPORTED');
  return amount;
}

/** "Caso não seja enviado o padrão é BRL": absent means BRL; sent but empty is CURRENCY_REQUIRED. */
function readCurrency(currency: unknown, problems: Problems): string | undefined {
  if (currency === undefined) return 'BRL';
  if (currency === null || currency === '') return problems.add('CURRENCY_REQUIRED');
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) return problems.add('CURRENCY_INVALID_FORMAT');
  if (currency !== 'BRL') return problems.add('CURRENCY_NOT_SUPPORTED');
  return currency;
}

/** "Caso não seja enviado o padrão é de 1 parcela". */
function readInstallments(installments: unknown, problems: Problems): number | undefined {
  if (installments === undefined) return 1;
  if (typeof installments !== 'number' || !Number.isInteger(installments)) return problems.general(SANDBOX_GENERAL_MESSAGES.installmentsType);
  if (installments < 1) return problems.add('MIN_INSTALLMENTS');
  if (installments > 12) return problems.add('MAX_INSTALLMENTS');
  return installments;
}

/** "Caso não seja enviado o padrão é CREDIT". */
function readPaymentType(paymentType: unknown, problems: Problems): Terms['paymentType'] | undefined {
  if (paymentType === undefined) return 'CREDIT';
  if (paymentType === 'CREDIT' || paymentType === 'DEBIT') return paymentType;
  return problems.general(SANDBOX_GENERAL_MESSAGES.paymentType);
}

function readTerms(fields: Record<string, unknown>, problems: Problems): Terms | undefined {
  const amount = readAmount(fields.amount, problems);
  const currency = readCurrency(fields.currency, problems);
  const installments = readInstallments(fields.installments, problems);
  const paymentType = readPaymentType(fields.payment_type, problems);
  if (ECHOED.some((name) => fields[name] !== undefined && fields[name] !== null && typeof fields[name] !== 'string')) {
    problems.general(SANDBOX_GENERAL_MESSAGES.notAString);
  }
  if (amount === undefined || currency === undefined || installments === undefined || paymentType === undefined) return undefined;
  return { amount, currency, installments, paymentType };
}

/** The card itself, or the one a token stands for: never both. */
function readSource(fields: Record<string, unknown>, vault: CardVault, problems: Problems): CardOnFile | undefined {
  const tokens = TOKENS.filter((name) => fields[name] !== undefined);
  if (tokens.length === 0) {
    const card = readCard(fields, problems);
    return card && cardOnFile(card);
  }
  if (tokens.length > 1 || fields.card_number !== undefined) {
    problems.general(SANDBOX_GENERAL_MESSAGES.tokenAndCard);
    return undefined;
  }
  const token = fields[tokens[0] ?? 'slug_token'];
  const card = typeof token === 'string' && /^[A-Za-z0-9]{32}$/.test(token) ? vault.find(token) : undefined;
  if (!card) problems.general(SANDBOX_GENERAL_MESSAGES.tokenNotFound);
  return card;
}

export function readPayment(body: unknown, vault: CardVault): { ok: true; value: PaymentInput } | { ok: false; reply: SimResponse } {
  const problems = createProblems();
  const fields = isObject(body) && isObject(body.card_payment) ? body.card_payment : undefined;
  if (!fields) {
    problems.missing('cardPayment');
    return { ok: false, reply: problems.reply() };
  }
  const terms = readTerms(fields, problems);
  const card = readSource(fields, vault, problems);
  const holder = readHolder(fields, problems);
  if (problems.any || !terms || !card || !holder) return { ok: false, reply: problems.reply() };
  const text = (name: string) => {
    const value = fields[name];
    return typeof value === 'string' ? value : null;
  };
  return { ok: true, value: { ...terms, holder, card, echo: Object.fromEntries(ECHOED.map((name) => [name, text(name)])) } };
}
