/**
 * Refunds across tills: any till refunds any till's sale. The sale is read from the store ledger, with the
 * credential set and the provider reference that took it, and the refund goes to that account with this
 * till's own credentials for it; a till without them says so and sends nothing. The amount is held
 * against the sale's refund total in the store under a row lock before the provider hears of it, and the
 * refund is in this till's ledger (and, through the outbox, the store's) before the call.
 */
import { randomUUID } from 'node:crypto';
import type { RefundView, StoreSaleView } from '../../src-preload/contract.ts';
import type { Cents } from '../../src-shared/money.ts';
import { isAmbiguous, PosError, toErrorData } from '../core/errors.ts';
import type { Logger, Scheduler } from '../core/ports.ts';
import type { OtherTillRefund, OtherTillRefundsRepository } from '../ledger/other-till-refunds-repository.ts';
import type { ProviderHub } from '../providers/provider-hub.ts';
import { cardOf, pixOf, type Provider } from '../providers/provider.ts';
import type { StoreSaleRecord } from '../store/store-sale-record.ts';
import { createPollScheduler, DEFAULT_POLL_SCHEDULE, type PollSchedule } from './poll-scheduler.ts';
import { REFUND_STATE, refundDescription } from './refund-lookup.ts';

/** The store's side (store/store-service.ts, `otherTills`). */
export interface OtherTillStore {
  sale(saleId: string): Promise<StoreSaleRecord>;
  tillCode(): string;
  reserve(saleId: string, refundId: string, amountCents: Cents): Promise<unknown>;
  release(refundId: string): Promise<void>;
  publish(saleId: string): Promise<StoreSaleView | undefined>;
}

export interface OtherTillRefundDeps {
  store: OtherTillStore;
  hub: ProviderHub;
  refunds: OtherTillRefundsRepository;
  /** This till's own sales keep their own refund path (sales/refund-service.ts). */
  own: { has(saleId: string): boolean; refund(saleId: string, amountCents: Cents, reason: string): Promise<unknown> };
  now: () => string;
  logger: Logger;
  scheduler: Scheduler;
  pollSchedule?: PollSchedule | undefined;
}

export function createOtherTillRefundService(deps: OtherTillRefundDeps) {
  const { store, hub, refunds, now, logger } = deps;

  /** This till's client for the account that took the sale, or a plain refusal. */
  const accountOf = (sale: StoreSaleRecord): Provider => {
    const account = sale.providerAccount;
    if (!sale.providerId || account === null) throw noCredentials(null);
    try {
      return hub.forSale({ providerId: sale.providerId, providerEnvironment: sale.providerEnvironment, providerAccount: account });
    } catch (error) {
      if (error instanceof PosError && error.reason === 'provider.account_removed') throw noCredentials(account);
      throw error;
    }
  };

  const settle = async (refund: OtherTillRefund, state: RefundView['state'], change: { providerRefundId?: string; problem?: OtherTillRefund['problem'] } = {}) => {
    const settled = refunds.settle(refund.id, { state, ...change }, now());
    if (state === 'failed') await store.release(refund.id);
    return settled;
  };

  const send = async (provider: Provider, refund: OtherTillRefund): Promise<OtherTillRefund> => {
    try {
      if (refund.method === 'pix') {
        const create = pixOf(provider).refund;
        if (!create) throw unsupported();
        const made = await create({ txid: refund.providerRef, amountCents: refund.amountCents, description: refundDescription(refund), transactionId: refund.transactionId });
        return await settle(refund, REFUND_STATE[made.status], { providerRefundId: made.id });
      }
      const cancel = cardOf(provider).cancel;
      if (!cancel) throw unsupported();
      // The provider refuses a cancellation it cannot do; an answer means it was done.
      return await settle(refund, 'completed', { providerRefundId: (await cancel(refund.providerRef, refund.amountCents)).id });
    } catch (error) {
      // Maybe it reached the provider: it stays held against the sale until a person checks.
      await settle(refund, isAmbiguous(error) ? 'requested' : 'failed', { problem: toErrorData(error) });
      throw error;
    }
  };

  /** A PIX refund the provider is still processing is asked about until it ends. */
  const follow = async (refundId: string): Promise<'done' | 'again'> => {
    const refund = refunds.get(refundId);
    if (!refund || refund.state !== 'processing' || !refund.providerRefundId) return 'done';
    try {
      const provider = hub.forSale({ providerId: refund.providerId, providerEnvironment: refund.providerEnvironment, providerAccount: refund.providerAccount });
      const getRefund = provider.pix?.getRefund;
      if (!getRefund) return 'done';
      const state = REFUND_STATE[(await getRefund(refund.providerRefundId)).status];
      if (state === 'processing') return 'again';
      await settle(refund, state);
      await store.publish(refund.saleId);
      return 'done';
    } catch (error) {
      logger.warn('Lookup of a refund of another till’s sale failed', { refundId, code: toErrorData(error).code });
      return 'again';
    }
  };
  const poller = createPollScheduler(follow, deps.pollSchedule ?? DEFAULT_POLL_SCHEDULE, deps.scheduler);

  return {
    async refund(saleId: string, amountCents: Cents, reason: string): Promise<StoreSaleView> {
      // A store operation: a till that is not part of one says so, even about its own sale.
      const sale = await store.sale(saleId);
      if (deps.own.has(saleId)) {
        await deps.own.refund(saleId, amountCents, reason);
        return published(await store.publish(saleId));
      }
      if (sale.state !== 'paid') throw new PosError('invalid_state', `A ${sale.state} sale cannot be refunded`, { reason: 'refund.not_paid' });
      const providerRef = sale.method === 'pix' ? sale.pixTxid : sale.method === 'card' ? sale.cardChargeId : null;
      if (!providerRef || (sale.method !== 'pix' && sale.method !== 'card')) throw unsupported();
      const provider = accountOf(sale);
      const id = randomUUID();
      await store.reserve(saleId, id, amountCents);
      const refund = refunds.create({
        id, saleId, saleTillCode: sale.tillCode, amountCents, currency: sale.currency, method: sale.method, providerId: provider.id,
        providerEnvironment: sale.providerEnvironment, providerAccount: sale.providerAccount, providerRef, reason, transactionId: randomUUID(), createdAt: now(),
      });
      const sent = await send(provider, refund).catch(async (error: unknown) => {
        await store.publish(saleId);
        throw error;
      });
      if (sent.state === 'processing') poller.watch(sent.id);
      return published(await store.publish(saleId));
    },
    resume(): void {
      for (const refund of refunds.listOpen()) if (refund.state === 'processing') poller.watch(refund.id);
    },
    close(): void {
      poller.stopAll();
    },
  };
}

function published(view: StoreSaleView | undefined): StoreSaleView {
  if (!view) throw new PosError('not_found', 'The store ledger does not have this sale', { reason: 'refund.sale_not_in_store' });
  return view;
}

function noCredentials(account: string | null): PosError {
  const which = account ?? 'an account the store does not name';
  return new PosError('invalid_state', `This till has no credentials for the provider account that took the sale (${which})`, {
    reason: 'store.refund_no_credentials',
  });
}

function unsupported(): PosError {
  return new PosError('invalid_state', 'This provider does not refund this kind of sale', { reason: 'refund.unsupported' });
}

export type OtherTillRefundService = ReturnType<typeof createOtherTillRefundService>;
