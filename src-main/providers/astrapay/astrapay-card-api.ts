/**
 * The Astrapay `card` facet: credit only (seed 000 names only credit card operations), 1 to 12
 * installments, cancel in full or in part, tokenized cards. Card data is checked before it is sent, and
 * each charge or token registration is sent once: the card sale service resolves an unheard answer by
 * looking it up (`findByReference`, `findMatching`), never by sending it again.
 */
import type { Clock } from '../../core/ports.ts';
import type { CardApi } from '../provider.ts';
import { createAstrapayCard } from './astrapay-card.ts';
import type { AstrapayClient } from './astrapay-client.ts';
import { createAstrapaySavedCards } from './astrapay-saved-cards.ts';
import { checkCardCharge, checkCardData, checkId } from './card-input-checks.ts';
import { MAX_INSTALLMENTS } from '../../../src-shared/card-checks.ts';
import { checkAmount, checkListWindow } from './input-checks.ts';

export function createAstrapayCardApi(client: AstrapayClient, clock: Clock): CardApi {
  const transactions = createAstrapayCard(client);
  const tokens = createAstrapaySavedCards(client);
  return {
    paymentTypes: ['credit'],
    maxInstallments: MAX_INSTALLMENTS,
    async charge(request) {
      checkCardCharge(request, clock.now());
      return transactions.charge(request);
    },
    findByReference: (reference, from, to) => transactions.findByReference(reference, from, to),
    async get(id) {
      checkId(id, 'card.id_invalid', 'id');
      return transactions.consult(id);
    },
    async list(filter) {
      checkListWindow(filter);
      return transactions.list(filter);
    },
    async cancel(id, amountCents) {
      checkId(id, 'card.id_invalid', 'id');
      checkAmount(amountCents);
      return transactions.cancel(id, amountCents);
    },
    savedCards: {
      async save(card) {
        checkCardData(card, clock.now());
        return tokens.register(card);
      },
      findMatching: (card) => tokens.findMatching(card),
      list: () => tokens.list(),
      async get(id) {
        checkId(id, 'card.saved_invalid', 'id');
        return tokens.get(id);
      },
      async delete(id) {
        checkId(id, 'card.saved_invalid', 'id');
        return tokens.delete(id);
      },
    },
  };
}
