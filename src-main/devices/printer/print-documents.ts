/**
 * What the till prints, as plain data: the journal stores these as JSON, so a job can be printed after a
 * restart, on another printer model, or again as a copy. Money is in centavos, instants are ISO strings.
 */
import type { DayReportView, Language, PrintDocumentKind, RefundView, ReportMethod, ReversalView, ShiftMethodRow } from '../../../src-preload/contract.ts';
import type { Cents, Currency, Money } from '../../../src-shared/money.ts';

export interface MerchantHeader {
  name: string;
  /** CNPJ or CPF, printed as given. */
  taxId?: string;
  address?: string;
  city?: string;
}

interface DocumentBase {
  /** One of the contract's kinds, so the UI can name every job main makes. */
  kind: PrintDocumentKind;
  language: Language;
  merchant: MerchantHeader;
  /** When the event on paper happened (payment, refund, report); shown as date and time. */
  at: string;
}

/** Printed while the sale awaits payment, when the cashier chooses "print QR". */
export interface PixChargeSlip extends DocumentBase {
  kind: 'pix_charge';
  saleId: string;
  amountCents: Cents;
  txid: string;
  pixCopyAndPaste: string;
  expiresAt: string;
}

export interface PixPaymentDetails {
  method: 'pix';
  txid: string;
  endToEndId?: string;
}

export interface CardPaymentDetails {
  method: 'card';
  cardType: 'credit' | 'debit';
  installments: number;
  brand: string;
  last4: string;
  authorizationCode: string;
  nsu?: string;
}

export interface CashPaymentDetails {
  method: 'cash';
  receivedCents: Cents;
  changeCents: Cents;
}

/** A tender of a split payment ("pagamento dividido"), as things stood once it was paid. */
export interface BillPartDetails {
  billId: string;
  /** Which paid part of the bill it is, 1-based. */
  index: number;
  /** How many parts paid the bill; null while the bill is not paid in full. */
  count: number | null;
  totalCents: Cents;
  /** What was left to pay after this part; 0 when it closed the bill. */
  leftCents: Cents;
}

export interface SaleReceipt extends DocumentBase {
  kind: 'sale_receipt';
  saleId: string;
  amountCents: Cents;
  payment: PixPaymentDetails | CardPaymentDetails | CashPaymentDetails;
  /** Absent on a sale paid at once (and on receipts journaled before split tender). */
  bill?: BillPartDetails;
  /** A reprint: marked "2ª via" so nobody takes it for a second payment. */
  copy?: boolean;
}

export interface RefundSlip extends DocumentBase {
  kind: 'refund_slip';
  saleId: string;
  refundId: string;
  method: 'pix' | 'card' | 'cash';
  saleAmountCents: Cents;
  refundedCents: Cents;
  /** The PSP's reference for the refund (PIX return id, card cancellation code). */
  reference?: string;
  reason?: string;
}

/** One currency's part of the day (amounts of different currencies are never added together). */
export interface DayCurrencyTotals {
  currency: Currency;
  sales: { count: number; totalCents: Cents };
  refunds: { count: number; totalCents: Cents };
  byMethod: { method: ReportMethod; count: number; totalCents: Cents }[];
}

/** The day on paper. The top level is in reais; the lists are absent on reports journaled before they existed. */
export interface DayReport extends DocumentBase {
  kind: 'day_report';
  /** The business day, YYYY-MM-DD. */
  day: string;
  sales: { count: number; totalCents: Cents };
  refunds: { count: number; totalCents: Cents };
  byMethod: { method: ReportMethod; count: number; totalCents: Cents }[];
  /** Absent on reports journaled before the till knew operators and shifts. */
  byOperator?: DayReportView['byOperator'];
  byShift?: DayReportView['byShift'];
  manualRefunds?: DayReportView['manualRefunds'];
  otherCurrencies?: DayCurrencyTotals[];
  refundsByState?: { state: RefundView['state']; count: number; totals: Money[] }[];
  /** `currency` is absent on reports journaled before reversals had one: those were in reais. */
  reversals?: (Pick<ReversalView, 'kind' | 'reason' | 'providerRef' | 'amountCents' | 'state'> & Partial<Pick<ReversalView, 'currency'>>)[];
  handConfirmed?: { number: string | null; createdAt: string; amountCents: Cents; currency: Currency }[];
}

/** A closed shift's Z report: expected against counted per method. */
export interface ShiftReportDocument extends DocumentBase {
  kind: 'shift_report';
  shiftId: string;
  openedAt: string;
  openedBy: string;
  closedAt: string | null;
  closedBy: string | null;
  floatCents: Cents;
  movements: { kind: 'sangria' | 'suprimento'; amountCents: Cents; reason: string }[];
  sales: { count: number; totalCents: Cents };
  refunds: { count: number; totalCents: Cents };
  rows: ShiftMethodRow[];
}

export interface TestPage extends DocumentBase {
  kind: 'test_page';
}

export type PrintDocument = PixChargeSlip | SaleReceipt | RefundSlip | DayReport | TestPage | ShiftReportDocument;
export type { PrintDocumentKind };
