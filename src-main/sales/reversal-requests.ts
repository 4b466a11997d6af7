/**
 * The two provider calls behind a reversal, shared by its first send and by the follow-up after an
 * ambiguous answer or a restart: send it (a PIX devolution or a card cancellation, at the account that
 * took the sale), and look it up by what the till sent (the PIX refund's description carries the
 * reversal's id; a card charge tells whether it is cancelled).
 */
import type { ReversalView } from '../../src-preload/contract.ts';
import { reversalUnsupported } from '../core/errors.ts';
import type { StoredReversal } from '../ledger/reversals-repository.ts';
import type { Provider } from '../providers/provider.ts';
import { cardOf, pixOf } from '../providers/provider.ts';
import { REFUND_STATE } from './refund-lookup.ts';

export type ReversalOutcome = { state: Exclude<ReversalView['state'], 'recorded'>; providerReversalId: string };

export type ReversalLookup = { kind: 'found'; outcome: ReversalOutcome } | { kind: 'none' } | { kind: 'unknowable' };

export function reversalDescription(reversal: Pick<StoredReversal, 'id'>): string {
  return `Reversal of an orphan charge #${reversal.id.slice(0, 8)}`;
}

export async function sendReversal(provider: Provider, reversal: StoredReversal): Promise<ReversalOutcome> {
  if (reversal.kind === 'pix_refund') {
    const refund = pixOf(provider).refund;
    if (!refund) throw reversalUnsupported('PIX refunds');
    const request = { txid: reversal.providerRef, amountCents: reversal.amountCents, description: reversalDescription(reversal), transactionId: reversal.transactionId };
    const answer = await refund(request);
    return { state: toReversalState(REFUND_STATE[answer.status]), providerReversalId: answer.id };
  }
  const cancel = cardOf(provider).cancel;
  if (reversal.kind !== 'card_cancel' || !cancel) throw reversalUnsupported('card cancellations');
  // The provider refuses a cancellation it cannot do; an answer means it was done.
  return { state: 'completed', providerReversalId: (await cancel(reversal.providerRef, reversal.amountCents)).id };
}

export async function lookUpReversal(provider: Provider, reversal: StoredReversal): Promise<ReversalLookup> {
  if (reversal.kind === 'pix_refund') {
    const { getRefund, findRefunds } = provider.pix ?? {};
    if (reversal.providerReversalId && getRefund) {
      const refund = await getRefund(reversal.providerReversalId);
      return { kind: 'found', outcome: { state: toReversalState(REFUND_STATE[refund.status]), providerReversalId: refund.id } };
    }
    if (!findRefunds) return { kind: 'unknowable' };
    const request = { txid: reversal.providerRef, amountCents: reversal.amountCents, description: reversalDescription(reversal) };
    const oldest = (await findRefunds(request, new Date(reversal.createdAt))).at(-1);
    return oldest ? { kind: 'found', outcome: { state: toReversalState(REFUND_STATE[oldest.status]), providerReversalId: oldest.id } } : { kind: 'none' };
  }
  const get = provider.card?.get;
  if (!get) return { kind: 'unknowable' };
  const charge = await get(reversal.providerRef);
  // A declined charge took no money: there is nothing left to undo.
  if (charge.status === 'cancelled' || charge.status === 'refunded' || charge.status === 'declined') {
    return { kind: 'found', outcome: { state: 'completed', providerReversalId: charge.id } };
  }
  return { kind: 'none' };
}

/** A PIX devolution still processing keeps the reversal `requested`: it is followed until it ends. */
function toReversalState(state: 'requested' | 'processing' | 'completed' | 'failed' | 'needs_checking'): ReversalOutcome['state'] {
  return state === 'completed' || state === 'failed' ? state : 'requested';
}
