/**
 * Card sales at the counter. The card data passes through this function and the provider's request and
 * is dropped: only brand, first 6 and last 4 reach the ledger. A request that may have charged the card
 * (timeout, dropped connection) is never repeated by itself: the sale fails with a reason that tells the
 * cashier to check before charging again.
 */
import type { CardPaymentView, OperationInput, ProviderSelection, SaleView } from '../../src-preload/contract.ts';
import { PosError } from '../core/errors.ts';
import type { SavedCardsRepository } from '../ledger/saved-cards-repository.ts';
import type { ProviderHub } from '../providers/provider-hub.ts';
import { cardOf, currencyOf, type CardSource, type Provider } from '../providers/provider.ts';
import { toSaleView, type SaleBook } from './sale-book.ts';

export type StartCardInput = OperationInput<'sale.startCard'>;

export function createCardSaleService(book: SaleBook, hub: ProviderHub, savedCards: SavedCardsRepository) {
  const { sales, now, change } = book;

  const sourceFor = async (input: StartCardInput, provider: Provider, selection: ProviderSelection): Promise<CardSource> => {
    const api = cardOf(provider);
    if ('savedCardId' in input.card) {
      const { savedCardId, holderName, holderDocument } = input.card;
      return { kind: 'saved', savedCardId, holderName, holderDocument };
    }
    if (input.saveCard && api.savedCards) {
      const saved = await api.savedCards.save(input.card);
      const view = { id: saved.id, providerId: selection.id, ...saved.card, holderName: saved.holderName, expiry: saved.expiry };
      savedCards.save(view, selection.environment, now());
      return { kind: 'saved', savedCardId: saved.id, holderName: input.card.holderName, holderDocument: input.card.holderDocument };
    }
    return { kind: 'card', card: input.card };
  };

  return {
    async startCard(input: StartCardInput): Promise<SaleView> {
      book.assertCounterFree();
      const { provider, selection } = hub.active('card');
      const api = cardOf(provider);
      const paymentType = input.paymentType;
      if (!api.paymentTypes.includes(paymentType)) {
        throw new PosError('invalid_input', `${provider.name} does not take ${paymentType} cards`, { reason: 'card.payment_type_unsupported', field: 'paymentType' });
      }
      if (input.installments > (paymentType === 'debit' ? 1 : api.maxInstallments)) {
        throw new PosError('invalid_input', 'Too many installments for this card', { reason: 'card.installments_invalid', field: 'installments' });
      }
      const sale = book.open(input.amountCents, 'card', selection, currencyOf(provider, 'card'));
      change(sale.id, { state: 'awaiting_payment' });
      const charge = await book.attempt(
        sale.id,
        'card.charge',
        async (transactionId) =>
          api.charge({
            amountCents: input.amountCents,
            paymentType,
            installments: input.installments,
            source: await sourceFor(input, provider, selection),
            reference: sale.id,
            transactionId,
          }),
        true,
      );
      const card: CardPaymentView = {
        paymentType: charge.paymentType,
        installments: charge.installments,
        brand: charge.card.brand,
        first6: charge.card.first6,
        last4: charge.card.last4,
        authorizationCode: charge.authorizationCode ?? null,
        decline: charge.decline ?? null,
      };
      if (charge.status === 'approved') {
        return toSaleView(change(sale.id, { state: 'paid', card: { chargeId: charge.id, view: card }, problem: null }));
      }
      // A pending charge (3-D Secure, which a till cannot complete) may still go through: never guess.
      const problem = charge.decline
        ? { code: 'provider_rejected' as const, message: `Declined: ${charge.decline.code}`, retryable: false, reason: 'card.declined' }
        : charge.status === 'pending'
          ? { code: 'provider_unavailable' as const, message: 'The card charge is still pending', retryable: false, reason: 'card.outcome_unknown' }
          : { code: 'provider_rejected' as const, message: `The card charge ended ${charge.status}`, retryable: false, reason: 'card.not_approved' };
      return toSaleView(change(sale.id, { state: 'failed', card: { chargeId: charge.id, view: card }, problem }));
    },

    /** A card sale the till stopped in the middle of may or may not have been charged: say so, never guess. */
    resume(): void {
      for (const sale of sales.listByState('awaiting_payment')) {
        if (sale.method !== 'card') continue;
        sales.finishOpenAttempts(sale.id, 'internal', now());
        const problem = { code: 'provider_unavailable' as const, message: 'The till stopped while the card was being charged', retryable: false, reason: 'card.outcome_unknown' };
        change(sale.id, { state: 'failed', problem });
      }
    },

    listSaved() {
      const { selection } = hub.active('card');
      return savedCards.list(selection.id, selection.environment);
    },

    async deleteSaved(savedCardId: string): Promise<null> {
      const { provider, selection } = hub.active('card');
      await cardOf(provider).savedCards?.delete?.(savedCardId);
      savedCards.delete(selection.id, selection.environment, savedCardId);
      return null;
    },
  };
}

export type CardSaleService = ReturnType<typeof createCardSaleService>;
