/**
 * Astrapay tokenized credit cards (seed 000: register, list, search, delete). The CVV goes along on
 * registration for the card to be verified and is never part of what comes back.
 */
import { normalizeCardNumber } from '../../../src-shared/card-checks.ts';
import type { CardData, SavedCard } from '../provider.ts';
import type { AstrapayClient } from './astrapay-client.ts';
import { expectBody, expectStatus } from './astrapay-response.ts';
import { toSavedCard } from './card-mapping.ts';
import { tokenRegisterBody } from './card-requests.ts';
import { TokenizedCard, TokenizedCardPage } from './card-schemas.ts';
import { CARD_PATH } from './astrapay-card.ts';
import { findAcrossPages } from './paging.ts';

const TOKENS_PATH = `${CARD_PATH}/tokens`;

export function createAstrapaySavedCards(client: AstrapayClient) {
  const listPage = async (page: number) => {
    const response = await client.send({ method: 'GET', path: TOKENS_PATH, query: { page, size: 100 } });
    return expectBody(response, [200], `GET ${TOKENS_PATH}`, TokenizedCardPage);
  };

  return {
    async register(card: CardData): Promise<SavedCard> {
      const response = await client.send({ method: 'POST', path: TOKENS_PATH, json: tokenRegisterBody(card) });
      return toSavedCard(expectBody(response, [200, 201], `POST ${TOKENS_PATH}`, TokenizedCard));
    },

    async list(): Promise<SavedCard[]> {
      return (await findAcrossPages(listPage, () => true)).map(toSavedCard);
    },

    async get(id: string): Promise<SavedCard> {
      const path = `${TOKENS_PATH}/${encodeURIComponent(id)}`;
      const response = await client.send({ method: 'GET', path });
      return toSavedCard(expectBody(response, [200], `GET ${path}`, TokenizedCard));
    },

    async delete(id: string): Promise<void> {
      const path = `${TOKENS_PATH}/${encodeURIComponent(id)}`;
      expectStatus(await client.send({ method: 'DELETE', path }), [200, 204], `DELETE ${path}`);
    },

    /** The token of this same card (first 6, last 4, expiry and holder), if Astrapay already has one. */
    async findMatching(card: CardData): Promise<SavedCard | undefined> {
      const number = normalizeCardNumber(card.number);
      const holder = card.holderName.trim().toUpperCase();
      const found = await findAcrossPages(
        listPage,
        (token) =>
          token.card.firstSixDigits === number.slice(0, 6) &&
          token.card.lastFourDigits === number.slice(-4) &&
          `${token.card.expirationMonth}${token.card.expirationYear}` === card.expiry &&
          token.card.holderName.trim().toUpperCase() === holder,
      );
      return found[0] && toSavedCard(found[0]);
    },
  };
}
