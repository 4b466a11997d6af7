/**
 * Refunds of paid sales: a PIX devolution or a card cancellation, full or partial, never above what is
 * left (a refund not yet at an end counts as paid until it is). Every refund ends:
 * `requested -> processing -> completed | failed`, or `needs_checking` where the provider gives no way to
 * learn the outcome. The refund is in the ledger before the provider hears of it. After an ambiguous
 * answer, or a restart, the till looks the refund up until a deadline past the provider's processing
 * time; only when nothing was made does it send again (same row, new x-transaction-id).
 */
import { randomUUID } from 'node:crypto';
import type { RefundView, SaleView } from '../../src-preload/contract.ts';
import type { Cents } from '../../src-shared/money.ts';
import { fromErrorData, invalidInput, invalidState, isAmbiguous, notFound, notRefundableError, refundUnsupportedError, toErrorData } from '../core/errors.ts';
import type { Logger, RefundGuard, Scheduler } from '../core/ports.ts';
import type { StoredRefund } from '../ledger/refunds-repository.ts';
import type { StoredSale } from '../ledger/sales-repository.ts';
import type { ProviderHub } from '../providers/provider-hub.ts';
import { cardOf, pixOf } from '../providers/provider.ts';
import type { Alerts } from './alerts.ts';
import { createPollScheduler, DEFAULT_POLL_SCHEDULE, type PollSchedule } from './poll-scheduler.ts';
import { createPaidTwiceRecorder } from './refund-paid-twice.ts';
import { lookUpRefund, REFUND_STATE, refundDescription } from './refund-lookup.ts';
import { providerOfSale, toSaleView, type SaleBook } from './sale-book.ts';

/** Past the provider's client timeout and its own processing time: a refund not found by then was not made. */
export const DEFAULT_REFUND_LOOKUP_WINDOW_MS = 120_000;

export function refundableCents(sale: StoredSale): Cents {
  const maybePaid = sale.refunds.filter((refund) => refund.state !== 'failed').reduce((sum, refund) => sum + refund.amountCents, 0);
  return sale.amountCents - maybePaid;
}

export interface RefundServiceDeps {
  book: SaleBook;
  hub: ProviderHub;
  logger: Logger;
  scheduler: Scheduler;
  /** A refund the provider paid twice is shown to the cashier. */
  alerts: Alerts;
  refundGuard?: RefundGuard | undefined;
  pollSchedule?: PollSchedule | undefined;
  lookupWindowMs?: number | undefined;
  /** Money went back: e.g. print the refund slip. Must not throw. */
  onCompleted?: (sale: StoredSale, refund: StoredRefund) => void;
}

export interface RefundService {
  /** Refunds part or all of a paid sale; refused above what is left. */
  refund(saleId: string, amountCents: Cents, reason: string): Promise<SaleView>;
  /** A person checked with the provider what the till could not: the refund was paid or it was not. */
  resolve(refundId: string, paid: boolean): SaleView;
  /** After a restart: every refund not at an end is followed again, from wherever it stood. */
  resume(): void;
  close(): void;
}

