/**
 * Refunds of hand-confirmed static PIX. No provider took that money, so none can give it back: the shop
 * does, by hand (cash from the drawer, or a PIX it sends itself). The refund is written completed at once,
 * with how it went back; the router has already had a manager authorize it and journals it.
 */
import { randomUUID } from 'node:crypto';
import type { ManualRefundPaidBack, SaleView } from '../../src-preload/contract.ts';
import type { Cents } from '../../src-shared/money.ts';
import { invalidInput, invalidState, notRefundableError } from '../core/errors.ts';
import type { RefundGuard } from '../core/ports.ts';
import type { ManualRefundsRepository } from '../ledger/manual-refunds-repository.ts';
import type { StoredRefund } from '../ledger/refunds-repository.ts';
import type { StoredSale } from '../ledger/sales-repository.ts';
import { refundableCents } from './refund-service.ts';
import { toSaleView, type SaleBook } from './sale-book.ts';

export interface ManualRefundServiceDeps {
  book: SaleBook;
  manualRefunds: ManualRefundsRepository;
  refundGuard?: RefundGuard | undefined;
  /** Money went back: e.g. print the refund slip. Must not throw. */
  onCompleted?: (sale: StoredSale, refund: StoredRefund & { paidBack: ManualRefundPaidBack }) => void;
}

export interface ManualRefundService {
  /** Records money the shop gave back by hand for a hand-confirmed static PIX (no provider can refund it). */
  refund(saleId: string, amountCents: Cents, reason: string, paidBack: ManualRefundPaidBack): Promise<SaleView>;
}

export function createManualRefundService({ book, manualRefunds, refundGuard, onCompleted }: ManualRefundServiceDeps): ManualRefundService {
  return {
    async refund(saleId: string, amountCents: Cents, reason: string, paidBack: ManualRefundPaidBack): Promise<SaleView> {
      const sale = book.require(saleId);
      if (sale.method !== 'pix_static') {
        throw invalidState('refund.not_manual', 'Only a hand-confirmed static PIX is refunded by hand');
      }
      if (sale.state !== 'paid') throw notRefundableError(sale.state);
      if (amountCents > refundableCents(sale)) {
        throw invalidInput('refund.too_much', 'The refund is larger than what is left to refund', 'amountCents');
      }
      const refundId = randomUUID();
      if (refundGuard) await refundGuard.reserve(saleId, refundId, amountCents);
      const at = book.now();
      const refund = book.write(() => {
        book.refunds.create({ id: refundId, saleId, amountCents, currency: sale.currency, reason, transactionId: randomUUID(), at });
        manualRefunds.record(refundId, paidBack, at);
        return book.refunds.update(refundId, { state: 'completed' }, at);
      });
      const refunded = book.require(saleId);
      book.announce(refunded);
      onCompleted?.(refunded, { ...refund, paidBack });
      return toSaleView(refunded);
    },
  };
}
