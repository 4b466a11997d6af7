/**
 * Late payments are loud: a cancelled or expired PIX or transfer the customer paid anyway is booked paid
 * with a "paid late" mark, the cashier is alerted over any screen with a one-key refund, and when the shop
 * chose it in Settings the refund goes out by itself.
 */
import type { Logger, SettingsStore } from '../core/ports.ts';
import { toErrorData } from '../core/errors.ts';
import type { Alerts } from './alerts.ts';
import type { SaleBook } from './sale-book.ts';

export const LATE_PAYMENT_REFUND_REASON = 'Late payment';

export interface LatePaymentsDeps {
  book: SaleBook;
  alerts: Alerts;
  settings: SettingsStore;
  logger: Logger;
  /** The refund service's entry point (set once the refund service exists). */
  refund: (saleId: string, amountCents: number, reason: string) => Promise<unknown>;
}

export interface LatePayments {
  /** True when the sale was cancelled or expired: its payment is late. */
  isLate(saleId: string): boolean;
  /** Books the payment on a cancelled or expired sale and tells the cashier. */
  paid(saleId: string, extra?: { pixSettled?: true }): void;
}

export function createLatePayments({ book, alerts, settings, logger, refund }: LatePaymentsDeps): LatePayments {
  const isLate = (saleId: string) => {
    const state = book.get(saleId)?.state;
    return state === 'cancelled' || state === 'expired';
  };
  return {
    isLate,
    paid(saleId, extra = {}) {
      const sale = book.change(saleId, { state: 'paid', problem: null, latePaid: true, ...extra });
      const automatic = settings.get('autoRefundLatePayments') === true;
      alerts.raise({ kind: 'late_payment', saleId, amount: { cents: sale.amountCents, currency: sale.currency }, refundable: !automatic });
      logger.warn('Late payment', { saleId, method: sale.method, automaticRefund: automatic });
      if (!automatic) return;
      void refund(saleId, sale.amountCents, LATE_PAYMENT_REFUND_REASON).catch((error: unknown) => {
        logger.error('Automatic refund of a late payment failed', { saleId, reason: toErrorData(error).reason });
        alerts.raise({ kind: 'late_payment', saleId, amount: { cents: sale.amountCents, currency: sale.currency }, refundable: true });
      });
    },
  };
}
