/**
 * The card gateway of seed 004: credit and debit charges in 1–12 installments, the zero-amount card
 * check, and tokenized cards. The seed documents no lookup, listing, cancel or refund, so the provider
 * offers none (the capability flags follow from that).
 */
import { providerRejected } from '../../core/errors.ts';
import { silentLogger } from '../../core/logger.ts';
import type { Clock, Logger } from '../../core/ports.ts';
import type { HttpSend } from '../../http/http-client.ts';
import type { Provider } from '../provider.ts';
import { chargeCard } from './card-charge.ts';
import { cardSummary, checkCard } from './card-input-checks.ts';
import { MAX_INSTALLMENTS } from '../../../src-shared/card-checks.ts';
import { buildTokenizeCard, buildZeroAmountCheck } from './card-payment-request.ts';
import { parseCardPayment, parseTokenized } from './card-payment-response.ts';
import {
  CARD_PAYMENTS_PATH,
  createCardPaymentsClient,
  failureOf,
  TOKENIZE_CARD_PATH,
  type CardPaymentsConfig,
} from './card-payments-client.ts';

export const CARD_PAYMENTS_ID = 'card-payments';
export const CARD_PAYMENTS_NAME = 'Card Payments';

export interface CardPaymentsProviderOptions {
  config: CardPaymentsConfig;
  http: HttpSend;
  clock: Clock;
  /** Receives identifiers and codes only (reference, brand, last 4), never card data. */
  logger?: Logger;
}

const isSuccess = (status: number) => status === 200 || status === 201;

export function createCardPaymentsProvider(options: CardPaymentsProviderOptions): Provider {
  const client = createCardPaymentsClient(options.config, options.http);
  const { clock } = options;
  const deps = { client, clock, logger: options.logger ?? silentLogger };

  return {
    id: CARD_PAYMENTS_ID,
    name: CARD_PAYMENTS_NAME,

    /**
     * No endpoint exists just to check a key, so we send an empty payment: the gateway checks the key
     * first (401), then finds the amount missing (422). Nothing can be charged without an amount.
     */
    async testConnection() {
      const response = await client.post(CARD_PAYMENTS_PATH, { card_payment: {} });
      if (response.status !== 422) throw failureOf(response, `POST ${CARD_PAYMENTS_PATH}`);
    },

    card: {
      paymentTypes: ['credit', 'debit'],
      maxInstallments: MAX_INSTALLMENTS,
      charge: (request) => chargeCard(deps, request),

      async verify(card) {
        const checked = checkCard(card, clock.now());
        const where = `POST ${CARD_PAYMENTS_PATH} (zero amount)`;
        const response = await client.post(CARD_PAYMENTS_PATH, buildZeroAmountCheck(checked));
        if (!isSuccess(response.status)) throw failureOf(response, where);
        const context = { amountCents: 0, paymentType: 'credit', installments: 1, reference: undefined, nowMs: clock.now() } as const;
        const result = parseCardPayment(response.body, where, { ...context, card: cardSummary(checked) });
        if (result.status !== 'approved') {
          throw providerRejected('card.declined', `The card check did not pass (${result.status})`);
        }
        return result.card;
      },

      savedCards: {
        async save(card) {
          const checked = checkCard(card, clock.now());
          const where = `POST ${TOKENIZE_CARD_PATH}`;
          const response = await client.post(TOKENIZE_CARD_PATH, buildTokenizeCard(checked));
          if (!isSuccess(response.status)) throw failureOf(response, where);
          return parseTokenized(response.body, where, { holderName: checked.holderName, expiry: checked.expiry });
        },
      },
    },
  };
}
