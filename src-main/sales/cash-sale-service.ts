/**
 * Cash at the counter: the cashier types what the customer handed over, the sale is paid at once and
 * the change is what goes back. No provider takes part; the drawer opens with the receipt.
 */
import type { SaleView } from '../../src-preload/contract.ts';
import type { Cents } from '../../src-shared/money.ts';
import { invalidInput } from '../core/errors.ts';
import { toSaleView, type SaleBook } from './sale-book.ts';

export interface CashSaleServiceDeps {
  book: SaleBook;
}

export interface CashSaleService {
  /** Pays a cash sale at once; refused when the customer handed over less than the amount. */
  startCash(amountCents: Cents, receivedCents: Cents): SaleView;
}

export function createCashSaleService({ book }: CashSaleServiceDeps): CashSaleService {
  return {
    startCash(amountCents: Cents, receivedCents: Cents): SaleView {
      if (receivedCents < amountCents) {
        throw invalidInput('cash.not_enough', 'The customer handed over less than the amount', 'receivedCents');
      }
      book.assertCounterFree();
      const { sale } = book.open({ amountCents, currency: 'BRL', method: 'cash', selection: null, account: null });
      return toSaleView(book.change(sale.id, { state: 'paid', cash: { receivedCents, changeCents: receivedCents - amountCents } }));
    },
  };
}
