/**
 * `POST /v1/card_payments` for a sale. The gateway documents no way to look a payment up, so a charge
 * whose outcome we did not hear (timeout, dropped connection, 5xx, unreadable answer) is never sent
 * again by the till: the cashier checks first. See "No double charge" in the README.
 */
import { isAmbiguous, outcomeUnknownError, PosError } from '../../core/errors.ts';
import type { Clock, Logger } from '../../core/ports.ts';
import type { HttpResponse } from '../../http/http-client.ts';
import type { CardCharge, CreateCardCharge } from '../provider.ts';
import { cardSummary, checkCard, checkChargeTerms, checkHolder, checkSavedCardId } from './card-input-checks.ts';
import { buildCardCharge, buildTokenCharge, type CardPaymentBody, type ChargeTerms } from './card-payment-request.ts';
import { declinedCharge, isDecline, parseCardPayment, readGatewayError, type ChargeContext } from './card-payment-response.ts';
import { CARD_PAYMENTS_PATH, failureOf, type CardPaymentsClient } from './card-payments-client.ts';

const WHERE = `POST ${CARD_PAYMENTS_PATH}`;

export interface ChargeDeps {
  client: CardPaymentsClient;
  clock: Clock;
  logger: Logger;
}

/** Checks everything locally, then builds the body; throws invalid_input before any request. */
function prepare(request: CreateCardCharge, nowMs: number): { body: CardPaymentBody; context: ChargeContext } {
  checkChargeTerms(request.amountCents, request.paymentType, request.installments);
  const terms: ChargeTerms = {
    amountCents: request.amountCents,
    paymentType: request.paymentType,
    installments: request.installments,
    reference: request.reference,
  };
  const { source } = request;
  if (source.kind === 'card') {
    const card = checkCard(source.card, nowMs);
    return { body: buildCardCharge(card, terms), context: { ...terms, card: cardSummary(card), nowMs } };
  }
  const holder = checkHolder(source.holderName, source.holderDocument);
  const body = buildTokenCharge(checkSavedCardId(source.savedCardId), holder, terms);
  return { body, context: { ...terms, card: undefined, nowMs } };
}

export async function chargeCard(deps: ChargeDeps, request: CreateCardCharge): Promise<CardCharge> {
  const { body, context } = prepare(request, deps.clock.now());
  const unknownOutcome = (cause: unknown): unknown => {
    if (!(cause instanceof PosError)) return cause;
    if (!isAmbiguous(cause) && cause.code !== 'provider_bad_response') return cause;
    deps.logger.warn('Card charge outcome unknown; not retried', {
      reference: request.reference,
      transactionId: request.transactionId,
      cause: cause.reason,
    });
    return outcomeUnknownError('card.outcome_unknown', 'The card gateway may have charged the card: check before charging again', cause);
  };

  let response: HttpResponse;
  try {
    response = await deps.client.post(CARD_PAYMENTS_PATH, body);
  } catch (error) {
    throw unknownOutcome(error);
  }
  if (response.status === 200 || response.status === 201) {
    try {
      return parseCardPayment(response.body, WHERE, context);
    } catch (error) {
      throw unknownOutcome(error);
    }
  }
  const gatewayError = response.status === 422 ? readGatewayError(response.body) : undefined;
  if (gatewayError && isDecline(gatewayError)) {
    const declined = declinedCharge(gatewayError, context);
    deps.logger.info('Card charge declined', {
      reference: request.reference,
      code: declined.decline?.code,
      brand: declined.card.brand,
      last4: declined.card.last4,
    });
    return declined;
  }
  throw unknownOutcome(failureOf(response, WHERE));
}
