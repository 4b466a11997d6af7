/**
 * Split tender ("pagamento dividido") as it crosses the bridge: a bill and its tenders.
 */
import type { Cents, Currency } from '../src-shared/money.ts';
import type { BridgeErrorData, PaymentMethod, SaleView } from './sale-views.ts';

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

/** One paid tender's share of a partial refund of its bill. */
export interface BillRefundShare {
  saleId: string;
  method: PaymentMethod;
  amountCents: Cents;
}

/** How an amount given back on a bill is spread: the last tender paid gives back first, each up to what it has left. */
export interface BillRefundPlanView {
  billId: string;
  amountCents: Cents;
  currency: Currency;
  shares: BillRefundShare[];
}

/** A share sent to its tender's refund: accepted (done or under way) or refused with the provider's reason. */
export interface BillRefundShareOutcome extends BillRefundShare {
  outcome: 'sent' | 'failed';
  problem: BridgeErrorData | null;
}

export interface BillPartRefundView {
  bill: BillView;
  shares: BillRefundShareOutcome[];
}
