/**
 * What the provider made of a refund request whose answer we never heard: the PIX refund itself, found
 * by txid, amount and the description that carries the till's refund id (seed 001 refund list), or the
 * card charge's cancelled amount (Astrapay's `cancelledAmount`). `unknowable` means the provider
 * documents no way to tell, so only a person can.
 */
import type { RefundView } from '../../src-preload/contract.ts';
import type { StoredRefund } from '../ledger/refunds-repository.ts';
import type { StoredSale } from '../ledger/sales-repository.ts';
import type { PixRefund, Provider, RefundStatus } from '../providers/provider.ts';

export type LookupResult =
  | { kind: 'found'; state: RefundView['state']; providerRefundId: string | undefined; paidTwice?: PixRefund[] }
  | { kind: 'none' }
  | { kind: 'unknowable' };

export const REFUND_STATE: Record<RefundStatus, RefundView['state']> = {
  processing: 'processing',
  completed: 'completed',
  failed: 'failed',
  cancelled: 'failed',
};

/** The refund's own id in the description tells two equal refunds apart when one has to be found again. */
export function refundDescription(refund: Pick<StoredRefund, 'id' | 'reason'>): string {
  return `${refund.reason.slice(0, 128)} #${refund.id.slice(0, 8)}`;
}

/** What a PIX refund lookup needs: the charge it went against, the refund's amount and id, and since when to look. */
export interface PixRefundAsked {
  txid: string;
  refund: Pick<StoredRefund, 'id' | 'reason' | 'amountCents' | 'createdAt'>;
}

/** The PIX refund itself in the provider's refund list, by txid, amount and the description carrying the refund id. */
export async function lookUpPixRefund(provider: Provider, { txid, refund }: PixRefundAsked): Promise<LookupResult> {
  const find = provider.pix?.findRefunds;
  if (!find) return { kind: 'unknowable' };
  const request = { txid, amountCents: refund.amountCents, description: refundDescription(refund) };
  // The oldest is the one the till asked for; any later one with the till's refund id is money paid twice.
  const [first, ...twice] = (await find(request, new Date(refund.createdAt))).reverse();
  if (!first) return { kind: 'none' };
  return { kind: 'found', state: REFUND_STATE[first.status], providerRefundId: first.id, ...(twice.length > 0 && { paidTwice: twice }) };
}

export async function lookUpRefund(provider: Provider, sale: StoredSale, refund: StoredRefund): Promise<LookupResult> {
  if (sale.method === 'pix') return sale.pix ? lookUpPixRefund(provider, { txid: sale.pix.txid, refund }) : { kind: 'unknowable' };
  const get = provider.card?.get;
  if (sale.method !== 'card' || !get || !sale.cardChargeId) return { kind: 'unknowable' };
  const charge = await get(sale.cardChargeId);
  if (charge.cancelledCents === undefined) return { kind: 'unknowable' };
  // Cancels add up on the charge: what is cancelled beyond the refunds already booked is this one.
  const bookedBefore = sale.refunds
    .filter((other) => other.id !== refund.id && other.state === 'completed')
    .reduce((sum, other) => sum + other.amountCents, 0);
  const made = charge.cancelledCents - bookedBefore >= refund.amountCents;
  return made ? { kind: 'found', state: 'completed', providerRefundId: charge.id } : { kind: 'none' };
}
