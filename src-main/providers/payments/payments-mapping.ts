/** Seed 002's answers turned into the till's PixCharge, BankTransfer and ChargeQuote, all in integer centavos. */
import { decimalToCents, type Cents } from '../../../src-shared/money.ts';
import type { BankTransfer, ChargeQuote, PixCharge, PixChargeStatus } from '../provider.ts';
import { badResponse } from '../../core/errors.ts';
import type { PaymentCurrency } from './payment-request.ts';
import type { BankBlock, PaymentStatus, Values } from './payments-schemas.ts';

/** "If not informed, the duration is assumed to be 1800 seconds." */
const DEFAULT_EXPIRE_IN_SECONDS = 1800;

const PIX_STATUS: Record<PaymentStatus, PixChargeStatus> = {
  pending: 'active',
  paid: 'paid',
  denied: 'denied',
  expired: 'expired',
};

export function pixStatus(status: PaymentStatus): PixChargeStatus {
  return PIX_STATUS[status];
}

export function cents(value: number | string, where: string): Cents {
  const parsed = decimalToCents(value);
  if (parsed === undefined || parsed < 0) throw badResponse(where);
  return parsed;
}

/** `values` is in reais (what the customer pays); `currency` is the one our `amount` was sent in. */
export function toQuote(currency: PaymentCurrency, values: Values, where: string): ChargeQuote {
  return {
    currency,
    totalCents: cents(values.total, where),
    subtotalCents: cents(values.subtotal, where),
    exchangeRate: String(values.exchange),
    feeCents: cents(values.fee, where),
  };
}

function plusSeconds(iso: string, seconds: number): string {
  return new Date(Date.parse(iso) + seconds * 1000).toISOString();
}

export interface PixFacts {
  id: string;
  status: PaymentStatus;
  amountCents: Cents;
  /** The PIX copy-and-paste; empty when the answer carried no `pix` block (a list item). */
  copyAndPaste: string;
  createdAt: string;
  expiresInSeconds: number | undefined;
  transactionId: string;
  quote: ChargeQuote | undefined;
}

export function toPixCharge(facts: PixFacts): PixCharge {
  return {
    txid: facts.id,
    amountCents: facts.amountCents,
    status: pixStatus(facts.status),
    copyAndPaste: facts.copyAndPaste,
    createdAt: facts.createdAt,
    expiresAt: plusSeconds(facts.createdAt, facts.expiresInSeconds ?? DEFAULT_EXPIRE_IN_SECONDS),
    userReference: facts.transactionId,
    ...(facts.quote && { quote: facts.quote }),
  };
}

export function toBankTransfer(
  facts: { id: string; status: PaymentStatus; amountCents: Cents; createdAt: string; quote: ChargeQuote | undefined },
  bank: BankBlock,
): BankTransfer {
  return {
    id: facts.id,
    status: facts.status,
    amountCents: facts.amountCents,
    quote: facts.quote,
    bank: {
      name: bank.name,
      code: bank.code,
      agency: bank.agency,
      account: bank.account,
      accountType: bank.account_operation,
      document: bank.document,
      beneficiary: bank.beneficiary,
    },
    createdAt: facts.createdAt,
  };
}
