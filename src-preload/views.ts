/**
 * The shapes that cross the bridge: what operations answer and events carry. Plain data, no behaviour;
 * the contract (contract.ts) says which operation answers which.
 */
import type { PrinterModelInfo } from './device-views.ts';
import type { DeviceSettings } from '../src-shared/device-settings.ts';
import type { Cents, Currency, Money } from '../src-shared/money.ts';

export type { Currency, DeviceSettings, Money };
export type * from './device-views.ts';

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

/** One currency's totals for the day: amounts of different currencies are never added together. */
export interface DayTotals {
  currency: Currency;
  sales: { count: number; totalCents: Cents };
  refunds: { count: number; totalCents: Cents };
  netCents: Cents;
  byMethod: { method: ReportMethod; count: number; totalCents: Cents }[];
}

/**
 * The day's totals, as printed on the end-of-day report. Refunds count on the day they were made.
 * The top level is the shop's own currency (BRL); money charged in another currency has its own totals.
 */
export interface DayReportView extends DayTotals {
  day: string;
  otherCurrencies: DayTotals[];
  /** Every refund asked for on the day, by where it stands; unresolved ones are money that may have gone. */
  refundsByState: { state: RefundView['state']; count: number; totals: Money[] }[];
  /** Money the till undid by itself on the day (orphan charges, late payments, refunds paid twice). */
  reversals: ReversalView[];
  /** Static PIX the cashier or a manager confirmed by hand (no provider saw them), listed apart. */
  handConfirmed: { saleId: string; number: string | null; createdAt: string; amountCents: Cents; currency: Currency }[];
  /** Paid sales in reais by who sold them and by the shift they belong to (sales before shifts existed have none). */
  byOperator: { operatorId: string | null; name: string | null; count: number; totalCents: Cents }[];
  byShift: { shiftId: string | null; openedAt: string | null; closedAt: string | null; count: number; totalCents: Cents }[];
  /** Refunds of hand-confirmed static PIX given back by hand on the day, by how (they are in `refunds` too). */
  manualRefunds?: { paidBack: ManualRefundPaidBack; count: number; totalCents: Cents }[];
}

/** How a refund made by hand went back: cash from the drawer, or a PIX the shop sent itself. */
export const MANUAL_REFUND_PAID_BACK = ['cash', 'pix'] as const;
export type ManualRefundPaidBack = (typeof MANUAL_REFUND_PAID_BACK)[number];

/** One disagreement between the till's ledger and the provider's own list for the day. */
export interface ReconcileRow {
  problem: 'missing_in_till' | 'missing_at_provider' | 'amount_differs' | 'status_differs' | 'refund_differs';
  method: PaymentMethod;
  currency: Currency;
  /** Net money (charged less refunded) on each side, in `currency`. */
  tillNetCents: Cents;
  providerNetCents: Cents;
  /** What a manager can do about it; the first is the one the till suggests. */
  actions: ReconcileAction[];
  /** Names the difference for `report.resolveDifference`. */
  key: string;
  /** Set when a manager settled this difference (it is then listed as resolved). */
  resolved: { action: ReconcileAction; at: string; note: string } | null;
  saleId: string | null;
  /** The provider's id of the charge (txid or transaction id). */
  providerRef: string | null;
  tillAmountCents: Cents | null;
  providerAmountCents: Cents | null;
  tillState: SaleState | null;
  providerStatus: string | null;
}

/** reverse: give back money the till did not book; refund: give the customer back; book: take the provider's word into the ledger. */
export type ReconcileAction = 'reverse' | 'refund' | 'book' | 'mark_resolved';

export interface ReconcileSection {
  role: 'pix' | 'card';
  method: PaymentMethod;
  providerName: string;
  providerId: ProviderId;
  environment: Environment;
  /** The credential set compared (a stable label, never a secret); null for sales made before accounts were kept. */
  account: string | null;
  /** The till's sales of this account and method that could not be compared (the provider documents no list). */
  uncheckedSales: number;
  /** False when the provider documents no listing to compare with. */
  supported: boolean;
  /** What cannot be checked with this provider (e.g. refunds), from its documents; empty when all can. */
  unchecked: string[];
  matched: number;
  rows: ReconcileRow[];
  /** The provider could not be asked (down, refused): this section says nothing about the day. */
  problem: BridgeErrorData | null;
}

