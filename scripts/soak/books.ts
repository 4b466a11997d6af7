/**
 * The soak's verdict: per sale, the net money in the provider's own lists (read with the adapters, from
 * the sandbox, as a bookkeeper would) against the net money in the till's ledger.
 */
import { silentLogger } from '../../src-main/core/logger.ts';
import { createHttpClient } from '../../src-main/http/http-client.ts';
import { openLedger } from '../../src-main/ledger/open-ledger.ts';
import { createSalesRepository, type StoredSale } from '../../src-main/ledger/sales-repository.ts';
import { PROVIDERS } from '../../src-main/providers/provider-catalog.ts';
import type { Provider } from '../../src-main/providers/provider.ts';
import { providerBooks, type ProviderEntry } from '../../src-main/reports/provider-books.ts';
import { providerRefOf } from '../../src-main/reports/reconcile-compare.ts';

export interface Verdict {
  sales: number;
  matched: number;
  mismatched: number;
  unresolved: number;
  needsChecking: number;
  /** Paid money at the provider that no till sale claims. */
  providerOnly: number;
  examples: string[];
}

function providerOn(sandboxUrl: string, id: 'astrapay' | 'payments'): Provider {
  const definition = PROVIDERS[id];
  if (!definition) throw new Error(`no provider ${id}`);
  return definition.create({
    baseUrl: `${sandboxUrl}${definition.sandboxPrefix}`, credentials: definition.sandboxCredentials, http: createHttpClient(globalThis.fetch),
    clock: { now: () => Date.now() }, timeoutMs: 30_000, sandboxUrl, logger: silentLogger,
  });
}

const entryNet = (entry: ProviderEntry) => (entry.paid ? entry.amountCents - entry.refundedCents : 0);

export async function judge(sandboxUrl: string, tillDataDir: string, since: Date): Promise<Verdict> {
  const range = { from: new Date(since.getTime() - 60_000), to: new Date(Date.now() + 60_000) };
  const astrapay = providerOn(sandboxUrl, 'astrapay');
  const payments = providerOn(sandboxUrl, 'payments');
  const entries = [
    ...(await providerBooks(astrapay, 'pix', range, range.to)).entries,
    ...(await providerBooks(astrapay, 'card', range, range.to)).entries,
    ...(await providerBooks(payments, 'bank_transfer', range, range.to)).entries,
  ];
  const db = openLedger(tillDataDir);
  const sales = createSalesRepository(db).listBetween(range.from.toISOString(), range.to.toISOString());
  db.close();

  const bySale = new Map<string, ProviderEntry[]>(sales.map((sale) => [sale.id, []]));
  const byRef = new Map(sales.flatMap((sale) => (providerRefOf(sale) ? [[providerRefOf(sale), sale.id] as const] : [])));
  const verdict: Verdict = { sales: sales.length, matched: 0, mismatched: 0, unresolved: 0, needsChecking: 0, providerOnly: 0, examples: [] };
  for (const entry of entries) {
    const saleId = entry.reference && bySale.has(entry.reference) ? entry.reference : byRef.get(entry.ref);
    if (saleId) bySale.get(saleId)?.push(entry);
    else if (entryNet(entry) !== 0) verdict.providerOnly++;
  }
  for (const sale of sales) {
    const tillNet = tillNetOf(sale);
    const providerNet = (bySale.get(sale.id) ?? []).reduce((sum, entry) => sum + entryNet(entry), 0);
    if (sale.state === 'needs_checking' || sale.refunds.some((refund) => refund.state === 'needs_checking')) verdict.needsChecking++;
    else if (isUnresolved(sale)) verdict.unresolved++;
    else if (tillNet === providerNet) verdict.matched++;
    else {
      verdict.mismatched++;
      if (verdict.examples.length < 10) {
        const refunds = sale.refunds.map((refund) => `${refund.state}:${refund.amountCents}`).join(',');
        verdict.examples.push(`${sale.method} ${sale.state} till ${tillNet} provider ${providerNet} refunds [${refunds}] entries ${(bySale.get(sale.id) ?? []).length}`);
      }
    }
  }
  return verdict;
}

function tillNetOf(sale: StoredSale): number {
  const refunded = sale.refunds.filter((refund) => refund.state === 'completed').reduce((sum, refund) => sum + refund.amountCents, 0);
  return (sale.state === 'paid' ? sale.amountCents : 0) - refunded;
}

function isUnresolved(sale: StoredSale): boolean {
  return sale.state === 'draft' || sale.state === 'awaiting_payment' || sale.refunds.some((refund) => refund.state === 'requested' || refund.state === 'processing');
}
