/**
 * The sandbox's PIX ledger: charges and their refunds, kept in the sandbox's database. States that
 * depend on time (a charge paying itself or expiring, a refund settling) are worked out from the
 * stored due times when read, so a fake clock drives them and they still happen after a restart.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { Clock } from '../../core/ports.ts';
import type { Cents } from '../../../src-shared/money.ts';
import { recordTable, type RecordTable } from '../store/record-table.ts';
import type { DynamicChargeInput } from './pix-validation.ts';

export type ChargeState = 'ACTIVE' | 'PAID' | 'EXPIRED';
export type ChargeStatus = ChargeState | 'PARTIALLY REFUNDED' | 'REFUNDED';
export const CHARGE_STATUS_CODES: Record<ChargeStatus, string> = {
  ACTIVE: '2',
  PAID: '3',
  EXPIRED: '4',
  'PARTIALLY REFUNDED': '5',
  REFUNDED: '6',
};

export interface StoredCharge extends DynamicChargeInput {
  txid: string;
  state: ChargeState;
  /** The QR image is drawn from this whenever a reply carries it, never stored. */
  pixCopyAndPaste: string;
  createdAt: number;
  expiresAt: number;
  autoPayAt: number | undefined;
}

export type RefundStatus = 'PROCESSING' | 'COMPLETED' | 'FAILED' | 'CANCELLED';

export interface StoredRefund {
  refundId: string;
  txid: string;
  amountCents: Cents;
  description: string | undefined;
  createdAt: number;
  settlesAt: number;
  /** Where the refund ends up once it settles (sandbox rules in refund-rules.ts). */
  outcome: Exclude<RefundStatus, 'PROCESSING'>;
  outcomeReason: string | undefined;
}

export interface PixStore {
  charges: RecordTable<StoredCharge>;
  /** Each refund filed under its charge's txid. */
  refunds: RecordTable<StoredRefund>;
  /** The charge with its time-driven transitions applied. */
  settle(charge: StoredCharge): StoredCharge;
  statusOf(charge: StoredCharge): ChargeStatus;
  refundStatus(refund: StoredRefund): RefundStatus;
  /** What may still be refunded: the amount minus refunds processing or completed. */
  refundableCents(charge: StoredCharge): Cents;
}

export function createPixStore(db: DatabaseSync, clock: Clock): PixStore {
  const charges = recordTable<StoredCharge>(db, 'astrapay.pix.charge', { id: (charge) => charge.txid, createdAt: (charge) => charge.createdAt });
  const refunds = recordTable<StoredRefund>(db, 'astrapay.pix.refund', {
    id: (refund) => refund.refundId,
    createdAt: (refund) => refund.createdAt,
    parent: (refund) => refund.txid,
  });

  const refundStatus = (refund: StoredRefund): RefundStatus => (clock.now() >= refund.settlesAt ? refund.outcome : 'PROCESSING');
  const refundsOf = (txid: string) => refunds.list({ parent: txid });
  const sumWhere = (txid: string, statuses: RefundStatus[]) =>
    refundsOf(txid)
      .filter((refund) => statuses.includes(refundStatus(refund)))
      .reduce((sum, refund) => sum + refund.amountCents, 0);

  const settle = (charge: StoredCharge): StoredCharge => {
    if (charge.state === 'ACTIVE') {
      const now = clock.now();
      if (charge.autoPayAt !== undefined && now >= charge.autoPayAt && charge.autoPayAt < charge.expiresAt) {
        charge.state = 'PAID';
      } else if (now >= charge.expiresAt) {
        charge.state = 'EXPIRED';
      }
    }
    return charge;
  };

  return {
    charges,
    refunds,
    settle,
    refundStatus,
    statusOf(charge) {
      const { state } = settle(charge);
      if (state !== 'PAID') return state;
      const refunded = sumWhere(charge.txid, ['COMPLETED']);
      if (refunded === 0) return 'PAID';
      return refunded >= charge.amountCents ? 'REFUNDED' : 'PARTIALLY REFUNDED';
    },
    refundableCents(charge) {
      return charge.amountCents - sumWhere(charge.txid, ['PROCESSING', 'COMPLETED']);
    },
  };
}
