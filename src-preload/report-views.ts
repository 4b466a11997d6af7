/**
 * The end of the day as it crosses the bridge: the day report, reconciliation with the providers and
 * the sales by hour.
 */
import type { Cents, Currency, Money } from '../src-shared/money.ts';
import type { BridgeErrorData, Environment, PaymentMethod, ProviderId, RefundView, ReportMethod, ReversalView, SaleState } from './sale-views.ts';

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
