/** Which part of its split payment each sale of a list is, counted among the tenders the list holds (oldest first). */
import type { SaleView } from '../../../src-preload/contract.ts';

export interface BillPart {
  billId: string;
  index: number;
  count: number;
}

export function billParts(sales: readonly SaleView[]): Map<string, BillPart> {
  const byBill = new Map<string, SaleView[]>();
  for (const sale of [...sales].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    if (!sale.billId) continue;
    byBill.set(sale.billId, [...(byBill.get(sale.billId) ?? []), sale]);
  }
  const parts = new Map<string, BillPart>();
  for (const [billId, tenders] of byBill) {
    tenders.forEach((tender, at) => parts.set(tender.id, { billId, index: at + 1, count: tenders.length }));
  }
  return parts;
}
