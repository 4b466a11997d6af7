/**
 * Refunds across tills: any till refunds any till's sale. The sale is read from the store ledger, with the
 * credential set and the provider reference that took it, and the refund goes to that account with this
 * till's own credentials for it; a till without them says so and sends nothing. The amount is held
 * against the sale's refund total in the store under a row lock before the provider hears of it, and the
 * refund is in this till's ledger (and, through the outbox, the store's) before the call. It always ends
 * (other-till-refund-follow-up.ts); one a person must check is answered here.
 */
import { randomUUID } from 'node:crypto';
import type { OtherTillRefundView, StoreSaleView } from '../../src-preload/contract.ts';
import type { Cents } from '../../src-shared/money.ts';
import { fromErrorData, invalidState, notFound, notRefundableError, PosError, refundUnsupportedError, saleNotInStoreError, toErrorData } from '../core/errors.ts';
import type { Logger, Scheduler } from '../core/ports.ts';
import type { OtherTillRefund, OtherTillRefundsRepository } from '../ledger/other-till-refunds-repository.ts';
import type { ProviderHub } from '../providers/provider-hub.ts';
import type { StoreSaleRecord } from '../store/store-sale-record.ts';
import { createOtherTillFollowUp, isOpen } from './other-till-refund-follow-up.ts';
import type { PollSchedule } from './poll-scheduler.ts';
import type { RecordPaidTwice } from './refund-paid-twice.ts';

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
  /** A refund the provider paid twice is recorded and shown, as this till's own are. */
  paidTwice: RecordPaidTwice;
  /** This till's own sales keep their own refund path (sales/refund-service.ts). */
  own: { has(saleId: string): boolean; refund(saleId: string, amountCents: Cents, reason: string): Promise<unknown> };
  now: () => string;
  logger: Logger;
  scheduler: Scheduler;
  pollSchedule?: PollSchedule | undefined;
  lookupWindowMs?: number | undefined;
}

export interface OtherTillRefundService {
  /** Refunds a sale of any till of the store, at the provider account that took it. */
  refund(saleId: string, amountCents: Cents, reason: string): Promise<StoreSaleView>;
  /** This till's refunds of other tills' sales that only a person can settle. */
  toCheck(): OtherTillRefundView[];
  /** A person checked with the provider what the till could not: the refund was paid, or it was not (its amount is free again). */
  resolve(refundId: string, paid: boolean): Promise<OtherTillRefundView[]>;
  resume(): void;
  close(): void;
}

export function createOtherTillRefundService(deps: OtherTillRefundDeps): OtherTillRefundService {
  const { store, refunds, now, logger } = deps;
  const followUp = createOtherTillFollowUp({
    ...deps,
    release: store.release,
    publish: async (saleId) => {
      await store.publish(saleId).catch((error: unknown) => logger.warn('Refund row left to replication', { saleId, code: toErrorData(error).code }));
    },
  });

  /** This till's client for the account that took the sale, or a plain refusal. */
  const accountOf = (sale: StoreSaleRecord) => {
    const account = sale.providerAccount;
    if (!sale.providerId || account === null) throw noCredentials(null);
    try {
      return deps.hub.forSale({ providerId: sale.providerId, providerEnvironment: sale.providerEnvironment, providerAccount: account });
    } catch (error) {
      if (error instanceof PosError && error.reason === 'provider.account_removed') throw noCredentials(account);
      throw error;
    }
  };

  return {
    async refund(saleId: string, amountCents: Cents, reason: string): Promise<StoreSaleView> {
      // A store operation: a till that is not part of one says so, even about its own sale.
      const sale = await store.sale(saleId);
      if (deps.own.has(saleId)) {
        await deps.own.refund(saleId, amountCents, reason);
        return published(await store.publish(saleId));
      }
      if (sale.state !== 'paid') throw notRefundableError(sale.state);
      const providerRef = sale.method === 'pix' ? sale.pixTxid : sale.method === 'card' ? sale.cardChargeId : null;
      if (!providerRef || (sale.method !== 'pix' && sale.method !== 'card')) throw refundUnsupportedError();
      const provider = accountOf(sale);
      const id = randomUUID();
      await store.reserve(saleId, id, amountCents);
      const refund = refunds.create({
        id, saleId, saleTillCode: sale.tillCode, amountCents, currency: sale.currency, method: sale.method, providerId: provider.id,
        providerEnvironment: sale.providerEnvironment, providerAccount: sale.providerAccount, providerRef, reason, transactionId: randomUUID(), createdAt: now(),
      });
      const sent = await followUp.send(provider, refund);
      if (isOpen(sent)) followUp.watch(sent.id);
      const view = await store.publish(saleId);
      if (sent.state === 'failed' && sent.problem) throw fromErrorData(sent.problem);
      return published(view);
    },

    toCheck: (): OtherTillRefundView[] => refunds.listToCheck().map(toView),

    async resolve(refundId: string, paid: boolean): Promise<OtherTillRefundView[]> {
      const refund = refunds.get(refundId);
      if (!refund) throw notFound('refund.not_found', 'No such refund');
      if (refund.state !== 'needs_checking') throw invalidState('refund.not_unresolved', `A ${refund.state} refund needs no checking`);
      await followUp.settle(refund, paid ? 'completed' : 'failed');
      await store.publish(refund.saleId).catch((error: unknown) => logger.warn('Refund row left to replication', { refundId, code: toErrorData(error).code }));
      return refunds.listToCheck().map(toView);
    },
    resume: followUp.resume,
    close: followUp.close,
  };
}

function toView({ id, saleId, saleTillCode, amountCents, currency, method, reason, createdAt }: OtherTillRefund): OtherTillRefundView {
  return { id, saleId, saleTillCode, amountCents, currency, method, reason, createdAt };
}

function published(view: StoreSaleView | undefined): StoreSaleView {
  if (!view) throw saleNotInStoreError();
  return view;
}

function noCredentials(account: string | null): PosError {
  const which = account ?? 'an account the store does not name';
  return invalidState('store.refund_no_credentials', `This till has no credentials for the provider account that took the sale (${which})`);
}

