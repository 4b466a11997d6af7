/**
 * Each sale of the day as the cashier reads it: what went back in refunds, what is left to refund,
 * and the words for method and state. The day's totals are main's (`report.day`), never summed here.
 */
import type { AppInfo, DayReportView, RefundView, SaleState, SaleView } from '../../../src-preload/contract.ts';
import type { Cents } from '../../../src-shared/money.ts';
import type { MessageKey } from './i18n.ts';

const sum = (refunds: RefundView[]): Cents => refunds.reduce((total, refund) => total + refund.amountCents, 0);

/** Money that went back to the customer. */
export function refundedCents(sale: SaleView): Cents {
  return sum(sale.refunds.filter((refund) => refund.state === 'completed'));
}

/** Refunds asked for and not settled yet: they already count against what is left. */
export function pendingRefundCents(sale: SaleView): Cents {
  return sum(sale.refunds.filter((refund) => refund.state === 'requested' || refund.state === 'processing' || refund.state === 'needs_checking'));
}

/** What may still be refunded: the amount less every refund that did not fail (as main counts it). */
export function remainingCents(sale: SaleView): Cents {
  return Math.max(0, sale.amountCents - sum(sale.refunds.filter((refund) => refund.state !== 'failed')));
}

/** Whether the provider that took this kind of sale can give money back. */
export function providerRefunds(sale: SaleView, info: AppInfo | null): boolean {
  if (sale.method === 'pix') return info?.pix?.capabilities.pixRefund ?? false;
  if (sale.method === 'card') return info?.card?.capabilities.cardCancel ?? false;
  // A hand-confirmed static PIX went through no provider: the shop gives it back by hand (sale.refundManually).
  if (sale.method === 'pix_static') return true;
  // Cash goes back from the drawer at the counter: no provider is asked.
  if (sale.method === 'cash') return true;
  // Money deposited by transfer goes back outside the till: main refuses to refund it.
  return false;
}

export function canRefund(sale: SaleView, info: AppInfo | null): boolean {
  return sale.state === 'paid' && remainingCents(sale) > 0 && providerRefunds(sale, info);
}

export interface Words {
  key: MessageKey;
  params?: Record<string, string>;
}

/** How a sale was paid, as the day report groups it; 'card' when the card never reached the provider. */
export type MethodKind = DayReportView['byMethod'][number]['method'] | 'card';

export function methodKind(sale: SaleView): MethodKind {
  if (sale.method !== 'card') return sale.method;
  if (!sale.card) return 'card';
  return sale.card.paymentType === 'debit' ? 'debit' : 'credit';
}

export const METHOD_KEYS: Record<MethodKind, MessageKey> = {
  pix: 'method.pix',
  credit: 'method.credit',
  debit: 'method.debit',
  bank_transfer: 'method.bankTransfer',
  cash: 'method.cash',
  card: 'method.card',
  pix_static: 'method.pixStatic',
};

/** "PIX", "PIX (confirmado manualmente)", "Transferência", "Crédito 3x", "Crédito", "Débito"; "Cartão" when the card never reached the provider. */
export function methodWords(sale: SaleView): Words {
  if (sale.method === 'pix') return { key: 'method.pix' };
  if (sale.method === 'pix_static') return { key: 'method.pixStatic' };
  if (sale.method === 'bank_transfer') return { key: 'method.bankTransfer' };
  if (sale.method === 'cash') return { key: 'method.cash' };
  if (!sale.card) return { key: 'method.card' };
  if (sale.card.paymentType === 'debit') return { key: 'method.debit' };
  return sale.card.installments > 1
    ? { key: 'method.creditInstallments', params: { count: String(sale.card.installments) } }
    : { key: 'method.credit' };
}

export const SALE_STATE_KEYS: Record<SaleState, MessageKey> = {
  draft: 'saleState.draft',
  awaiting_payment: 'saleState.awaiting_payment',
  paid: 'saleState.paid',
  expired: 'saleState.expired',
  cancelled: 'saleState.cancelled',
  failed: 'saleState.failed',
  needs_checking: 'saleState.needs_checking',
};

export const REFUND_STATE_KEYS: Record<RefundView['state'], MessageKey> = {
  requested: 'refundState.requested',
  processing: 'refundState.processing',
  needs_checking: 'refundState.needs_checking',
  completed: 'refundState.completed',
  failed: 'refundState.failed',
};

/** Today (or the given moment) as the YYYY-MM-DD day of the till's own clock, as `sales.list` and `report.day` take it. */
export function localDay(date: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** HH:mm on the till's clock. */
export function localTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}
