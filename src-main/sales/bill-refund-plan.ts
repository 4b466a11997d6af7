/**
 * A partial refund of a bill, spread over its paid tenders: the last tender paid gives back first, each up to
 * what it still has left to refund, until the amount is covered. Refused whole when the tenders have less left.
 */
import type { BillRefundShare } from '../../src-preload/contract.ts';
import type { Cents } from '../../src-shared/money.ts';
import { invalidInput, invalidState } from '../core/errors.ts';
import type { StoredSale } from '../ledger/sales-repository.ts';
import { refundableCents } from './refund-service.ts';

/** What the bill's paid tenders can still give back. */
export function billRefundableCents(tenders: readonly StoredSale[]): Cents {
  return tenders.filter((sale) => sale.state === 'paid').reduce((sum, sale) => sum + refundableCents(sale), 0);
}

/** `tenders` oldest first, as the bill holds them. */
export function planBillRefund(tenders: readonly StoredSale[], amountCents: Cents): BillRefundShare[] {
  const paid = tenders.filter((sale) => sale.state === 'paid' && refundableCents(sale) > 0).reverse();
  const left = billRefundableCents(paid);
  if (left === 0) throw invalidState('bill.nothing_to_refund', 'Nothing paid on this bill is left to refund');
  if (amountCents > left) throw invalidInput('bill.refund_over_left', 'The refund is larger than what is left to refund on this bill', 'amountCents');
  const shares: BillRefundShare[] = [];
  let due = amountCents;
  for (const sale of paid) {
    if (due === 0) break;
    const share = Math.min(due, refundableCents(sale));
    shares.push({ saleId: sale.id, method: sale.method, amountCents: share });
    due -= share;
  }
  return shares;
}
