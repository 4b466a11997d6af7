/**
 * A sale only a person can tell about ("needs checking") is resolved by a manager with one of two recorded
 * actions: "foi cobrado" books it paid, "não foi cobrado" fails it. The decision is journaled before the
 * sale changes; if it cannot be written, nothing changes and the manager is told why.
 */
import type { SaleView } from '../../src-preload/contract.ts';
import { notCheckingError } from '../core/errors.ts';
import type { CheckingOutcome, ResolutionsRepository } from '../ledger/resolutions-repository.ts';
import { toSaleView, type SaleBook } from './sale-book.ts';

export interface CheckingServiceDeps {
  book: SaleBook;
  resolutions: ResolutionsRepository;
}

export interface CheckingService {
  resolve(saleId: string, outcome: CheckingOutcome, operatorId?: string | null): SaleView;
}

export function createCheckingService({ book, resolutions }: CheckingServiceDeps): CheckingService {
  return {
    resolve(saleId, outcome, operatorId = null) {
      const sale = book.require(saleId);
      if (sale.state !== 'needs_checking') throw notCheckingError();
      book.write(() => resolutions.record(saleId, outcome, operatorId, book.now()));
      const resolved =
        outcome === 'charged'
          ? book.change(saleId, { state: 'paid', problem: null })
          : book.change(saleId, {
              state: 'failed',
              problem: { code: 'provider_rejected', message: 'A manager recorded that the customer was not charged', retryable: true, reason: 'sale.not_charged' },
            });
      return toSaleView(resolved);
    },
  };
}
