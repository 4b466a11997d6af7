/**
 * One interface for every payment provider. Optional methods exist exactly when the matching
 * capability flag is true; the UI offers only what `capabilities` says.
 */
import type { BankTransferView, ChargeQuote, ProviderId } from '../../src-preload/contract.ts';
import { invalidState } from '../core/errors.ts';
import type { Cents, Currency } from '../../src-shared/money.ts';

export type PixChargeStatus = 'active' | 'paid' | 'expired' | 'refunded' | 'partially_refunded' | 'denied';

export type { ChargeQuote };

export interface PixCharge {
  txid: string;
  amountCents: Cents;
  status: PixChargeStatus;
  copyAndPaste: string;
  createdAt: string;
  expiresAt: string;
  userReference: string | undefined;
  quote?: ChargeQuote;
}

/** The payer, for providers that demand one (seed 002) or when the shop wants only this person to pay (seed 001). */
export interface Payer {
  name: string;
  /** CPF (11 digits) or CNPJ (14 digits), digits only. */
  document: string;
  email?: string;
}

export interface CreatePixCharge {
  amountCents: Cents;
  /** Our sale id: how we find the provider's charge again after a timeout. */
  userReference: string;
  description: string;
  expiresInSeconds: number;
  /** The idempotency handle recorded in the ledger before the call. */
  transactionId: string;
  payer?: Payer;
  /** Seed 001 `validateDebtor`: only `payer` may pay; anyone else's payment is returned. */
  onlyPayerMayPay?: boolean;
}

