/**
 * The sale as it crosses the bridge: its state, how it was paid, its refunds and reversals, the alerts
 * the cashier must see, and the error shape every reply carries. Plain data, no behaviour.
 */
import type { Cents, Currency, Money } from '../src-shared/money.ts';

export const LANGUAGES = ['pt-BR', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export type SaleState = 'draft' | 'awaiting_payment' | 'paid' | 'expired' | 'cancelled' | 'failed' | 'needs_checking';
export type PaymentMethod = 'pix' | 'card' | 'bank_transfer' | 'pix_static' | 'cash';
export type CardPaymentType = 'credit' | 'debit';

/** Payment providers the till knows; what each can do comes with AppInfo. */
export const PROVIDER_IDS = ['astrapay', 'card-payments', 'payments'] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];
export const ENVIRONMENTS = ['embedded', 'sandbox', 'production'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

export interface ProviderSelection {
  id: ProviderId;
  environment: Environment;
}

/** What the customer pays when the provider converts currency or adds a fee (seed 002). */
export interface ChargeQuote {
  currency: 'BRL' | 'USD';
  totalCents: Cents;
  subtotalCents: Cents;
  exchangeRate: string;
  feeCents: Cents;
}

export interface PixCharge {
  txid: string;
  copyAndPaste: string;
  expiresAt: string;
  quote: ChargeQuote | null;
}

/** What the till keeps of a card: brand, first 6 and last 4, never the number or the CVV. */
export interface CardPaymentView {
  paymentType: CardPaymentType;
  installments: number;
  brand: string;
  first6: string;
  last4: string;
  authorizationCode: string | null;
  /** The provider's code and words when it declined. */
  decline: { code: string; message: string } | null;
}

/** Seed 002's bank transfer: where the customer deposits. */
export interface BankTransferView {
  id: string;
  quote: ChargeQuote | null;
  bank: {
    name: string;
    code: string;
    agency: string;
    account: string;
    accountType: string;
    document: string;
    beneficiary: string;
  };
}

/** What the cashier is about to charge before a sale exists (typing a card), for the customer's screen. */
export interface CounterPreview {
  amountCents: Cents;
  method: 'card' | 'bank_transfer';
}

export interface RefundView {
  id: string;
  amountCents: Cents;
  currency: Currency;
  /** `needs_checking`: the provider gives no way to learn whether it was paid; only a person can tell. */
  state: 'requested' | 'processing' | 'completed' | 'failed' | 'needs_checking';
  reason: string;
  createdAt: string;
}

export interface SaleView {
  id: string;
  /** The till's own number for the sale, e.g. `C2-000123` (set by the ledger when the sale is written). */
  number?: string;
  /** In `currency`, the currency the provider charged: what the ledger books. */
  amountCents: Cents;
  currency: Currency;
  method: PaymentMethod;
  state: SaleState;
  createdAt: string;
  updatedAt: string;
  pix: PixCharge | null;
  card: CardPaymentView | null;
  bankTransfer: BankTransferView | null;
  /** Paid in cash: what was handed over and the change (absent for other methods). */
  cash?: CashPaymentView | null;
  refunds: RefundView[];
  /** Why the sale failed or could not reach the provider yet, in the shape of a bridge error. */
  problem: BridgeErrorData | null;
  /** Money the till undid by itself for this sale (orphan charges, late payments). */
  reversals?: ReversalView[];
  /** Set when a cancelled or expired PIX or transfer was paid anyway. */
  latePaidAt?: string | null;
  /** What the till knows of a sale whose outcome only a person can tell (state `needs_checking`). */
  checking?: CheckingFacts | null;
  /** Set when the sale is one tender of a split payment (see BillView). */
  billId?: string | null;
}

/** A reversal the till made by itself, as the counter, the day's sales and the day report show it. */
export interface ReversalView {
  id: string;
  kind: 'card_cancel' | 'pix_refund' | 'pix_left_to_expire' | 'refund_twice';
  /** `reconciliation`: a manager chose to reverse a difference the day's reconciliation found. */
  reason: 'orphan_charge' | 'late_payment' | 'refund_twice' | 'reconciliation';
  /** The provider's id of the charge undone (txid, card transaction id). */
  providerRef: string;
  amountCents: Cents;
  /** The charge's currency (a provider may charge PIX in dollars). */
  currency: Currency;
  state: 'requested' | 'completed' | 'failed' | 'recorded';
  createdAt: string;
}

/** The facts a person checks a "needs checking" sale against (the provider's portal, the card slip). */
export interface CheckingFacts {
  providerId: ProviderId;
  environment: Environment;
  /** A stable label of the credential set (never a secret). */
  account: string;
  amountCents: Cents;
  at: string;
  /** The reference the till sent with the call. */
  reference: string;
  last4: string | null;
}

/** Something the cashier must see whatever screen is showing (a late payment, a reversal, a full disk). */
export interface AlertView {
  id: string;
  kind: 'late_payment' | 'reversal' | 'reversal_failed' | 'refund_twice' | 'disk_full';
  saleId: string | null;
  /** In the sale's currency (a provider may charge PIX in dollars). */
  amount: Money | null;
  /** True when a one-key refund is on offer. */
  refundable: boolean;
  /** The till that made the sale, when it is another till's (a refund this till made of it). */
  tillCode?: string;
  at: string;
}

export const ERROR_CODES = [
  'invalid_input',
  'forbidden',
  'not_found',
  'invalid_state',
  'provider_unavailable',
  'provider_bad_response',
  'provider_rejected',
  'provider_auth_failed',
  'device_unavailable',
  'internal',
  'store_unavailable',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface BridgeErrorData {
  code: ErrorCode;
  /** English, for logs and integrators; the UI shows its own translation of `reason ?? code`. */
  message: string;
  retryable: boolean;
  /** A finer, stable key such as `amount.too_large`. */
  reason?: string;
  field?: string;
}

/** How the day report and the Z report split the money. */
export type ReportMethod = 'pix' | 'credit' | 'debit' | 'bank_transfer' | 'pix_static' | 'cash';

/** Cash at the counter: what the customer handed over and the change given back. */
export interface CashPaymentView {
  receivedCents: Cents;
  changeCents: Cents;
}
