/**
 * The changes the ledger could not take, by sale. Holding one tells the cashier the disk is full (once per
 * episode); they are written again on the next write and every few seconds until the disk takes them.
 */
import { isLedgerWriteError, ledgerWriteError, toErrorData } from '../core/errors.ts';
import type { CancelTimer, Logger, Scheduler } from '../core/ports.ts';
import type { SaleChange, SalesRepository, StoredSale } from '../ledger/sales-repository.ts';
import type { Alerts } from './alerts.ts';
import { mergeUnwritten, withUnwritten, type FinishedAttempt, type UnwrittenChange } from './unwritten-changes.ts';

const RETRY_MS = 5000;

export interface UnwrittenBookDeps {
  sales: SalesRepository;
  alerts: Alerts;
  scheduler: Scheduler;
  logger: Logger;
  write<T>(work: () => T): T;
}

export interface UnwrittenBook {
  holds(saleId: string): boolean;
  /** The sale as the ledger would have it with the changes held for it. */
  read(sale: StoredSale | undefined): StoredSale | undefined;
  /** Writes what is held, as far as the disk takes it. */
  flush(): void;
  /**
   * Keeps a change the ledger refused. After a provider call (an attempt to finish) the sale cannot be
   * trusted to survive a crash, so it needs checking, whatever the call brought.
   */
  hold(saleId: string, patch: SaleChange, at: string, attempt?: FinishedAttempt, cause?: unknown): void;
  close(): void;
}

export function createUnwrittenBook({ sales, alerts, scheduler, logger, write }: UnwrittenBookDeps): UnwrittenBook {
  const held = new Map<string, UnwrittenChange>();
  let retry: CancelTimer | undefined;

  const flush = (): void => {
    for (const [saleId, entry] of held) {
      try {
        write(() => {
          sales.update(saleId, entry.change, entry.at);
          for (const attempt of entry.attempts) sales.finishAttempt(attempt.transactionId, attempt.outcome, attempt.errorCode, entry.at);
        });
        held.delete(saleId);
        logger.info('Held sale change written', { saleId });
      } catch {
        plan();
        return;
      }
    }
    retry?.();
    retry = undefined;
  };
  const plan = () => {
    retry ??= scheduler.after(RETRY_MS, () => {
      retry = undefined;
      flush();
    });
  };

  return {
    holds: (saleId: string) => held.has(saleId),
    read: (sale: StoredSale | undefined): StoredSale | undefined => {
      const entry = sale && held.get(sale.id);
      return sale && entry ? withUnwritten(sale, entry) : sale;
    },
    flush,
    hold(saleId: string, patch: SaleChange, at: string, attempt?: FinishedAttempt, cause?: unknown): void {
      const problem = cause === undefined ? undefined : toErrorData(isLedgerWriteError(cause) ? cause : ledgerWriteError(cause));
      const change: SaleChange = attempt && problem ? { ...patch, state: 'needs_checking', problem } : patch;
      const first = held.size === 0;
      held.set(saleId, mergeUnwritten(held.get(saleId), change, at, attempt));
      logger.error('Ledger write failed; sale change held in memory', { saleId, reason: problem?.reason });
      if (first && problem) alerts.raise({ kind: 'disk_full', saleId, amount: null, refundable: false });
      plan();
    },
    close(): void {
      retry?.();
      retry = undefined;
    },
  };
}
