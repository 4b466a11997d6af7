/**
 * After a restart: every provider call a crash interrupted is resolved by asking the provider by the
 * reference we sent, exactly as a lost answer is (send-once.ts); a sale whose call was never sent fails,
 * since nothing can have been charged.
 */
import { internalError, toErrorData } from '../core/errors.ts';
import type { Logger } from '../core/ports.ts';
import type { StoredSale } from '../ledger/sales-repository.ts';
import type { SaleBook } from './sale-book.ts';

export interface InterruptedCallsDeps {
  book: SaleBook;
  logger: Logger;
  /** By attempt operation: resolves that call for the sale (PIX, card and transfer services). */
  resolvers: Record<string, (sale: StoredSale, transactionId: string, startedAt: number) => Promise<void>>;
}

const interrupted = () => internalError('sale.interrupted', 'The till stopped before the provider was called', { retryable: true });

export function resumeInterruptedCalls({ book, logger, resolvers }: InterruptedCallsDeps): Promise<void>[] {
  const pending: Promise<void>[] = [];
  const resolving = new Set<string>();
  for (const attempt of book.openAttempts()) {
    const sale = book.get(attempt.saleId);
    const resolve = resolvers[attempt.operation];
    if (!sale || (sale.state !== 'draft' && sale.state !== 'awaiting_payment') || !resolve) {
      book.closeAttempt(attempt.transactionId, 'error', 'interrupted');
      continue;
    }
    resolving.add(sale.id);
    const run = resolve(sale, attempt.transactionId, Date.parse(attempt.startedAt)).catch((error: unknown) => {
      logger.error('Could not resolve an interrupted call', { saleId: sale.id, reason: toErrorData(error).reason });
    });
    pending.push(run);
  }
  // Opened but never sent (e.g. a card saved, its charge not yet started): nothing was charged.
  for (const state of ['draft', 'awaiting_payment'] as const) {
    for (const sale of book.listByState(state)) {
      // A card sale awaits payment only until its charge is settled; PIX and transfers await the customer.
      const neverSent = state === 'draft' || sale.method === 'card';
      if (!resolving.has(sale.id) && neverSent) book.change(sale.id, { state: 'failed', problem: toErrorData(interrupted()) });
    }
  }
  return pending;
}
