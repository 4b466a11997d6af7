/**
 * End-of-day reconciliation: the till's ledger for the day against the provider's own list of charges,
 * so money the till did not see (a QR paid after it was cancelled, say) or a sale the provider does not
 * know shows up before the day is closed. Only the disagreements are listed.
 */
import type { ReconcileRow, ReconcileSection, ReconciliationView, SaleState } from '../../src-preload/contract.ts';
import { toErrorData } from '../core/errors.ts';
import type { SalesRepository, StoredSale } from '../ledger/sales-repository.ts';
import type { ProviderHub } from '../providers/provider-hub.ts';
import type { Page, Provider } from '../providers/provider.ts';
import { dayRange } from '../ledger/day-range.ts';

interface Listed {
  ref: string;
  reference: string | undefined;
  amountCents: number;
  status: string;
  /** Whether the provider says the money is (or was) in. */
  paid: boolean;
}

const PAGE_SIZE = 40;

async function everything<T>(fetchPage: (page: number) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  for (let page = 0; ; page++) {
    const result = await fetchPage(page);
    items.push(...result.items);
    if ((page + 1) * result.pageSize >= result.total || result.items.length === 0) return items;
  }
}

function compare(listed: Listed[], sales: StoredSale[], refOf: (sale: StoredSale) => string | null): { matched: number; rows: ReconcileRow[] } {
  const rows: ReconcileRow[] = [];
  let matched = 0;
  const seen = new Set<string>();
  const row = (problem: ReconcileRow['problem'], sale: StoredSale | undefined, item: Listed | undefined): ReconcileRow => ({
    problem,
    saleId: sale?.id ?? null,
    providerRef: item?.ref ?? (sale ? refOf(sale) : null),
    tillAmountCents: sale?.amountCents ?? null,
    providerAmountCents: item?.amountCents ?? null,
    tillState: (sale?.state as SaleState | undefined) ?? null,
    providerStatus: item?.status ?? null,
  });
  for (const item of listed) {
    const sale = sales.find((candidate) => refOf(candidate) === item.ref || candidate.id === item.reference);
    if (!sale) {
      if (item.paid) rows.push(row('missing_in_till', undefined, item));
      continue;
    }
    seen.add(sale.id);
    if (sale.amountCents !== item.amountCents) rows.push(row('amount_differs', sale, item));
    else if ((sale.state === 'paid') !== item.paid) rows.push(row('status_differs', sale, item));
    else matched++;
  }
  for (const sale of sales) {
    if (sale.state === 'paid' && !seen.has(sale.id)) rows.push(row('missing_at_provider', sale, undefined));
  }
  return { matched, rows };
}

async function section(
  role: 'pix' | 'card',
  provider: Provider,
  sales: StoredSale[],
  range: { from: Date; to: Date },
): Promise<ReconcileSection> {
  const base = { role, providerName: provider.name };
  if (role === 'pix') {
    const list = provider.pix?.list;
    if (!list) return { ...base, supported: false, matched: 0, rows: [], problem: null };
    const charges = await everything((page) => list({ ...range, page, pageSize: PAGE_SIZE }));
    const listed = charges.map((charge) => ({
      ref: charge.txid,
      reference: charge.userReference,
      amountCents: charge.amountCents,
      status: charge.status,
      paid: charge.status === 'paid' || charge.status === 'refunded' || charge.status === 'partially_refunded',
    }));
    return { ...base, supported: true, problem: null, ...compare(listed, sales, (sale) => sale.pix?.txid ?? null) };
  }
  const list = provider.card?.list;
  if (!list) return { ...base, supported: false, matched: 0, rows: [], problem: null };
  const charges = await everything((page) => list({ ...range, page, pageSize: PAGE_SIZE }));
  const listed = charges.map((charge) => ({
    ref: charge.id,
    reference: charge.reference,
    amountCents: charge.amountCents,
    status: charge.status,
    paid: charge.status === 'approved' || charge.status === 'refunded',
  }));
  return { ...base, supported: true, problem: null, ...compare(listed, sales, (sale) => sale.cardChargeId) };
}

export async function reconcileDay(sales: Pick<SalesRepository, 'listBetween'>, hub: ProviderHub, day: string): Promise<ReconciliationView> {
  const { from, to } = dayRange(day);
  const range = { from: new Date(from), to: new Date(to) };
  const ofDay = sales.listBetween(from, to);
  const sections: ReconcileSection[] = [];
  for (const role of ['pix', 'card'] as const) {
    const selection = hub.selections()[role];
    if (!selection) continue;
    const { provider } = hub.active(role);
    const method = role === 'pix' ? 'pix' : 'card';
    const mine = ofDay.filter((sale) => sale.method === method && sale.providerId === selection.id && sale.providerEnvironment === selection.environment);
    // One provider being down must not hide what the other one says.
    sections.push(
      await section(role, provider, mine, range).catch((error: unknown) => ({
        role,
        providerName: provider.name,
        supported: true,
        matched: 0,
        rows: [],
        problem: toErrorData(error),
      })),
    );
  }
  return { day, sections };
}
