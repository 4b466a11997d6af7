/**
 * Every reversal ends. The first send and every later step go through here: an answer settles it; an
 * ambiguous answer, a PIX devolution still processing, or a restart leaves it `requested`, and the till
 * looks it up at the account that took the sale until it ends. Only when the lookup finds nothing past
 * the provider's processing time is it sent again, with a new x-transaction-id. A reversal that fails,
 * or that the provider gives no way to follow, is shown to the cashier: a person takes it from there.
 */
import { randomUUID } from 'node:crypto';
import { isAmbiguous, reversalUnknowable, toErrorData } from '../core/errors.ts';
import type { Logger, Scheduler } from '../core/ports.ts';
import type { StoredReversal } from '../ledger/reversals-repository.ts';
import type { ProviderHub } from '../providers/provider-hub.ts';
import type { Alerts } from './alerts.ts';
import { createPollScheduler, DEFAULT_POLL_SCHEDULE, type PollSchedule } from './poll-scheduler.ts';
import { DEFAULT_REFUND_LOOKUP_WINDOW_MS } from './refund-service.ts';
import { lookUpReversal, sendReversal, type ReversalOutcome } from './reversal-requests.ts';
import type { SaleBook } from './sale-book.ts';

export interface ReversalFollowUpDeps {
  book: SaleBook;
  hub: ProviderHub;
  alerts: Alerts;
  logger: Logger;
  scheduler: Scheduler;
  pollSchedule?: PollSchedule | undefined;
  lookupWindowMs?: number | undefined;
}

export interface ReversalFollowUp {
  /** Sends a reversal just booked `requested`, and follows it until it ends. */
  send(reversal: StoredReversal): Promise<StoredReversal>;
  /** After a restart: every reversal not at an end is followed again. */
  resume(): void;
  close(): void;
}

export function createReversalFollowUp(deps: ReversalFollowUpDeps): ReversalFollowUp {
  const { book, hub, alerts, logger } = deps;
  const windowMs = deps.lookupWindowMs ?? DEFAULT_REFUND_LOOKUP_WINDOW_MS;

  const settle = (reversal: StoredReversal, outcome: ReversalOutcome | { state: 'failed'; problem: unknown }) => {
    const problem = 'problem' in outcome ? toErrorData(outcome.problem) : null;
    const providerReversalId = 'providerReversalId' in outcome ? outcome.providerReversalId : undefined;
    const settled = book.write(() => book.reversals.update(reversal.id, { state: outcome.state, ...(providerReversalId && { providerReversalId }), problem }, book.now())) ?? reversal;
    // A charge of no sale (reversed at reconciliation) has no sale to announce; its alert still goes out.
    if (reversal.saleId) book.announce(book.require(reversal.saleId));
    if (settled.state === 'failed' && reversal.state !== 'failed') {
      logger.warn('Reversal failed', { saleId: reversal.saleId, kind: reversal.kind, reason: problem?.reason });
      alerts.raise({ kind: 'reversal_failed', saleId: reversal.saleId, amount: { cents: reversal.amountCents, currency: reversal.currency }, refundable: false });
    }
    return settled;
  };

  /** One request; an answer we did not hear leaves the reversal to be looked up. */
  const request = async (reversal: StoredReversal): Promise<StoredReversal> => {
    try {
      return settle(reversal, await sendReversal(hub.forSale(reversal), reversal));
    } catch (error) {
      if (isAmbiguous(error)) return reversal;
      return settle(reversal, { state: 'failed', problem: error });
    }
  };

  const follow = async (reversalId: string): Promise<'done' | 'again'> => {
    const reversal = book.reversals.get(reversalId);
    if (reversal?.state !== 'requested') return 'done';
    try {
      const found = await lookUpReversal(hub.forSale(reversal), reversal);
      if (found.kind === 'found') return settle(reversal, found.outcome).state === 'requested' ? 'again' : 'done';
      if (found.kind === 'unknowable') {
        settle(reversal, { state: 'failed', problem: reversalUnknowable() });
        return 'done';
      }
      if (Date.parse(reversal.createdAt) + windowMs > Date.parse(book.now())) return 'again';
      logger.warn('Reversal not found at the provider after the lookup window: sending it again', { reversalId });
      const renewed = book.write(() => book.reversals.update(reversal.id, { state: 'requested', transactionId: randomUUID() }, book.now())) ?? reversal;
      return (await request(renewed)).state === 'requested' ? 'again' : 'done';
    } catch (error) {
      if (toErrorData(error).reason === 'provider.account_removed') {
        settle(reversal, { state: 'failed', problem: error });
        return 'done';
      }
      logger.warn('Reversal lookup failed', { reversalId, code: toErrorData(error).code });
      return 'again';
    }
  };

  const poller = createPollScheduler({ check: follow, schedule: deps.pollSchedule ?? DEFAULT_POLL_SCHEDULE, scheduler: deps.scheduler });

  return {
    async send(reversal) {
      const sent = await request(reversal);
      if (sent.state === 'requested') poller.watch(sent.id);
      return sent;
    },
    resume() {
      for (const reversal of book.reversals.listByState('requested')) poller.watch(reversal.id);
    },
    close: () => poller.stopAll(),
  };
}
