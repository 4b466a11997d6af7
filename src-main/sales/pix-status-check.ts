/**
 * One status check of a PIX sale, as the poller runs it: awaiting sales until paid, expired or denied;
 * cancelled ones until the QR can no longer be paid, since a customer may pay one anyway (a late payment).
 */
import { toErrorData } from '../core/errors.ts';
import type { Clock, Logger } from '../core/ports.ts';
import type { StoredSale } from '../ledger/sales-repository.ts';
import type { ProviderHub } from '../providers/provider-hub.ts';
import { pixOf, type PixCharge } from '../providers/provider.ts';
import type { LatePayments } from './late-payments.ts';
import type { SaleBook } from './sale-book.ts';

/** How long after a QR's expiry we still ask about it: a payment made in its last second still settles. */
export const SETTLE_GRACE_MS = 10 * 60_000;

export interface PixStatusCheckDeps {
  book: SaleBook;
  hub: ProviderHub;
  clock: Clock;
  logger: Logger;
  late: LatePayments;
}

export interface PixStatusCheck {
  /** One look at the sale's charge: `again` while it may still change. */
  check(saleId: string): Promise<'done' | 'again'>;
  /** Past the QR's expiry and the grace after it: nothing can pay it any more. */
  pastGrace(sale: StoredSale): boolean;
}

export function createPixStatusCheck({ book, hub, clock, logger, late }: PixStatusCheckDeps): PixStatusCheck {
  const { change } = book;
  const watchedNow = (saleId: string): StoredSale | undefined => {
    const sale = book.get(saleId);
    return sale?.pix && (sale.state === 'awaiting_payment' || sale.state === 'cancelled') ? sale : undefined;
  };
  const pastGrace = (sale: StoredSale) => sale.pix !== null && clock.now() > Date.parse(sale.pix.expiresAt) + SETTLE_GRACE_MS;

  const check = async (saleId: string): Promise<'done' | 'again'> => {
    const before = watchedNow(saleId);
    if (!before?.pix) return 'done';
    let charge: PixCharge;
    try {
      charge = await pixOf(hub.forSale(before)).get(before.pix.txid);
    } catch (error) {
      const problem = toErrorData(error);
      logger.warn('PIX status check failed', { saleId, code: problem.code, reason: problem.reason });
      const sale = watchedNow(saleId);
      if (!sale) return 'done';
      if (problem.code === 'not_found' && (sale.state === 'cancelled' || pastGrace(sale))) {
        // A charge the provider does not know cannot be paid: a cancelled sale is over, an open one expires with its QR.
        change(saleId, sale.state === 'awaiting_payment' ? { state: 'expired', problem, pixSettled: true } : { pixSettled: true });
        return 'done';
      }
      if (sale.state === 'cancelled' && pastGrace(sale)) return 'done';
      // A provider that is down (or an account whose credentials are gone) while a live QR may be paid: keep asking.
      if (sale.state === 'awaiting_payment' && problem.reason !== sale.problem?.reason) change(saleId, { problem });
      return 'again';
    }
    const sale = watchedNow(saleId);
    if (!sale) return 'done';
    if (charge.status === 'paid' || charge.status === 'refunded' || charge.status === 'partially_refunded') {
      if (late.isLate(saleId)) late.paid(saleId, { pixSettled: true });
      else change(saleId, { state: 'paid', problem: null, pixSettled: true });
      return 'done';
    }
    if (charge.status === 'denied') {
      const problem = { code: 'provider_rejected' as const, message: 'The provider denied the payment', retryable: false, reason: 'pix.denied' };
      change(saleId, sale.state === 'awaiting_payment' ? { state: 'failed', problem, pixSettled: true } : { pixSettled: true });
      return 'done';
    }
    if (charge.status === 'expired') {
      change(saleId, sale.state === 'awaiting_payment' ? { state: 'expired', problem: null, pixSettled: true } : { pixSettled: true });
      return 'done';
    }
    if (sale.state === 'cancelled' && pastGrace(sale)) return 'done';
    if (sale.problem) change(saleId, { problem: null });
    return 'again';
  };

  return { check, pastGrace };
}
