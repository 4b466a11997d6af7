/**
 * A refund of another till's sale always ends, by the rules of this till's own refunds (refund-service.ts):
 * after an ambiguous answer or a restart, a PIX refund is looked up in the provider's refund list and sent
 * again (new x-transaction-id) only when nothing was made past the lookup window. A card charge's cancelled
 * amount sums every till's cancels and cannot be told apart across tills, so a card cancel whose answer was
 * lost waits for a person (`needs_checking`), its amount still held.
 */
import { randomUUID } from 'node:crypto';
import type { RefundView } from '../../src-preload/contract.ts';
import { isAmbiguous, refundUnsupportedError, toErrorData } from '../core/errors.ts';
import type { Logger, Scheduler } from '../core/ports.ts';
import type { OtherTillRefund, OtherTillRefundsRepository } from '../ledger/other-till-refunds-repository.ts';
import type { ProviderHub } from '../providers/provider-hub.ts';
import { cardOf, pixOf, type Provider } from '../providers/provider.ts';
import { createPollScheduler, DEFAULT_POLL_SCHEDULE, type PollSchedule } from './poll-scheduler.ts';
import type { RecordPaidTwice } from './refund-paid-twice.ts';
import { lookUpPixRefund, REFUND_STATE, refundDescription } from './refund-lookup.ts';
import { DEFAULT_REFUND_LOOKUP_WINDOW_MS } from './refund-service.ts';

export interface OtherTillFollowUpDeps {
  refunds: OtherTillRefundsRepository;
  hub: ProviderHub;
  /** Frees a failed refund's amount in the store; never throws. */
  release(refundId: string): Promise<void>;
  /** Sends the refund's change to the store now (every till's view shows it); never throws. */
  publish(saleId: string): Promise<void>;
  /** A refund the provider paid twice is recorded and shown, as this till's own are. */
  paidTwice: RecordPaidTwice;
  now: () => string;
  logger: Logger;
  scheduler: Scheduler;
  pollSchedule?: PollSchedule | undefined;
  lookupWindowMs?: number | undefined;
}

export const isOpen = (refund: OtherTillRefund): boolean => refund.state === 'requested' || refund.state === 'processing';

export function createOtherTillFollowUp(deps: OtherTillFollowUpDeps) {
  const { refunds, now, logger } = deps;
  const windowMs = deps.lookupWindowMs ?? DEFAULT_REFUND_LOOKUP_WINDOW_MS;

  const settle = async (refund: OtherTillRefund, state: RefundView['state'], change: { providerRefundId?: string; problem?: OtherTillRefund['problem'] } = {}) => {
    const settled = refunds.settle(refund.id, { state, ...change }, now());
    // However it fails (refused, found not made and refused again, a person says so), its amount is free again.
    if (state === 'failed' && refund.state !== 'failed') await deps.release(refund.id);
    return settled;
  };

  const providerOf = (refund: OtherTillRefund): Provider =>
    deps.hub.forSale({ providerId: refund.providerId, providerEnvironment: refund.providerEnvironment, providerAccount: refund.providerAccount });

  /** One request to the provider; the answer, or its absence, settles the row. */
  const send = async (provider: Provider, refund: OtherTillRefund): Promise<OtherTillRefund> => {
    try {
      if (refund.method === 'pix') {
        const create = pixOf(provider).refund;
        if (!create) throw refundUnsupportedError();
        const made = await create({ txid: refund.providerRef, amountCents: refund.amountCents, description: refundDescription(refund), transactionId: refund.transactionId });
        return await settle(refund, REFUND_STATE[made.status], { providerRefundId: made.id });
      }
      const cancel = cardOf(provider).cancel;
      if (!cancel) throw refundUnsupportedError();
      // The provider refuses a cancellation it cannot do; an answer means it was done.
      return await settle(refund, 'completed', { providerRefundId: (await cancel(refund.providerRef, refund.amountCents)).id });
    } catch (error) {
      const problem = toErrorData(error);
      if (!isAmbiguous(error)) return settle(refund, 'failed', { problem });
      // Maybe it reached the provider: it stays held against the sale until a lookup, or a person, tells.
      return settle(refund, refund.method === 'card' ? 'needs_checking' : 'requested', { problem });
    }
  };

  const lookUp = async (refund: OtherTillRefund): Promise<'done' | 'again'> => {
    const provider = providerOf(refund);
    if (refund.state === 'processing' && refund.providerRefundId && provider.pix?.getRefund) {
      const state = REFUND_STATE[(await provider.pix.getRefund(refund.providerRefundId)).status];
      if (state === 'processing') return 'again';
      await settle(refund, state);
      return 'done';
    }
    const found = refund.method === 'pix' ? await lookUpPixRefund(provider, { txid: refund.providerRef, refund }) : ({ kind: 'unknowable' } as const);
    if (found.kind === 'unknowable') {
      await settle(refund, 'needs_checking', { problem: refund.problem });
      return 'done';
    }
    if (found.kind === 'found') {
      for (const extra of found.paidTwice ?? []) {
        const { saleId, saleTillCode, providerId, providerEnvironment, providerAccount, currency } = refund;
        deps.paidTwice({ saleId, saleTillCode, refundId: refund.id, providerId, providerEnvironment, providerAccount, currency, extra });
      }
      return isOpen(await settle(refund, found.state, { ...(found.providerRefundId && { providerRefundId: found.providerRefundId }) })) ? 'again' : 'done';
    }
    if (Date.parse(refund.sentAt ?? refund.createdAt) + windowMs > Date.parse(now())) return 'again';
    logger.warn('Refund of another till’s sale not found at the provider after the lookup window: sending it again', { refundId: refund.id });
    return isOpen(await send(provider, refunds.markResent(refund.id, randomUUID(), now()))) ? 'again' : 'done';
  };

  const follow = async (refundId: string): Promise<'done' | 'again'> => {
    const refund = refunds.get(refundId);
    if (!refund || !isOpen(refund)) return 'done';
    try {
      const outcome = await lookUp(refund);
      if (refunds.get(refundId)?.state !== refund.state) await deps.publish(refund.saleId);
      return outcome;
    } catch (error) {
      logger.warn('Lookup of a refund of another till’s sale failed', { refundId, code: toErrorData(error).code });
      return 'again';
    }
  };
  const poller = createPollScheduler({ check: follow, schedule: deps.pollSchedule ?? DEFAULT_POLL_SCHEDULE, scheduler: deps.scheduler });

  return {
    send,
    settle,
    providerOf,
    watch: (refundId: string) => poller.watch(refundId),
    /** After a restart: every refund not at an end is followed again, from wherever it stood. */
    resume(): void {
      for (const refund of refunds.listOpen()) poller.watch(refund.id);
    },
    close: () => poller.stopAll(),
  };
}

