/**
 * Bank transfers (seed 002): the customer deposits into the account the provider names, and the till
 * follows the payment by polling like a PIX. Same ledger-first rule: the sale exists before the call.
 */
import type { SaleView } from '../../src-preload/contract.ts';
import type { Cents } from '../../src-shared/money.ts';
import { PosError, toErrorData } from '../core/errors.ts';
import type { Clock, Logger, Scheduler } from '../core/ports.ts';
import type { StoredSale } from '../ledger/sales-repository.ts';
import type { ProviderHub } from '../providers/provider-hub.ts';
import { currencyOf, type BankTransferApi, type Payer, type Provider } from '../providers/provider.ts';
import { createPollScheduler, DEFAULT_POLL_SCHEDULE, type PollSchedule } from './poll-scheduler.ts';
import { providerOfSale, toSaleView, type SaleBook } from './sale-book.ts';

function transfersOf(provider: Provider): BankTransferApi {
  if (!provider.bankTransfer) {
    throw new PosError('invalid_state', `${provider.name} does not take bank transfers`, { reason: 'provider.no_bank_transfer' });
  }
  return provider.bankTransfer;
}

/** How long a cancelled transfer is still watched for a late deposit. */
const CANCELLED_WATCH_MS = 60 * 60_000;

export interface BankTransferServiceDeps {
  book: SaleBook;
  hub: ProviderHub;
  clock: Clock;
  scheduler: Scheduler;
  logger: Logger;
  pollSchedule?: PollSchedule | undefined;
}

export function createBankTransferService({ book, hub, clock, scheduler, logger, pollSchedule }: BankTransferServiceDeps) {
  const { sales, change } = book;

  // A cancelled transfer can still be deposited into; it is watched this long, then let go.
  const watchedAfterCancel = (sale: StoredSale) => clock.now() < Date.parse(sale.updatedAt) + CANCELLED_WATCH_MS;

  const check = async (saleId: string): Promise<'done' | 'again'> => {
    const sale = sales.get(saleId);
    if (!sale?.bankTransfer) return 'done';
    if (sale.state !== 'awaiting_payment' && !(sale.state === 'cancelled' && watchedAfterCancel(sale))) return 'done';
    try {
      const transfer = await transfersOf(hub.forSale(providerOfSale(sale))).get(sale.bankTransfer.id);
      const fresh = sales.get(saleId);
      if (fresh?.state !== 'awaiting_payment' && fresh?.state !== 'cancelled') return 'done';
      if (transfer.status === 'pending') return 'again';
      if (transfer.status === 'paid') change(saleId, { state: 'paid', problem: null });
      else if (fresh.state === 'cancelled') return 'done';
      else if (transfer.status === 'expired') change(saleId, { state: 'expired', problem: null });
      else change(saleId, { state: 'failed', problem: { code: 'provider_rejected', message: 'The provider denied the transfer', retryable: false, reason: 'transfer.denied' } });
      return 'done';
    } catch (error) {
      logger.warn('Bank transfer status check failed', { saleId, code: toErrorData(error).code });
      return 'again';
    }
  };
  const poller = createPollScheduler(check, pollSchedule ?? DEFAULT_POLL_SCHEDULE, scheduler);

  return {
    async start(amountCents: Cents, payer: Payer): Promise<SaleView> {
      book.assertCounterFree();
      const { provider, selection } = hub.active('pix');
      const api = transfersOf(provider);
      const sale = book.open(amountCents, 'bank_transfer', selection, currencyOf(provider, 'bank_transfer'));
      const transfer = await book.attempt(sale.id, 'bank_transfer.create', (transactionId) =>
        api.create({ amountCents, payer, reference: sale.id, transactionId }),
      );
      const bankTransfer = { id: transfer.id, quote: transfer.quote ?? null, bank: transfer.bank };
      const awaiting = change(sale.id, { state: 'awaiting_payment', bankTransfer, problem: null });
      poller.watch(sale.id);
      return toSaleView(awaiting);
    },

    /** After a cancel at the counter: a late deposit must still be seen. */
    watch: (saleId: string) => poller.watch(saleId),

    async simulatePayment(saleId: string): Promise<SaleView> {
      const sale = book.require(saleId);
      const simulate = transfersOf(hub.forSale(providerOfSale(sale))).simulatePayment;
      if (!simulate) throw new PosError('invalid_state', 'Only the demo provider can simulate a payment', { reason: 'sale.not_demo' });
      if (sale.state !== 'awaiting_payment' || !sale.bankTransfer) {
        throw new PosError('invalid_state', `A ${sale.state} sale cannot be paid`, { reason: 'sale.not_payable' });
      }
      await simulate(sale.bankTransfer.id);
      await check(saleId);
      return toSaleView(book.require(saleId));
    },

    resume(): void {
      for (const sale of sales.listByState('awaiting_payment')) {
        if (sale.method !== 'bank_transfer') continue;
        poller.watch(sale.id);
        book.putOnCounter(sale);
      }
      for (const sale of sales.listByState('cancelled')) {
        if (sale.method === 'bank_transfer' && watchedAfterCancel(sale)) poller.watch(sale.id);
      }
    },

    close(): void {
      poller.stopAll();
    },
  };
}

export type BankTransferService = ReturnType<typeof createBankTransferService>;