export interface ReconciliationView {
  day: string;
  sections: ReconcileSection[];
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
  amountCents: Cents | null;
  /** True when a one-key refund is on offer. */
  refundable: boolean;
  at: string;
}

export interface ProviderCapabilities {
  pixDynamic: boolean;
  pixRequiresPayer: boolean;
  pixList: boolean;
  pixRefund: boolean;
  pixStatic: boolean;
  simulatePayment: boolean;
  card: boolean;
  cardPaymentTypes: ('credit' | 'debit')[];
  cardMaxInstallments: number;
  cardCancel: boolean;
  cardList: boolean;
  cardVerify: boolean;
  cardToken: boolean;
  bankTransfer: boolean;
  /** The currency the provider charges PIX and transfers in (seed 002 may charge USD). */
  currency: Currency;
}

export interface ProviderInfo {
  id: ProviderId;
  name: string;
  environment: Environment;
  capabilities: ProviderCapabilities;
}

export interface AppInfo {
  version: string;
  language: Language;
  /** The shop's name, for headers and the customer display's welcome. */
  merchantName: string;
  /** True when a provider runs on the embedded sandbox: no real money moves. */
  demo: boolean;
  /** Who takes PIX and who takes cards; null when the till does not offer that method. */
  pix: ProviderInfo | null;
  card: ProviderInfo | null;
  /** Charges at or above this make the cashier confirm the amount first (Settings → Loja). */
  largeAmountCents?: Cents;
  /** Offline PIX: payments seen on the customer's proof are confirmed by a manager (else by the cashier). */
  staticPixManagerConfirms?: boolean;
}

export interface MerchantSettings {
  name: string;
  city: string;
  /** CNPJ or CPF, printed on receipts as given. */
  taxId: string;
  address: string;
}

export interface ProviderCatalogEntry {
  id: ProviderId;
  name: string;
  credentialFields: string[];
  /** What the provider can be chosen for. */
  roles: ('pix' | 'card')[];
}

/** Settings as the Settings screen sees them. Credentials are write-only: only which fields are set. */
export interface SettingsView {
  language: Language;
  merchant: MerchantSettings;
  providers: { pix: ProviderSelection | null; card: ProviderSelection | null };
  catalog: ProviderCatalogEntry[];
  /** For each "providerId.environment", the credential fields that hold a value. */
  credentialsSet: Record<string, string[]>;
  devices: DeviceSettings;
  printerModels: PrinterModelInfo[];
  /** Charges at or above this make the cashier confirm the amount first. */
  largeAmountCents: Cents;
  staticPix: StaticPixSettings;
  /** A late payment (a cancelled or expired charge paid anyway) is refunded without asking. */
  autoRefundLate: boolean;
}

