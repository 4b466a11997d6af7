/**
 * Refunds of paid sales: a PIX devolution or a card cancellation, full or partial, never above what is
 * left. The refund is in the ledger as `requested` before the provider hears of it; a PIX refund the
 * provider is still processing is followed until it completes or fails, across restarts too.
 */
import { randomUUID } from 'node:crypto';
import type { RefundView, SaleView } from '../../src-preload/contract.ts';
import type { Cents } from '../../src-shared/money.ts';
import { isAmbiguous, PosError, toErrorData } from '../core/errors.ts';
import type { Logger, Scheduler } from '../core/ports.ts';
import type { StoredRefund } from '../ledger/refunds-repository.ts';
import type { StoredSale } from '../ledger/sales-repository.ts';
import type { ProviderHub } from '../providers/provider-hub.ts';
import { cardOf, pixOf, type RefundStatus } from '../providers/provider.ts';
import { createPollScheduler, DEFAULT_POLL_SCHEDULE, type PollSchedule } from './poll-scheduler.ts';
import { toSaleView, type SaleBook } from './sale-book.ts';

const STATE: Record<RefundStatus, RefundView['state']> = {
  processing: 'processing',
  completed: 'completed',
  failed: 'failed',
  cancelled: 'failed',
};

export function refundableCents(sale: StoredSale): Cents {
  const committed = sale.refunds.filter((refund) => refund.state !== 'failed').reduce((sum, refund) => sum + refund.amountCents, 0);
  return sale.amountCents - committed;
}

/**
 * Multi-till hook (src-main/store): holds the refund's amount against the sale in the shop's store ledger
 * before the provider hears of it, so two tills can never refund past what is left. Absent on a lone till.
 */
export interface RefundGuard {
  /** Throws (refund.too_much) when the shop has less left to refund. */
  reserve(saleId: string, refundId: string, amountCents: Cents): Promise<void>;
  /** The refund did not happen: frees its amount. Never throws. */
  release(refundId: string): Promise<void>;
}

export interface RefundServiceOptions {
  scheduler: Scheduler;
  refundGuard?: RefundGuard | undefined;
  pollSchedule?: PollSchedule | undefined;
  /** Money went back: e.g. print the refund slip. Must not throw. */
  onCompleted?: (sale: StoredSale, refund: StoredRefund) => void;
}

export function createRefundService(book: SaleBook, hub: ProviderHub, logger: Logger, options: RefundServiceOptions) {
  const { now } = book;
  const refunds = book.refunds;
  const settle = (refund: StoredRefund, state: RefundView['state'], providerRefundId?: string, problem: StoredRefund['problem'] = null) => {
    const settled = refunds.update(refund.id, { state, problem, ...(providerRefundId ? { providerRefundId } : {}) }, now());
    const sale = book.require(refund.saleId);
    book.announce(sale);
    if (state === 'completed' && refund.state !== 'completed') options.onCompleted?.(sale, settled);
  };

  const poller = createPollScheduler(async (refundId) => {
    const refund = refunds.get(refundId);
    if (!refund?.providerRefundId || refund.state !== 'processing') return 'done';
    const getRefund = pixOf(hub.forSale(book.require(refund.saleId))).getRefund;
    if (!getRefund) return 'done';
    try {
      const status = STATE[(await getRefund(refund.providerRefundId)).status];
      if (status === 'processing') return 'again';
      settle(refund, status);
      return 'done';
    } catch (error) {
      logger.warn('Refund status check failed', { refundId, code: toErrorData(error).code });
      return 'again';
    }
  }, options.pollSchedule ?? DEFAULT_POLL_SCHEDULE, options.scheduler);

  const send = async (sale: StoredSale, refund: StoredRefund): Promise<void> => {
    const provider = hub.forSale(sale);
    if (sale.method === 'pix') {
      const api = pixOf(provider);
      if (!api.refund || !sale.pix) throw unsupported();
      // The refund's own id in the description tells two equal refunds apart when one has to be found after a timeout.
      const description = `${refund.reason.slice(0, 128)} #${refund.id.slice(0, 8)}`;
      const answer = await api.refund({ txid: sale.pix.txid, amountCents: refund.amountCents, description, transactionId: refund.transactionId });
      settle(refund, STATE[answer.status], answer.id);
      if (answer.status === 'processing') poller.watch(refund.id);
      return;
    }
    if (sale.method !== 'card') throw unsupported();
    const cancel = cardOf(provider).cancel;
    if (!cancel || !sale.cardChargeId) throw unsupported();
    // The provider refuses a cancellation it cannot do with an error; an answer means it was done
    // (a partial cancellation leaves the charge itself approved for the rest).
    const answer = await cancel(sale.cardChargeId, refund.amountCents);
    settle(refund, 'completed', answer.id);
  };

  return {
    async refund(saleId: string, amountCents: Cents, reason: string): Promise<SaleView> {
      const sale = book.require(saleId);
      if (sale.state !== 'paid') throw new PosError('invalid_state', `A ${sale.state} sale cannot be refunded`, { reason: 'refund.not_paid' });
      if (amountCents > refundableCents(sale)) {
        throw new PosError('invalid_input', 'The refund is larger than what is left to refund', { reason: 'refund.too_much', field: 'amountCents' });
      }
      const refundId = randomUUID();
      if (options.refundGuard) await options.refundGuard.reserve(saleId, refundId, amountCents);
      const refund = refunds.create({ id: refundId, saleId, amountCents, reason, transactionId: randomUUID(), at: now() });
      try {
        await send(sale, refund);
      } catch (error) {
        const problem = toErrorData(error);
        // Maybe it reached the provider: keep it counted against the sale, and let the cashier see why.
        settle(refund, isAmbiguous(error) ? 'requested' : 'failed', undefined, problem);
        if (!isAmbiguous(error)) await options.refundGuard?.release(refund.id);
        throw error;
      }
      return toSaleView(book.require(saleId));
    },

    resume(): void {
      for (const refund of refunds.listByState('processing')) poller.watch(refund.id);
    },

    close(): void {
      poller.stopAll();
    },
  };
}

function unsupported(): PosError {
  return new PosError('invalid_state', 'This provider does not refund this kind of sale', { reason: 'refund.unsupported' });
}

export type RefundService = ReturnType<typeof createRefundService>;
