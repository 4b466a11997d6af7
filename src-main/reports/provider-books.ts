/**
 * One provider account's own lists for a day, per method, reduced to money per charge: what came in and
 * what went back. PIX refunds come from the refund list (seed 001), card cancels from each charge's
 * cancelled amount (Astrapay), transfers from the payments list (seed 002). What the provider documents
 * no list for is named in `unchecked`, so the bookkeeper knows what was not compared.
 */
import type { PaymentMethod } from '../../src-preload/contract.ts';
import type { Cents } from '../../src-shared/money.ts';
import type { Page, Provider } from '../providers/provider.ts';

export interface ProviderEntry {
  /** The provider's id of the charge (txid, transaction id, payment id). */
  ref: string;
  /** Our sale id where the provider keeps it. */
  reference: string | undefined;
  amountCents: Cents;
  status: string;
  /** Money in: the charge was paid (whatever happened after). */
  paid: boolean;
  refundedCents: Cents;
}

export interface ProviderBooks {
  supported: boolean;
  unchecked: string[];
  entries: ProviderEntry[];
}

const PAGE_SIZE = 100;
/** A runaway list (a provider that never says "last page") must not hang the report. */
const MAX_PAGES = 1000;

async function everything<T>(fetchPage: (page: number) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await fetchPage(page);
    items.push(...result.items);
    // Some lists filter a page after the API sent it: only the API's own total says when to stop.
    if ((page + 1) * result.pageSize >= result.total) break;
  }
  return items;
}

export async function providerBooks(provider: Provider, method: PaymentMethod, range: { from: Date; to: Date }, refundsUntil: Date): Promise<ProviderBooks> {
  const window = (page: number) => ({ ...range, page, pageSize: PAGE_SIZE });
  if (method === 'pix') {
    const { list, listRefunds } = provider.pix ?? {};
    if (!list) return { supported: false, unchecked: ['charges', 'refunds'], entries: [] };
    const charges = await everything((page) => list(window(page)));
    const refunded = new Map<string, Cents>();
    if (listRefunds) {
      const refunds = await everything((page) => listRefunds({ from: range.from, to: refundsUntil, page, pageSize: PAGE_SIZE }));
      for (const refund of refunds.filter((candidate) => candidate.status === 'completed')) {
        refunded.set(refund.txid, (refunded.get(refund.txid) ?? 0) + refund.amountCents);
      }
    }
    const entries = charges.map((charge) => ({
      ref: charge.txid,
      reference: charge.userReference,
      amountCents: charge.amountCents,
      status: charge.status,
      paid: charge.status === 'paid' || charge.status === 'refunded' || charge.status === 'partially_refunded',
      refundedCents: refunded.get(charge.txid) ?? 0,
    }));
    // Without a refund list a PIX refund cannot be checked; the provider then documents no refunds at all.
    return { supported: true, unchecked: listRefunds || !provider.pix?.refund ? [] : ['refunds'], entries };
  }
  if (method === 'card') {
    const list = provider.card?.list;
    if (!list) return { supported: false, unchecked: ['charges', 'refunds'], entries: [] };
    const charges = await everything((page) => list(window(page)));
    const entries = charges.map((charge) => {
      const paid = charge.status === 'approved' || charge.status === 'cancelled' || charge.status === 'refunded';
      const whollyBack = charge.status === 'cancelled' || charge.status === 'refunded';
      return {
        ref: charge.id,
        reference: charge.reference,
        amountCents: charge.amountCents,
        status: charge.status,
        paid,
        refundedCents: paid ? (charge.cancelledCents ?? (whollyBack ? charge.amountCents : 0)) : 0,
      };
    });
    return { supported: true, unchecked: [], entries };
  }
  const list = provider.bankTransfer?.list;
  if (!list) return { supported: false, unchecked: ['charges'], entries: [] };
  const transfers = await everything((page) => list(window(page)));
  const entries = transfers.map((transfer) => ({
    ref: transfer.id,
    reference: transfer.reference,
    amountCents: transfer.amountCents,
    status: transfer.status,
    paid: transfer.status === 'paid',
    refundedCents: 0,
  }));
  return { supported: true, unchecked: [], entries };
}