export interface SavedCardView {
  id: string;
  providerId: ProviderId;
  brand: string;
  first6: string;
  last4: string;
  holderName: string;
  expiry: string;
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

/** What protects provider credentials at rest: the OS keyring, Electron's obfuscation without one, or the web shell's private file. */
export type SecretProtection = 'os_keyring' | 'basic_text' | 'plain_file';

/** How the shell running the till is reached and what guards it, for Settings. */
export interface ShellAccessView {
  secretStorage: SecretProtection;
  /** With `basic_text`: a manager accepted keeping production credentials without a keyring. */
  weakStorageConfirmed: boolean;
  /** The customer display with its read-only token on the shop's network (tablet pairing QR); null when not served there. */
  pairingUrl: string | null;
  /** SHA-256 fingerprint of the till's own HTTPS certificate, when it serves the shop's network. */
  certificateFingerprint: string | null;
  /** The cashier page's current address (web shell), to move to after a token rotation; null in Electron. */
  cashierUrl: string | null;
  /** Whether this shell has access tokens a manager can rotate. */
  canRotateTokens: boolean;
  /** Whether the till starts at login; null where the shell cannot (the web shell). */
  autoStart: boolean | null;
}

// Offline PIX and the day's chart (issue 8, points 5 and 6).

/** When the till builds its own static BR Code: only when the provider cannot be reached, or for every PIX. */
export const STATIC_PIX_MODES = ['fallback', 'always'] as const;
export type StaticPixMode = (typeof STATIC_PIX_MODES)[number];

/** Offline PIX ("PIX sem provedor"): the shop's own key, when to use it, and who may confirm a payment seen on the customer's phone. */
export interface StaticPixSettings {
  /** CPF, CNPJ, e-mail, +55 phone or random key; empty when the shop has none set. */
  pixKey: string;
  mode: StaticPixMode;
  /** A manager must confirm payments the cashier saw on the customer's proof. */
  managerConfirms: boolean;
}

/** One hour of a day's paid sales, split by how they were paid (the report's methods). */
export interface HourBucket {
  /** 0-23, the shop's wall clock. */
  hour: number;
  totalCents: Cents;
  count: number;
  byMethod: Partial<Record<DayReportView['byMethod'][number]['method'], Cents>>;
}

export interface SalesByHourView {
  day: string;
  hours: HourBucket[];
}

// Operators, sessions, the audit journal, shifts and cash (issue 8).

/** How the day report and the Z report split the money. */
export type ReportMethod = 'pix' | 'credit' | 'debit' | 'bank_transfer' | 'pix_static' | 'cash';

/** Cash at the counter: what the customer handed over and the change given back. */
export interface CashPaymentView {
  receivedCents: Cents;
  changeCents: Cents;
}

export type OperatorRole = 'manager' | 'cashier';

export interface OperatorView {
  id: string;
  name: string;
  role: OperatorRole;
  /** The demo manager: signs in only while the till runs on the embedded sandbox. */
  demo: boolean;
  active: boolean;
}

export interface CashMovementView {
  kind: 'sangria' | 'suprimento';
  amountCents: Cents;
  reason: string;
  at: string;
  operatorName: string;
}

export interface ShiftView {
  id: string;
  openedAt: string;
  openedBy: string;
  floatCents: Cents;
  movements: CashMovementView[];
  closedAt: string | null;
  closedBy: string | null;
}

/** What the lock screen and the header need: who is signed in, the open shift, and who may sign in. */
export interface SessionView {
  operator: OperatorView | null;
  shift: ShiftView | null;
  /** The till locks itself after this long without a key or a call. */
  idleLockSeconds: number;
  /** Who may sign in now (active operators; the demo manager only in demo mode). */
  operators: OperatorView[];
  /** Shown on the lock screen while the till is in demo mode, so a fresh install sells at once. */
  demoPin: string | null;
  /** No manager of the shop's own yet: the lock screen offers to create the owner. */
  needsOwner: boolean;
}

export interface ShiftMethodRow {
  method: ReportMethod;
  expectedCents: Cents;
  countedCents: Cents;
  differenceCents: Cents;
}

/** The Z report: a closed shift's money, expected against counted per method. */
export interface ShiftReportView {
  shift: ShiftView;
  sales: { count: number; totalCents: Cents };
  refunds: { count: number; totalCents: Cents };
  rows: ShiftMethodRow[];
  byOperator: { operatorId: string | null; name: string | null; count: number; totalCents: Cents }[];
}

export interface AuditEntryView {
  id: number;
  at: string;
  /** Who was signed in at the till. */
  operatorName: string | null;
  /** The manager who authorized it (the signed-in one, or one who typed a PIN at the spot). */
  approvedByName: string | null;
  action: string;
  subject: string | null;
  before: unknown;
  after: unknown;
}

// Split tender ("pagamento dividido", issue 8 point 4).

export type BillState = 'open' | 'paid' | 'abandoned';

/**
 * What the customer owes when it is paid in parts: each tender is an ordinary sale of one method (SaleView with
 * `billId`). Paid when the paid tenders cover the total; tenders under way hold their part of what is left.
 */
export interface BillView {
  id: string;
  totalCents: Cents;
  currency: Currency;
  state: BillState;
  paidCents: Cents;
  /** Tenders still under way (a QR on show, a card being authorized, a sale to check). */
  pendingCents: Cents;
  /** What the next tender may take: the total less what is paid and what is under way. */
  leftCents: Cents;
  /** Cash handed back over the paid tenders. */
  changeCents: Cents;
  /** Oldest first, failed and cancelled ones too. */
  tenders: SaleView[];
  createdAt: string;
}
