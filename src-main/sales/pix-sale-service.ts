/**
 * PIX at the counter, from amount to paid. Ledger first: the sale and the provider attempt are durable
 * before any HTTP call, every state change is written before it is announced, and sales still awaiting
 * payment after a restart are picked up again by the poller.
 */
import type { SaleView } from '../../src-preload/contract.ts';
import type { Cents } from '../../src-shared/money.ts';
import { PosError, toErrorData } from '../core/errors.ts';
import type { Clock, Logger, Scheduler } from '../core/ports.ts';
import type { StoredSale } from '../ledger/sales-repository.ts';
import type { ProviderHub } from '../providers/provider-hub.ts';
import { currencyOf, pixOf, type Payer, type PixCharge } from '../providers/provider.ts';
import { createPollScheduler, DEFAULT_POLL_SCHEDULE, type PollSchedule } from './poll-scheduler.ts';
import { providerOfSale, toSaleView, type SaleBook } from './sale-book.ts';

/** How long after a QR's expiry we still ask about it: a payment made in its last second still settles. */
const SETTLE_GRACE_MS = 10 * 60_000;

export interface PixSaleServiceDeps {
  book: SaleBook;
  hub: ProviderHub;
  clock: Clock;
  scheduler: Scheduler;
  logger: Logger;
  pixExpiresInSeconds: number;
  pollSchedule?: PollSchedule;
}

export function createPixSaleService(deps: PixSaleServiceDeps) {
  const { book, hub, clock, logger } = deps;
  const { sales, now, change } = book;
  const pixFor = (sale: StoredSale) => pixOf(hub.forSale(providerOfSale(sale)));
  const watchedNow = (saleId: string): StoredSale | undefined => {
    const sale = sales.get(saleId);
    return sale?.pix && (sale.state === 'awaiting_payment' || sale.state === 'cancelled') ? sale : undefined;
  };
  const pastGrace = (sale: StoredSale) => sale.pix !== null && clock.now() > Date.parse(sale.pix.expiresAt) + SETTLE_GRACE_MS;

  const check = async (saleId: string): Promise<'done' | 'again'> => {
    const before = watchedNow(saleId);
    if (!before?.pix) return 'done';
    let charge: PixCharge;
    try {
      charge = await pixFor(before).get(before.pix.txid);
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
      // A provider that is down while a live QR may be paid: keep asking, at the slow pace.
      if (sale.state === 'awaiting_payment' && problem.reason !== sale.problem?.reason) change(saleId, { problem });
      return 'again';
    }
    const sale = watchedNow(saleId);
    if (!sale) return 'done';
    if (charge.status === 'paid' || charge.status === 'refunded' || charge.status === 'partially_refunded') {
      change(saleId, { state: 'paid', problem: null, pixSettled: true });
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

  const poller = createPollScheduler(check, deps.pollSchedule ?? DEFAULT_POLL_SCHEDULE, deps.scheduler);

  return {
    async startPix(amountCents: Cents, payer?: Payer): Promise<SaleView> {
      book.assertCounterFree();
      const { provider, selection } = hub.active('pix');
      const api = pixOf(provider);
      if (api.requiresPayer && !payer) {
        throw new PosError('invalid_input', `${provider.name} needs the payer's name, CPF and email`, { reason: 'payer.required', field: 'payer' });
      }
      const sale = book.open(amountCents, 'pix', selection, currencyOf(provider));
      const charge = await book.attempt(sale.id, 'pix.create', async (transactionId) => {
        const created = await api.create({
          amountCents,
          userReference: sale.id,
          description: `PDV ${sale.id.slice(0, 8)}`,
          expiresInSeconds: deps.pixExpiresInSeconds,
          transactionId,
          ...(payer ? { payer } : {}),
        });
        if (created.amountCents !== amountCents) {
          throw new PosError('provider_bad_response', 'The provider created a charge for a different amount', {
            reason: 'provider.garbage',
          });
        }
        return created;
      });
      const qr = { txid: charge.txid, copyAndPaste: charge.copyAndPaste, expiresAt: charge.expiresAt, quote: charge.quote ?? null };
      const awaiting = change(sale.id, { state: 'awaiting_payment', pix: qr, problem: null });
      poller.watch(sale.id);
      return toSaleView(awaiting);
    },

    async simulatePayment(saleId: string): Promise<SaleView> {
      const sale = book.require(saleId);
      const simulate = pixFor(sale).simulatePayment;
      if (!simulate) {
        throw new PosError('invalid_state', 'Only the demo provider can simulate a payment', { reason: 'sale.not_demo' });
      }
      if (sale.state !== 'awaiting_payment' || !sale.pix) {
        throw new PosError('invalid_state', `A ${sale.state} sale cannot be paid`, { reason: 'sale.not_payable' });
      }
      await simulate(sale.pix.txid);
      await check(sale.id);
      return toSaleView(book.require(saleId));
    },

    /** After a restart: watch every sale that may still be paid, and put the newest open one back on the counter. */
    resume(): void {
      // A draft never had its QR shown (the state moves to awaiting_payment before anyone sees it), so no one can have paid it.
      for (const sale of sales.listByState('draft')) {
        const problem = { code: 'internal' as const, message: 'The till stopped before the QR was shown', retryable: true, reason: 'sale.interrupted' };
        sales.finishOpenAttempts(sale.id, 'internal', now());
        sales.update(sale.id, { state: 'failed', problem }, now());
      }
      for (const sale of sales.listByState('awaiting_payment')) {
        if (sale.method !== 'pix') continue;
        poller.watch(sale.id);
        book.putOnCounter(sale);
      }
      for (const sale of sales.listByState('cancelled')) {
        if (!sale.pixSettled && !pastGrace(sale)) poller.watch(sale.id);
      }
    },

    close(): void {
      poller.stopAll();
    },
  };
}

export type PixSaleService = ReturnType<typeof createPixSaleService>;
