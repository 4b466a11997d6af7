/**
 * Astrapay credit card transactions (seed 000: make, search, list, cancel; make with a tokenized
 * card), and the lookup that finds a charge whose create may have been applied unheard.
 */
import type { CardCharge, CardChargeFilter, CreateCardCharge, Page } from '../provider.ts';
import type { AstrapayClient } from './astrapay-client.ts';
import { expectBody } from './astrapay-response.ts';
import { toCardCharge } from './card-mapping.ts';
import { CLOCK_SKEW_MS } from './clock-skew.ts';
import { cancelBody, cardChargeBody, cardListQuery, tokenizedChargeBody } from './card-requests.ts';
import { CardTransaction, CardTransactionPage } from './card-schemas.ts';
import { findAcrossPages, toPage } from './paging.ts';

export const CARD_PATH = '/card/v1/credit';
const TOKENIZED_CHARGE_PATH = `${CARD_PATH}/tokenized`;

export function createAstrapayCard(client: AstrapayClient) {
  const list = async (query: ReturnType<typeof cardListQuery>) => {
    const response = await client.send({ method: 'GET', path: CARD_PATH, query });
    return expectBody(response, [200], `GET ${CARD_PATH}`, CardTransactionPage);
  };

  return {
    async charge(request: CreateCardCharge): Promise<CardCharge> {
      const { source } = request;
      const path = source.kind === 'card' ? CARD_PATH : TOKENIZED_CHARGE_PATH;
      const json = source.kind === 'card' ? cardChargeBody(request, source.card) : tokenizedChargeBody(request, source);
      const response = await client.send({ method: 'POST', path, transactionId: request.transactionId, json });
      return toCardCharge(expectBody(response, [200, 201], `POST ${path}`, CardTransaction));
    },

    async consult(id: string): Promise<CardCharge> {
      const path = `${CARD_PATH}/${encodeURIComponent(id)}`;
      const response = await client.send({ method: 'GET', path });
      return toCardCharge(expectBody(response, [200], `GET ${path}`, CardTransaction));
    },

    async list(filter: CardChargeFilter): Promise<Page<CardCharge>> {
      return toPage(await list(cardListQuery(filter)), toCardCharge);
    },

    async cancel(id: string, amountCents: number): Promise<CardCharge> {
      const path = `${CARD_PATH}/${encodeURIComponent(id)}/cancel`;
      const response = await client.send({ method: 'PUT', path, json: cancelBody(amountCents) });
      return toCardCharge(expectBody(response, [200], `PUT ${path}`, CardTransaction));
    },

    /** Every transaction with this userReference made in [from, to], widened by the clock skew; newest first. */
    async findByReference(reference: string, from: Date, to: Date): Promise<CardCharge[]> {
      const window = { from: new Date(from.getTime() - CLOCK_SKEW_MS), to: new Date(to.getTime() + CLOCK_SKEW_MS), pageSize: 100 };
      const found = await findAcrossPages(
        (page) => list(cardListQuery({ ...window, page, userReference: reference })),
        (transaction) => transaction.userReference === reference,
      );
      return found.sort((a, b) => Date.parse(b.creationDate) - Date.parse(a.creationDate)).map(toCardCharge);
    },
  };
}
