/**
 * Which part of its bill a paid tender is, for its receipt: counted among the bill's paid tenders (a declined
 * card is no part of the payment), with what was left to pay once it was paid.
 */
import type { BillView } from '../../../src-preload/contract.ts';
import type { BillPartDetails } from './print-documents.ts';

export function billPartOf(bill: BillView, saleId: string): BillPartDetails | undefined {
  const paid = bill.tenders.filter((tender) => tender.state === 'paid');
  const at = paid.findIndex((tender) => tender.id === saleId);
  if (at < 0) return undefined;
  const sum = (tenders: typeof paid) => tenders.reduce((total, tender) => total + tender.amountCents, 0);
  const covered = sum(paid) >= bill.totalCents;
  return {
    billId: bill.id,
    index: at + 1,
    count: covered ? paid.length : null,
    totalCents: bill.totalCents,
    leftCents: Math.max(0, bill.totalCents - sum(paid.slice(0, at + 1))),
  };
}
