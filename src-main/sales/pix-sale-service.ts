/**
 * PIX at the counter, from amount to paid. Ledger first: the sale and the provider attempt are durable
 * before the charge is created, and the create is sent once; an answer lost on the way is resolved by the
 * sale's userReference (send-once.ts). The poller follows the QR once a second while it is on the
 * counter, slower after a cancel, and picks every open sale up again after a restart.
 */
import type { SaleView } from '../../src-preload/contract.ts';
import type { Cents } from '../../src-shared/money.ts';
import { invalidInput, notDemoError, notPayableError, outcomeUnknownError, providerBadResponse, toErrorData } from '../core/errors.ts';
import type { Clock, Logger, Scheduler } from '../core/ports.ts';
import type { StoredSale } from '../ledger/sales-repository.ts';
import type { ProviderHub } from '../providers/provider-hub.ts';
import { currencyOf, pixOf, type Payer, type PixCharge } from '../providers/provider.ts';
import type { LatePayments } from './late-payments.ts';
import type { OrphanReverser } from './orphan-reverser.ts';
import { createPixStatusCheck } from './pix-status-check.ts';
import { createPollScheduler, DEFAULT_POLL_SCHEDULE, SETTLE_POLL_SCHEDULE, type PollSchedule } from './poll-scheduler.ts';
import type { Resolver } from './resolve-by-reference.ts';
import { toSaleView, type SaleBook } from './sale-book.ts';
import { sendOnce } from './send-once.ts';

export interface PixSaleServiceDeps {
  book: SaleBook;
  hub: ProviderHub;
  clock: Clock;
  scheduler: Scheduler;
  logger: Logger;
  resolver: Resolver;
  orphans: OrphanReverser;
  late: LatePayments;
  pixExpiresInSeconds: number;
  pollSchedule?: PollSchedule | undefined;
}

export interface PixSaleService {
  startPix(amountCents: Cents, payer?: Payer): Promise<SaleView>;
  cancel(saleId: string): SaleView;
  simulatePayment(saleId: string): Promise<SaleView>;
  /** What the provider holds under this sale's reference, for a sale a crash interrupted mid-create. */
  resolveInterrupted(sale: StoredSale, transactionId: string, startedAt: number): Promise<void>;
  resume(): void;
  close(): void;
}

interface Finished {
  sale: StoredSale;
  /** Why nothing was charged, when nothing was. */
  error?: unknown;
}

