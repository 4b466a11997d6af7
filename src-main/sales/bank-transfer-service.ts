/**
 * Bank transfers (seed 002): the customer deposits into the account the provider names, and the till
 * follows the payment by polling like a PIX. Same rules: the sale is durable before the create, the
 * create is sent once and a lost answer is resolved by our reference (`transaction_id`), a deposit into a
 * cancelled or expired transfer is a late payment.
 */
import type { SaleView } from '../../src-preload/contract.ts';
import type { Cents } from '../../src-shared/money.ts';
import { invalidState, notDemoError, notPayableError, outcomeUnknownError, toErrorData } from '../core/errors.ts';
import type { Clock, Logger, Scheduler } from '../core/ports.ts';
import type { StoredSale } from '../ledger/sales-repository.ts';
import type { ProviderHub } from '../providers/provider-hub.ts';
import { currencyOf, type BankTransfer, type BankTransferApi, type Payer, type Provider } from '../providers/provider.ts';
import type { LatePayments } from './late-payments.ts';
import { createPollScheduler, DEFAULT_POLL_SCHEDULE, SETTLE_POLL_SCHEDULE, type PollSchedule } from './poll-scheduler.ts';
import type { Resolver } from './resolve-by-reference.ts';
import { toSaleView, type SaleBook } from './sale-book.ts';
import { sendOnce } from './send-once.ts';

function transfersOf(provider: Provider): BankTransferApi {
  if (!provider.bankTransfer) {
    throw invalidState('provider.no_bank_transfer', `${provider.name} does not take bank transfers`);
  }
  return provider.bankTransfer;
}

/** How long a cancelled or expired transfer is still watched for a late deposit. */
const AFTER_WATCH_MS = 60 * 60_000;

export interface BankTransferServiceDeps {
  book: SaleBook;
  hub: ProviderHub;
  clock: Clock;
  scheduler: Scheduler;
  logger: Logger;
  resolver: Resolver;
  late: LatePayments;
  pollSchedule?: PollSchedule | undefined;
}

export interface BankTransferService {
  start(amountCents: Cents, payer: Payer): Promise<SaleView>;
  cancel(saleId: string): SaleView;
  simulatePayment(saleId: string): Promise<SaleView>;
  resolveInterrupted(sale: StoredSale, transactionId: string, startedAt: number): Promise<void>;
  resume(): void;
  close(): void;
}

export function createBankTransferService({ book, hub, clock, scheduler, logger, resolver, late, pollSchedule }: BankTransferServiceDeps): BankTransferService {
  const settleSchedule = pollSchedule ?? SETTLE_POLL_SCHEDULE;
  const watchedAfter = (sale: StoredSale) => clock.now() < Date.parse(sale.updatedAt) + AFTER_WATCH_MS;
  const watchable = (sale: StoredSale | undefined) =>
    sale?.bankTransfer && (sale.state === 'awaiting_payment' || ((sale.state === 'cancelled' || sale.state === 'expired') && watchedAfter(sale)));

  const check = async (saleId: string): Promise<'done' | 'again'> => {
    const sale = book.get(saleId);
    if (!sale?.bankTransfer || !watchable(sale)) return 'done';
    try {
      const transfer = await transfersOf(hub.forSale(sale)).get(sale.bankTransfer.id);
      const fresh = book.get(saleId);
      if (!watchable(fresh)) return 'done';
      if (transfer.status === 'pending') return 'again';
      if (transfer.status === 'paid') {
        if (late.isLate(saleId)) late.paid(saleId);
        else book.change(saleId, { state: 'paid', problem: null });
        return 'done';
      }
      if (fresh?.state !== 'awaiting_payment') return 'again';
      if (transfer.status === 'expired') {
        book.change(saleId, { state: 'expired', problem: null });
        poller.rewatch(saleId, settleSchedule);
        return 'again';
      }
      book.change(saleId, { state: 'failed', problem: { code: 'provider_rejected', message: 'The provider denied the transfer', retryable: false, reason: 'transfer.denied' } });
      return 'done';
    } catch (error) {
      logger.warn('Bank transfer status check failed', { saleId, code: toErrorData(error).code });
      return 'again';
    }
  };
  const poller = createPollScheduler({ check, schedule: pollSchedule ?? DEFAULT_POLL_SCHEDULE, scheduler });

  const finish = async (sale: StoredSale, transactionId: string, startedAt: number, call?: () => Promise<BankTransfer>) => {
    const outcome = await sendOnce(resolver, {
      call,
      lookup: () => transfersOf(hub.forSale(sale)).findByReference(sale.id),
      pick: (found) => found.find((transfer) => transfer.amountCents === sale.amountCents),
      startedAt,
    });
    if (outcome.kind === 'made') {
      const { value } = outcome;
      const bankTransfer = { id: value.id, quote: value.quote ?? null, bank: value.bank };
      const awaiting = book.settle(sale.id, { transactionId, outcome: 'ok', errorCode: null }, { state: 'awaiting_payment', bankTransfer, problem: null });
      if (awaiting.state === 'awaiting_payment') poller.watch(sale.id);
      return { sale: awaiting };
    }
    if (outcome.kind === 'unknown') {
      const problem = toErrorData(outcomeUnknownError('sale.outcome_unknown', 'The provider could not be asked whether the transfer exists'));
      return { sale: book.settle(sale.id, { transactionId, outcome: 'error', errorCode: problem.code }, { state: 'needs_checking', problem }) };
    }
    book.leaveCounter(sale.id);
    return { sale: book.failed(sale.id, transactionId, outcome.error), error: outcome.error };
  };

  return {
    async start(amountCents, payer) {
      book.assertCounterFree();
      const { provider, selection, account } = hub.active('pix');
      const api = transfersOf(provider);
      const startedAt = clock.now();
      const { sale, transactionId } = book.open({ amountCents, currency: currencyOf(provider, 'bank_transfer'), method: 'bank_transfer', selection, account, operation: 'bank_transfer.create' });
      const done = await finish(sale, transactionId, startedAt, () => api.create({ amountCents, payer, reference: sale.id, transactionId }));
      if (done.error !== undefined && done.sale.state === 'failed') throw done.error;
      return toSaleView(done.sale);
    },

    /** A cancelled transfer can still be deposited into: it is watched, more slowly, for a late deposit. */
    cancel(saleId) {
      const cancelled = book.cancel(saleId);
      poller.rewatch(saleId, settleSchedule);
      return toSaleView(cancelled);
    },

    async simulatePayment(saleId) {
      const sale = book.require(saleId);
      const simulate = transfersOf(hub.forSale(sale)).simulatePayment;
      if (!simulate) throw notDemoError();
      if (sale.state !== 'awaiting_payment' || !sale.bankTransfer) {
        throw notPayableError(`A ${sale.state} sale cannot be paid`);
      }
      await simulate(sale.bankTransfer.id);
      await check(saleId);
      return toSaleView(book.require(saleId));
    },

    async resolveInterrupted(sale, transactionId, startedAt) {
      await finish(sale, transactionId, startedAt);
    },

    resume() {
      for (const sale of book.listByState('awaiting_payment')) {
        if (sale.method !== 'bank_transfer') continue;
        poller.watch(sale.id);
        book.putOnCounter(sale);
      }
      for (const state of ['cancelled', 'expired'] as const) {
        for (const sale of book.listByState(state)) if (sale.method === 'bank_transfer' && watchable(sale)) poller.watch(sale.id, settleSchedule);
      }
    },

    close() {
      poller.stopAll();
    },
  };
}