export function createRefundService(deps: RefundServiceDeps): RefundService {
  const { book, hub, logger } = deps;
  const { now } = book;
  const refunds = book.refunds;
  const paidTwice = createPaidTwiceRecorder({ reversals: book.reversals, write: book.write, alerts: deps.alerts, logger, now });
  const windowMs = deps.lookupWindowMs ?? DEFAULT_REFUND_LOOKUP_WINDOW_MS;

  const settle = (refund: StoredRefund, state: RefundView['state'], providerRefundId?: string, problem: StoredRefund['problem'] = null) => {
    const settled = refunds.update(refund.id, { state, problem, ...(providerRefundId ? { providerRefundId } : {}) }, now());
    const sale = book.require(refund.saleId);
    book.announce(sale);
    if (state === 'completed' && refund.state !== 'completed') deps.onCompleted?.(sale, settled);
    // Whatever way a refund fails (refused, found not made and refused again, a person says so), its amount is free again.
    if (state === 'failed' && refund.state !== 'failed') void deps.refundGuard?.release(refund.id);
    return settled;
  };

  /** One request to the provider, recorded as an attempt; the answer (or its absence) settles the row. */
  const send = async (sale: StoredSale, refund: StoredRefund): Promise<StoredRefund> => {
    // Cash leaves the drawer at the counter: done as soon as it is written.
    if (sale.method === 'cash') return settle(refund, 'completed');
    book.startAttempt(sale.id, 'refund', refund.transactionId);
    try {
      const provider = hub.forSale(sale);
      let answer: { state: RefundView['state']; id: string };
      if (sale.method === 'pix' && sale.pix) {
        const create = pixOf(provider).refund;
        if (!create) throw refundUnsupportedError();
        const request = { txid: sale.pix.txid, amountCents: refund.amountCents, description: refundDescription(refund), transactionId: refund.transactionId };
        const made = await create(request);
        answer = { state: REFUND_STATE[made.status], id: made.id };
      } else {
        const cancel = sale.method === 'card' ? cardOf(provider).cancel : undefined;
        if (!cancel || !sale.cardChargeId) throw refundUnsupportedError();
        // The provider refuses a cancellation it cannot do; an answer means it was done.
        answer = { state: 'completed', id: (await cancel(sale.cardChargeId, refund.amountCents)).id };
      }
      book.closeAttempt(refund.transactionId, 'ok', null);
      return settle(refund, answer.state, answer.id);
    } catch (error) {
      const problem = toErrorData(error);
      book.closeAttempt(refund.transactionId, 'error', problem.code);
      // Maybe it reached the provider: it stays counted against the sale until a lookup tells.
      return settle(refund, isAmbiguous(error) ? 'requested' : 'failed', undefined, problem);
    }
  };

  const follow = async (refundId: string): Promise<'done' | 'again'> => {
    const refund = refunds.get(refundId);
    if (!refund || !isOpen(refund)) return 'done';
    const sale = book.require(refund.saleId);
    try {
      const provider = hub.forSale(sale);
      if (refund.state === 'processing' && refund.providerRefundId && provider.pix?.getRefund) {
        const state = REFUND_STATE[(await provider.pix.getRefund(refund.providerRefundId)).status];
        if (state !== 'processing') settle(refund, state);
        return state === 'processing' ? 'again' : 'done';
      }
      const found = await lookUpRefund(provider, sale, refund);
      if (found.kind === 'unknowable') {
        settle(refund, 'needs_checking', undefined, refund.problem);
        return 'done';
      }
      if (found.kind === 'found') {
        for (const extra of found.paidTwice ?? []) {
          paidTwice({ saleId: sale.id, saleTillCode: null, refundId: refund.id, ...providerOfSale(sale), providerAccount: sale.providerAccount, currency: sale.currency, extra });
        }
        return isOpen(settle(refund, found.state, found.providerRefundId)) ? 'again' : 'done';
      }
      if (Date.parse(refund.sentAt ?? refund.createdAt) + windowMs > Date.parse(now())) return 'again';
      logger.warn('Refund not found at the provider after the lookup window: sending it again', { refundId });
      const resent = await send(sale, refunds.markResent(refund.id, randomUUID(), now()));
      return isOpen(resent) ? 'again' : 'done';
    } catch (error) {
      logger.warn('Refund lookup failed', { refundId, code: toErrorData(error).code });
      return 'again';
    }
  };

  const poller = createPollScheduler({ check: follow, schedule: deps.pollSchedule ?? DEFAULT_POLL_SCHEDULE, scheduler: deps.scheduler });

  return {
    async refund(saleId: string, amountCents: Cents, reason: string): Promise<SaleView> {
      const sale = book.require(saleId);
      if (sale.state !== 'paid') throw notRefundableError(sale.state);
      if (amountCents > refundableCents(sale)) {
        throw invalidInput('refund.too_much', 'The refund is larger than what is left to refund', 'amountCents');
      }
      if (sale.method === 'pix_static') {
        throw invalidState('refund.manual_only', 'A static PIX is refunded by hand');
      }
      // The account that took the sale must still be there (its credentials may have been removed).
      if (sale.method !== 'cash') hub.forSale(sale);
      const refundId = randomUUID();
      if (deps.refundGuard) await deps.refundGuard.reserve(saleId, refundId, amountCents);
      const refund = refunds.create({ id: refundId, saleId, amountCents, currency: sale.currency, reason, transactionId: randomUUID(), at: now() });
      const sent = await send(sale, refund);
      if (isOpen(sent)) poller.watch(refund.id);
      if (sent.state === 'failed' && sent.problem) throw fromErrorData(sent.problem);
      return toSaleView(book.require(saleId));
    },

    resolve(refundId: string, paid: boolean): SaleView {
      const refund = refunds.get(refundId);
      if (!refund) throw notFound('refund.not_found', 'No such refund');
      if (refund.state !== 'needs_checking') throw invalidState('refund.not_unresolved', `A ${refund.state} refund needs no checking`);
      settle(refund, paid ? 'completed' : 'failed');
      return toSaleView(book.require(refund.saleId));
    },

    resume(): void {
      for (const refund of refunds.listOpen()) poller.watch(refund.id);
    },

    close(): void {
      poller.stopAll();
    },
  };
}

const isOpen = (refund: StoredRefund) => refund.state === 'requested' || refund.state === 'processing';