export function createPixSaleService(deps: PixSaleServiceDeps): PixSaleService {
  const { book, hub, clock, resolver, orphans } = deps;
  const { check, pastGrace } = createPixStatusCheck(deps);
  const poller = createPollScheduler({ check, schedule: deps.pollSchedule ?? DEFAULT_POLL_SCHEDULE, scheduler: deps.scheduler });
  const settleSchedule = deps.pollSchedule ?? SETTLE_POLL_SCHEDULE;
  const lookup = (sale: StoredSale, around: number) => () => pixOf(hub.forSale(sale)).findByReference(sale.id, new Date(around));
  const pick = (sale: StoredSale) => (found: PixCharge[]) => found.find((charge) => charge.amountCents === sale.amountCents);
  const reverseAll = (sale: StoredSale, charges: PixCharge[]) => {
    for (const charge of charges) void orphans.pixCharge(sale, charge).catch((error: unknown) => deps.logger.warn('Orphan PIX not reversed', { saleId: sale.id, reason: toErrorData(error).reason }));
  };
  /** After "not created", one more look: a charge committed even later is an orphan. */
  const lookLater = (sale: StoredSale, around: number) =>
    resolver.lookLater(async () => reverseAll(book.require(sale.id), await lookup(sale, around)()));

  /** Books what one create brought: the QR on the counter, a failure to retry, or a sale to check. */
  /** Nothing was charged: back to amount entry, so the cashier can simply try again. */
  const fail = (sale: StoredSale, transactionId: string, error: unknown): Finished => {
    book.leaveCounter(sale.id);
    return { sale: book.failed(sale.id, transactionId, error), error };
  };

  const finish = async (sale: StoredSale, transactionId: string, startedAt: number, call?: () => Promise<PixCharge>): Promise<Finished> => {
    const outcome = await sendOnce(resolver, {
      call,
      lookup: lookup(sale, startedAt),
      pick: pick(sale),
      startedAt,
    });
    if (outcome.kind === 'made') {
      const { value: charge, others } = outcome;
      reverseAll(sale, others);
      if (charge.amountCents !== sale.amountCents) {
        reverseAll(sale, [charge]);
        return fail(sale, transactionId, providerBadResponse('provider.garbage', 'The provider created a charge for a different amount'));
      }
      const qr = { txid: charge.txid, copyAndPaste: charge.copyAndPaste, expiresAt: charge.expiresAt, quote: charge.quote ?? null };
      const awaiting = book.settle(sale.id, { transactionId, outcome: 'ok', errorCode: null }, { state: 'awaiting_payment', pix: qr, problem: null });
      if (awaiting.state === 'awaiting_payment') poller.watch(sale.id);
      return { sale: awaiting };
    }
    if (outcome.kind === 'unknown') {
      const problem = toErrorData(outcomeUnknownError('sale.outcome_unknown', 'The provider could not be asked whether the charge exists'));
      return { sale: book.settle(sale.id, { transactionId, outcome: 'error', errorCode: problem.code }, { state: 'needs_checking', problem }) };
    }
    if (outcome.kind === 'absent') {
      reverseAll(sale, outcome.orphans);
      lookLater(sale, startedAt);
    }
    return fail(sale, transactionId, outcome.error);
  };

  return {
    async startPix(amountCents, payer) {
      book.assertCounterFree();
      const { provider, selection, account } = hub.active('pix');
      const api = pixOf(provider);
      if (api.requiresPayer && !payer) {
        throw invalidInput('payer.required', `${provider.name} needs the payer's name, CPF and email`, 'payer');
      }
      const startedAt = clock.now();
      const { sale, transactionId } = book.open({ amountCents, currency: currencyOf(provider), method: 'pix', selection, account, operation: 'pix.create' });
      const request = { amountCents, userReference: sale.id, description: `PDV ${sale.id.slice(0, 8)}`, expiresInSeconds: deps.pixExpiresInSeconds, transactionId };
      const done = await finish(sale, transactionId, startedAt, () => api.create(payer ? { ...request, payer } : request));
      if (done.error !== undefined && done.sale.state === 'failed') throw done.error;
      return toSaleView(done.sale);
    },

    cancel(saleId) {
      const cancelled = book.cancel(saleId);
      poller.rewatch(saleId, settleSchedule);
      return toSaleView(cancelled);
    },

    async simulatePayment(saleId) {
      const sale = book.require(saleId);
      const simulate = pixOf(hub.forSale(sale)).simulatePayment;
      if (!simulate) throw notDemoError();
      if (sale.state !== 'awaiting_payment' || !sale.pix) {
        throw notPayableError(`A ${sale.state} sale cannot be paid`);
      }
      await simulate(sale.pix.txid);
      await check(sale.id);
      return toSaleView(book.require(saleId));
    },

    async resolveInterrupted(sale, transactionId, startedAt) {
      await finish(sale, transactionId, startedAt);
    },

    /** After a restart: watch every sale that may still be paid, and put the newest open one back on the counter. */
    resume() {
      for (const sale of book.listByState('awaiting_payment')) {
        if (sale.method !== 'pix') continue;
        poller.watch(sale.id);
        book.putOnCounter(sale);
      }
      for (const sale of book.listByState('cancelled')) {
        if (sale.method === 'pix' && !sale.pixSettled && !pastGrace(sale)) poller.watch(sale.id, settleSchedule);
      }
    },

    close() {
      poller.stopAll();
    },
  };
}
