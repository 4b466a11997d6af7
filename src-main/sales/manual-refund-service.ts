/**
 * Refunds of hand-confirmed static PIX. No provider took that money, so none can give it back: the shop
 * does, by hand (cash from the drawer, or a PIX it sends itself). The refund is written completed at once,
 * with how it went back; the router has already had a manager authorize it and journals it.
 */
import { randomUUID } from 'node:crypto';
import type { ManualRefundPaidBack, SaleView } from '../../src-preload/contract.ts';
import type { Cents } from '../../src-shared/money.ts';
import { PosError } from '../core/errors.ts';
import type { ManualRefundsRepository } from '../ledger/manual-refunds-repository.ts';
import type { StoredRefund } from '../ledger/refunds-repository.ts';
import type { StoredSale } from '../ledger/sales-repository.ts';
import { refundableCents, type RefundGuard } from './refund-service.ts';
import { toSaleView, type SaleBook } from './sale-book.ts';

export interface ManualRefundServiceDeps {
  book: SaleBook;
  manualRefunds: ManualRefundsRepository;
  refundGuard?: RefundGuard | undefined;
  /** Money went back: e.g. print the refund slip. Must not throw. */
  onCompleted?: (sale: StoredSale, refund: StoredRefund & { paidBack: ManualRefundPaidBack }) => void;
}

export function createManualRefundService({ book, manualRefunds, refundGuard, onCompleted }: ManualRefundServiceDeps) {
  return {
    async refund(saleId: string, amountCents: Cents, reason: string, paidBack: ManualRefundPaidBack): Promise<SaleView> {
      const sale = book.require(saleId);
      if (sale.method !== 'pix_static') {
        throw new PosError('invalid_state', 'Only a hand-confirmed static PIX is refunded by hand', { reason: 'refund.not_manual' });
      }
      if (sale.state !== 'paid') throw new PosError('invalid_state', `A ${sale.state} sale cannot be refunded`, { reason: 'refund.not_paid' });
      if (amountCents > refundableCents(sale)) {
        throw new PosError('invalid_input', 'The refund is larger than what is left to refund', { reason: 'refund.too_much', field: 'amountCents' });
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

export type ManualRefundService = ReturnType<typeof createManualRefundService>;
