/**
 * A refund the provider paid twice is not undone by the till (the money is the customer's now): it is
 * recorded as a `refund_twice` reversal, so the day report and the Z carry it, logged, and shown to the
 * cashier once. The same for a refund of this till's own sale and for one this till made of another till's
 * sale; that sale is not in this ledger, so its reversal has no sale here and the alert names the sale's till.
 */
import { randomUUID } from 'node:crypto';
import type { Currency, Environment, ProviderId } from '../../src-preload/contract.ts';
import type { Logger } from '../core/ports.ts';
import type { ReversalsRepository } from '../ledger/reversals-repository.ts';
import type { PixRefund } from '../providers/provider.ts';
import type { Alerts } from './alerts.ts';

export interface PaidTwice {
  saleId: string;
  /** The till that made the sale, when it is another till's. */
  saleTillCode: string | null;
  /** This till's refund the provider paid again. */
  refundId: string;
  providerId: ProviderId;
  providerEnvironment: Environment;
  providerAccount: string | null;
  /** The sale's currency: the extra refund was paid in it. */
  currency: Currency;
  extra: PixRefund;
}

export interface PaidTwiceDeps {
  reversals: Pick<ReversalsRepository, 'create'>;
  /** The sale book's write: a full disk holds the write instead of losing it. */
  write: <T>(work: () => T) => T;
  alerts: Alerts;
  logger: Logger;
  now: () => string;
}

export type RecordPaidTwice = (paid: PaidTwice) => void;

export function createPaidTwiceRecorder({ reversals, write, alerts, logger, now }: PaidTwiceDeps): RecordPaidTwice {
  return ({ saleId, saleTillCode, refundId, providerId, providerEnvironment, providerAccount, currency, extra }) => {
    logger.warn('A refund was paid twice at the provider', { saleId, saleTillCode, refundId, providerRefundId: extra.id, amountCents: extra.amountCents });
    const id = randomUUID();
    const recorded = write(() =>
      reversals.create({
        id, saleId: saleTillCode === null ? saleId : null, kind: 'refund_twice', reason: 'refund_twice', providerId, providerEnvironment, providerAccount,
        providerRef: extra.id, amountCents: extra.amountCents, currency, state: 'recorded', transactionId: randomUUID(), at: now(),
      }),
    );
    // Found again on a later lookup, it is the reversal already booked: the cashier has seen it.
    if (recorded.id !== id) return;
    alerts.raise({ kind: 'refund_twice', saleId, amount: { cents: extra.amountCents, currency }, refundable: false, ...(saleTillCode !== null && { tillCode: saleTillCode }) });
  };
}
