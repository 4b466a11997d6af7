/**
 * Astrapay tokenized credit cards in the sandbox: register (the card is checked, its security code
 * used once and dropped), list, search and delete. Each registration makes a new token.
 */
import { randomUUID } from 'node:crypto';
import type { Clock } from '../../core/ports.ts';
import { jsonBody, type SimRequest, type SimResponse, type SimRoute } from '../http-kit.ts';
import { astrapayError } from './auth.ts';
import { behaviourOf, securityCodeBehaviour } from './card-rules.ts';
import type { CardStore, StoredToken } from './card-store.ts';
import { check, checkCard, RegisterBody } from './card-validation.ts';
import { pageReply, readPaging } from './list-query.ts';

const BASE = '/astrapay/card/v1/credit/tokens';

export function createCardTokenRoutes(store: CardStore, clock: Clock): SimRoute[] {
  const register = (request: SimRequest): SimResponse => {
    const body = jsonBody(request);
    if (!body.ok) return astrapayError(400, 'INVALID_JSON', 'Request body is not valid JSON');
    const checked = check(RegisterBody, body.value);
    if (!checked.ok) return astrapayError(400, 'VALIDATION_ERROR', checked.message);
    const { card, customer } = checked.value;
    const summary = checkCard(card, clock.now());
    if (!summary.ok) return astrapayError(400, 'VALIDATION_ERROR', summary.message);
    if (securityCodeBehaviour(card.securityCode)) return astrapayError(422, 'CARD_VERIFICATION_FAILED', 'The card could not be verified');
    const token: StoredToken = {
      cardToken: randomUUID(),
      card: { ...summary.value, expirationMonth: card.expirationMonth, expirationYear: card.expirationYear },
      customer,
      behaviour: behaviourOf(card.number),
      createdAt: clock.now(),
    };
    store.tokens.put(token);
    return { status: 201, body: present(token) };
  };

  const list = (request: SimRequest): SimResponse => {
    const read = readPaging(request);
    if (!read.ok) return read.reply;
    const cpf = request.query.get('naturalPersonIdentification');
    const cnpj = request.query.get('legalPersonIdentification');
    const matching = store.tokens
      .list()
      .filter(
        (token) =>
          (!cpf || token.customer.naturalPersonIdentification === cpf) && (!cnpj || token.customer.legalPersonIdentification === cnpj),
      );
    return pageReply(matching, read.paging, present);
  };

  const search = (request: SimRequest): SimResponse => {
    const token = store.tokens.get(request.params.cardToken ?? '');
    return token ? { status: 200, body: present(token) } : astrapayError(404, 'NOT_FOUND', 'Tokenized card not found');
  };

  const remove = (request: SimRequest): SimResponse =>
    store.tokens.remove(request.params.cardToken ?? '') ? { status: 204 } : astrapayError(404, 'NOT_FOUND', 'Tokenized card not found');

  return [
    { method: 'POST', path: BASE, handle: register },
    { method: 'GET', path: BASE, handle: list },
    { method: 'GET', path: `${BASE}/:cardToken`, handle: search },
    { method: 'DELETE', path: `${BASE}/:cardToken`, handle: remove },
  ];
}

function present(token: StoredToken) {
  return { cardToken: token.cardToken, card: token.card, customer: token.customer, creationDate: new Date(token.createdAt).toISOString() };
}
