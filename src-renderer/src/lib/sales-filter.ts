/**
 * The day's sales as the list shows them: newest first, narrowed by what the cashier searches and filters,
 * failed attempts left out unless asked for, one page at a time.
 */
import type { SaleState, SaleView } from '../../../src-preload/contract.ts';
import { methodKind, type MethodKind } from './sales-summary.ts';

export interface SalesFilter {
  /** Amount ("12,01" or "1201"), card's last 4, authorization code, sale code or PIX txid. */
  query: string;
  method: MethodKind | 'all';
  state: SaleState | 'all';
  /** Failed attempts (a decline, a provider that did not answer) are noise on a busy day: hidden unless asked for. */
  showFailed: boolean;
}

export const NO_FILTER: SalesFilter = { query: '', method: 'all', state: 'all', showFailed: false };

/** Rows per page: what fits beside the sale's detail on a 1024x768 screen. */
export const PAGE_SIZE = 8;

function matches(sale: SaleView, query: string): boolean {
  const needle = query.trim().toLowerCase();
  if (needle === '') return true;
  const reais = `${Math.trunc(sale.amountCents / 100)},${String(sale.amountCents % 100).padStart(2, '0')}`;
  const digits = needle.replace(/[^\d]/g, '');
  const haystack = [reais, sale.id, sale.pix?.txid, sale.card?.last4, sale.card?.authorizationCode].filter((text) => text != null);
  if (haystack.some((text) => text.toLowerCase().includes(needle))) return true;
  // "1201" finds R$ 12,01, as the cashier typed it on the counter.
  return digits !== '' && digits === needle && String(sale.amountCents) === digits;
}

export interface FilteredSales {
  sales: SaleView[];
  /** Failed attempts left out only because `showFailed` is off. */
  hiddenFailed: number;
}

export function filterSales(sales: readonly SaleView[], filter: SalesFilter): FilteredSales {
  const wanted = sales.filter(
    (sale) => (filter.method === 'all' || methodKind(sale) === filter.method) && (filter.state === 'all' || sale.state === filter.state) && matches(sale, filter.query),
  );
  const hideFailed = !filter.showFailed && filter.state !== 'failed';
  const shown = hideFailed ? wanted.filter((sale) => sale.state !== 'failed') : wanted;
  return {
    sales: shown.toSorted((a, b) => b.createdAt.localeCompare(a.createdAt)),
    hiddenFailed: wanted.length - shown.length,
  };
}

export interface Page<T> {
  items: T[];
  /** 1-based, within 1..pages. */
  page: number;
  pages: number;
}

export function pageOf<T>(items: readonly T[], page: number, size = PAGE_SIZE): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, Math.trunc(page)), pages);
  return { items: items.slice((current - 1) * size, current * size), page: current, pages };
}
