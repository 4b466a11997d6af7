/**
 * The counter's and the day list's view of sales, and the actions on any sale whatever its method: the one
 * service the contract's sale operations call (each handler one line).
 */
import type { SaleView } from '../../src-preload/contract.ts';
import { dayRange } from '../ledger/day-range.ts';
import type { BankTransferService } from './bank-transfer-service.ts';
import type { CheckingService } from './checking-service.ts';
import type { PixSaleService } from './pix-sale-service.ts';
import { toSaleView, type SaleBook } from './sale-book.ts';

export interface SaleDeskDeps {
  book: SaleBook;
  pix: PixSaleService;
  transfers: BankTransferService;
  checking: CheckingService;
}

export interface SaleDesk {
  current(): SaleView | null;
  get(saleId: string): SaleView;
  listDay(day: string): SaleView[];
  cancel(saleId: string): SaleView;
  /** Clears the counter; refused while a sale there can still be paid. */
  dismiss(): null;
  simulatePayment(saleId: string): Promise<SaleView>;
  resolveChecking(saleId: string, outcome: 'charged' | 'not_charged', operatorId: string | null): SaleView;
}

export function createSaleDesk({ book, pix, transfers, checking }: SaleDeskDeps): SaleDesk {
  const byMethod = (saleId: string) => (book.require(saleId).method === 'bank_transfer' ? transfers : pix);
  return {
    current: () => book.currentView(),
    get: (saleId) => toSaleView(book.require(saleId)),
    listDay(day) {
      const { from, to } = dayRange(day);
      return book.listBetween(from, to).map(toSaleView);
    },
    cancel: (saleId) => byMethod(saleId).cancel(saleId),
    dismiss() {
      book.assertCounterFree();
      book.clearCounter();
      return null;
    },
    simulatePayment: (saleId) => byMethod(saleId).simulatePayment(saleId),
    resolveChecking: (saleId, outcome, operatorId) => checking.resolve(saleId, outcome, operatorId),
  };
}