export interface PixChargeFilter {
  from: Date;
  to: Date;
  status?: PixChargeStatus;
  document?: string;
  userReference?: string;
  page: number;
  pageSize: number;
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export type RefundStatus = 'processing' | 'completed' | 'failed' | 'cancelled';

export interface PixRefund {
  id: string;
  txid: string;
  amountCents: Cents;
  status: RefundStatus;
  statusReason: string | undefined;
  createdAt: string;
}

export interface CreatePixRefund {
  txid: string;
  amountCents: Cents;
  description: string;
  transactionId: string;
}

export interface RefundFilter {
  from: Date;
  to: Date;
  status?: RefundStatus;
  statusReason?: string;
  page: number;
  pageSize: number;
}

export interface StaticPixRequest {
  pixKey: string;
  merchantName: string;
  merchantCity: string;
  amountCents?: Cents;
  txid?: string;
}

export interface StaticPixDecoded {
  pixKey: string;
  merchantName: string;
  merchantCity: string;
  amountCents: Cents | undefined;
  txid: string | undefined;
}

/** Card data lives only in memory for the length of one request; it is never stored or logged. */
export interface CardData {
  number: string;
  holderName: string;
  /** CPF or CNPJ of the holder, digits only. */
  holderDocument: string;
  /** MMyyyy, as seed 004 writes it. */
  expiry: string;
  cvv: string;
}

export type CardSource =
  | { kind: 'card'; card: CardData }
  | { kind: 'saved'; savedCardId: string; holderName: string; holderDocument: string };

export type CardPaymentType = 'credit' | 'debit';
export type CardChargeStatus = 'approved' | 'declined' | 'pending' | 'cancelled' | 'refunded';

export interface CreateCardCharge {
  amountCents: Cents;
  paymentType: CardPaymentType;
  installments: number;
  source: CardSource;
  /** Our sale id, sent as the provider's external reference where it has one. */
  reference: string;
  transactionId: string;
}

/** What we keep of a card: never the number or CVV. */
export interface CardSummary {
  brand: string;
  first6: string;
  last4: string;
}

export interface CardCharge {
  id: string;
  status: CardChargeStatus;
  amountCents: Cents;
  paymentType: CardPaymentType;
  installments: number;
  card: CardSummary;
  authorizationCode: string | undefined;
  /** The provider's own code and message when it declined, e.g. `AUTHORIZER_REJECTED` / `46 - Identification required`. */
  decline: { code: string; message: string } | undefined;
  reference: string | undefined;
  createdAt: string;
  /** How much of it was cancelled so far, where the provider says (Astrapay's `cancelledAmount`). */
  cancelledCents?: Cents;
}

export interface CardChargeFilter {
  from: Date;
  to: Date;
  page: number;
  pageSize: number;
}

export interface SavedCard {
  id: string;
  card: CardSummary;
  holderName: string;
  expiry: string;
}

/** PIX operations; optional members exist exactly when the provider documents them. */
export interface PixApi {
  /** Seed 002 demands the payer's name, CPF and email on every charge. */
  requiresPayer: boolean;
  /** Sends the create once; a timeout or dropped answer is the caller's to resolve with `findByReference`. */
  create(request: CreatePixCharge): Promise<PixCharge>;
  get(txid: string): Promise<PixCharge>;
  /** Every charge the provider holds with this userReference, made within a day of `around`. */
  findByReference(userReference: string, around: Date): Promise<PixCharge[]>;
  list?(filter: PixChargeFilter): Promise<Page<PixCharge>>;
  /** Sends the refund once; after an ambiguous answer the caller looks it up (findRefund) before any resend. */
  refund?(request: CreatePixRefund): Promise<PixRefund>;
  getRefund?(refundId: string): Promise<PixRefund>;
  /** The refunds a request made (same txid, amount and description) since `since`, newest first: more than one means paid twice. */
  findRefunds?(request: Omit<CreatePixRefund, 'transactionId'>, since: Date): Promise<PixRefund[]>;
  listRefunds?(filter: RefundFilter): Promise<Page<PixRefund>>;
  encodeStatic?(request: StaticPixRequest): Promise<string>;
  decodeStatic?(copyAndPaste: string): Promise<StaticPixDecoded>;
  /** Embedded sandbox only: make the customer's bank pay the charge. */
  simulatePayment?(txid: string): Promise<void>;
}

/** Cards the provider tokenizes. Where it documents no listing, the till keeps its own index of tokens. */
export interface SavedCardsApi {
  save(card: CardData): Promise<SavedCard>;
  /** The token of this same card, where the provider can be asked (to resolve a save we did not hear back from). */
  findMatching?(card: CardData): Promise<SavedCard | undefined>;
  list?(): Promise<SavedCard[]>;
  get?(id: string): Promise<SavedCard>;
  delete?(id: string): Promise<void>;
}

export interface BankTransferRequest {
  amountCents: Cents;
  payer: Payer;
  /** Our sale id. */
  reference: string;
  transactionId: string;
}

export interface BankTransfer {
  id: string;
  status: 'pending' | 'paid' | 'denied' | 'expired';
  amountCents: Cents;
  quote: ChargeQuote | undefined;
  bank: BankTransferView['bank'];
  createdAt: string;
}

/** A transfer as the provider's list shows it (no deposit details), for reconciliation. */
export interface ListedTransfer {
  id: string;
  status: BankTransfer['status'];
  amountCents: Cents;
  /** Our sale id, as sent. */
  reference: string;
  createdAt: string;
}

/** Seed 002's bank_transfer: the customer deposits into the account shown. */
export interface BankTransferApi {
  create(request: BankTransferRequest): Promise<BankTransfer>;
  get(id: string): Promise<BankTransfer>;
  /** Every transfer the provider holds with this reference. */
  findByReference(reference: string): Promise<BankTransfer[]>;
  list?(filter: CardChargeFilter): Promise<Page<ListedTransfer>>;
  /** Embedded sandbox only: make the customer's deposit arrive. */
  simulatePayment?(id: string): Promise<void>;
}

/** Card operations; optional members exist exactly when the provider documents them. */
export interface CardApi {
  paymentTypes: readonly CardPaymentType[];
  maxInstallments: number;
  /** Sent once, never repeated by the till. */
  charge(request: CreateCardCharge): Promise<CardCharge>;
  /** Charges made with this reference in [from, to]; absent where the provider documents no lookup (seed 004). */
  findByReference?(reference: string, from: Date, to: Date): Promise<CardCharge[]>;
  get?(id: string): Promise<CardCharge>;
  list?(filter: CardChargeFilter): Promise<Page<CardCharge>>;
  cancel?(id: string, amountCents: Cents): Promise<CardCharge>;
  /** Zero-amount check (seed 004): is this card good, without charging it. */
  verify?(card: CardData): Promise<CardSummary>;
  savedCards?: SavedCardsApi;
}

export interface Provider {
  readonly id: ProviderId;
  readonly name: string;
  /** The currency it charges PIX and transfers in when not reais (seed 002 may charge USD). */
  readonly currency?: Currency;
  /** Proves the credentials work (e.g. obtains a token); throws the provider's reason otherwise. */
  testConnection(): Promise<void>;
  readonly pix?: PixApi;
  readonly card?: CardApi;
  readonly bankTransfer?: BankTransferApi;
}

/** What a sale taken by this provider is booked in. Cards are always charged in reais. */
export function currencyOf(provider: Provider, method: 'pix' | 'card' | 'bank_transfer' = 'pix'): Currency {
  return method === 'card' ? 'BRL' : (provider.currency ?? 'BRL');
}

export function pixOf(provider: Provider): PixApi {
  if (!provider.pix) throw invalidState('provider.no_pix', `${provider.name} does not take PIX`);
  return provider.pix;
}

export function cardOf(provider: Provider): CardApi {
  if (!provider.card) throw invalidState('provider.no_card', `${provider.name} does not take cards`);
  return provider.card;
}
