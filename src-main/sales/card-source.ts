/**
 * Which card a charge uses: the typed card, a saved one, or a card saved (tokenized) just now. Saving is a
 * create of its own, recorded as an attempt and sent once; if its answer is lost it is looked up where the
 * provider allows, and otherwise the charge simply uses the typed card (no money rides on a token).
 */
import type { CardPaymentView, OperationInput, ProviderSelection } from '../../src-preload/contract.ts';
import { BRAND_NAMES, detectBrand, normalizeCardNumber } from '../../src-shared/card-checks.ts';
import type { Clock, Logger } from '../core/ports.ts';
import type { SavedCardsRepository } from '../ledger/saved-cards-repository.ts';
import type { CardApi, CardSource } from '../providers/provider.ts';
import type { Resolver } from './resolve-by-reference.ts';
import type { SaleBook } from './sale-book.ts';
import { sendOnce } from './send-once.ts';

export type StartCardInput = OperationInput<'sale.startCard'>;

export interface CardSourceDeps {
  book: SaleBook;
  savedCards: SavedCardsRepository;
  clock: Clock;
  logger: Logger;
  resolver: Resolver;
}

export interface CardSources {
  /** What the ledger keeps of the card before the charge: enough to check it by (brand, first 6, last 4). */
  summary(input: StartCardInput, selection: ProviderSelection): CardPaymentView;
  /** The source to charge; `tokenizeAttempt` is the ledger attempt of saving the card, when it is to be saved. */
  resolve(input: StartCardInput, api: CardApi, selection: ProviderSelection, saleId: string, tokenizeAttempt: string | undefined): Promise<CardSource>;
}

export function createCardSource({ book, savedCards, clock, logger, resolver }: CardSourceDeps): CardSources {
  return {
    summary(input: StartCardInput, selection: ProviderSelection): CardPaymentView {
      const base = { paymentType: input.paymentType, installments: input.installments, authorizationCode: null, decline: null };
      if ('number' in input.card) {
        const digits = normalizeCardNumber(input.card.number);
        const brand = detectBrand(digits);
        return { ...base, brand: brand ? BRAND_NAMES[brand] : '', first6: digits.slice(0, 6), last4: digits.slice(-4) };
      }
      const { savedCardId } = input.card;
      const saved = savedCards.list(selection.id, selection.environment).find((card) => card.id === savedCardId);
      return { ...base, brand: saved?.brand ?? '', first6: saved?.first6 ?? '', last4: saved?.last4 ?? '' };
    },

    async resolve(input: StartCardInput, api: CardApi, selection: ProviderSelection, saleId: string, tokenizeAttempt: string | undefined): Promise<CardSource> {
      const { card } = input;
      if (!('number' in card)) {
        return { kind: 'saved', savedCardId: card.savedCardId, holderName: card.holderName, holderDocument: card.holderDocument };
      }
      const tokens = api.savedCards;
      if (!tokens || tokenizeAttempt === undefined) return { kind: 'card', card };
      const findMatching = tokens.findMatching;
      const outcome = await sendOnce(resolver, {
        call: () => tokens.save(card),
        lookup: findMatching && (async () => {
          const found = await findMatching(card);
          return found ? [found] : [];
        }),
        pick: (found) => found[0],
        startedAt: clock.now(),
      });
      if (outcome.kind !== 'made') {
        logger.warn('Card not saved; charging the typed card', { saleId, outcome: outcome.kind });
        book.closeAttempt(tokenizeAttempt, 'error', outcome.kind);
        return { kind: 'card', card };
      }
      const saved = outcome.value;
      book.closeAttempt(tokenizeAttempt, 'ok', null);
      savedCards.save({ id: saved.id, providerId: selection.id, ...saved.card, holderName: saved.holderName, expiry: saved.expiry }, selection.environment, book.now());
      return { kind: 'saved', savedCardId: saved.id, holderName: card.holderName, holderDocument: card.holderDocument };
    },
  };
}
