/** The shapes of the multi-till mode ("Loja com vários caixas") that cross the bridge. */
import type { Cents } from '../src-shared/money.ts';
import type { BridgeErrorData, Currency, DayTotals, ManualRefundPaidBack, PaymentMethod, ReconcileRow, ReconcileSection, SaleState } from './views.ts';

/** The Settings section. The connection string is write-only: only whether one is set. */
export interface StoreSettingsView {
  enabled: boolean;
  tillCode: string;
  tillName: string;
  connectionSet: boolean;
}

/** How far the store ledger is behind this till, for the header. */
export interface StoreSyncView {
  /** `single`: no store configured, the till works alone. */
  state: 'single' | 'synced' | 'pending' | 'offline';
  /** Sales and refunds with a change not yet in the store. */
  pendingItems: number;
  pendingChanges: number;
  problem: BridgeErrorData | null;
}

/** One sale in the store-wide list, whichever till made it. */
export interface StoreSaleView {
  id: string;
  number: string;
  tillCode: string;
  tillName: string;
  operator: string;
  amountCents: Cents;
  currency: Currency;
  method: PaymentMethod;
  paymentType: 'credit' | 'debit' | null;
  state: SaleState;
  createdAt: string;
  /** Refunds not failed, from any till. */
  refundedCents: Cents;
  /** A tender of a split payment: its bill, and which of the bill's tenders it is (oldest first, as the till lists them). */
  bill: { id: string; index: number; count: number } | null;
}

export interface TillDayRow {
  tillCode: string;
  tillName: string;
  sales: { count: number; totalCents: Cents };
  refunds: { count: number; totalCents: Cents };
  netCents: Cents;
}

/** The shop's day in one currency: a till's totals, over every till, with a row per till. */
export interface StoreDayTotals extends DayTotals {
  byTill: TillDayRow[];
}

/**
 * The shop's day. The top level is the shop's own currency (BRL), as on a till's own report; money a
 * provider charged in another currency has its own totals, never added to reais.
 */
export interface StoreDayReportView extends StoreDayTotals {
  day: string;
  otherCurrencies: StoreDayTotals[];
  /** Refunds of hand-confirmed static PIX given back by hand on the day, by till and how (they are in `refunds` too). */
  manualRefunds: StoreManualRefunds[];
}

/** One till's refunds given back by hand one way (cash from its drawer, a PIX the shop sent itself). */
export interface StoreManualRefunds {
  tillCode: string;
  tillName: string;
  paidBack: ManualRefundPaidBack;
  currency: Currency;
  count: number;
  totalCents: Cents;
}

/** A refund given back by hand: no provider saw it, so none is asked about it. */
export interface StoreManualRefundRow {
  refundId: string;
  saleId: string;
  /** The sale's number at its till (C1-000042). */
  saleNumber: string;
  tillCode: string;
  amountCents: Cents;
  currency: Currency;
  paidBack: ManualRefundPaidBack | null;
  createdAt: string;
}

/** One provider account and method across every till: the store ledger's books against the provider's own lists. */
/** A difference in the store's books, with the till whose sale it is: only that till can act on it. */
export interface StoreReconcileRow extends ReconcileRow {
  /** Null for a charge no sale of any till made. */
  tillCode: string | null;
}

export interface StoreReconcileSection extends ReconcileSection {
  rows: StoreReconcileRow[];
  /** The credential set that took the sales (provider, environment, a digest of the client id); null before it was recorded. */
  account: string | null;
  /** The tills whose sales of the day this account took by this method. */
  tills: string[];
}

export interface StoreReconciliationView {
  day: string;
  sections: StoreReconcileSection[];
  /** Refunds given back by hand on the day, every till's, listed apart: they are not compared with any provider. */
  byHand: StoreManualRefundRow[];
}

/** A refund this till made of another till's sale that only a person can settle (the provider could not tell). */
export interface OtherTillRefundView {
  id: string;
  saleId: string;
  saleTillCode: string;
  amountCents: Cents;
  currency: Currency;
  method: 'pix' | 'card';
  reason: string;
  createdAt: string;
}
