/**
 * Astrapay credit card transactions in the sandbox: make one (with card data or a card token),
 * search, list and cancel in full or in part. Outcomes follow the test cards of card-rules.ts.
 */
import { randomInt, randomUUID } from 'node:crypto';
import { expiryProblem } from '../../../src-shared/card-checks.ts';
import { centsToDecimalString } from '../../../src-shared/money.ts';
import type { Clock } from '../../core/ports.ts';
import { jsonBody, type SimRequest, type SimResponse, type SimRoute } from '../http-kit.ts';
import { astrapayError } from './auth.ts';
import { behaviourOf, EXPIRED_CARD, securityCodeBehaviour, type CardBehaviour } from './card-rules.ts';
import { TRANSACTION_STATUS_CODES, type CardStore, type StoredTransaction } from './card-store.ts';
import { CancelBody, centsOf, ChargeBody, check, checkCard, TokenizedChargeBody } from './card-validation.ts';
import { pageReply, readListWindow } from './list-query.ts';

const BASE = '/astrapay/card/v1/credit';
type NewTransaction = Pick<StoredTransaction, 'amountCents' | 'installments' | 'userReference' | 'card' | 'customer' | 'cardToken'>;

export function createCardTransactionRoutes(store: CardStore, clock: Clock): SimRoute[] {
  const record = (input: NewTransaction, behaviour: CardBehaviour): SimResponse => {
    if (behaviour.kind === 'fail') return astrapayError(500, 'AUTHORIZER_UNAVAILABLE', 'The card authorizer did not answer');
    const declined = behaviour.kind === 'decline';
    const transaction: StoredTransaction = {
      ...input,
      transactionId: randomUUID(),
      status: declined ? 'DECLINED' : 'APPROVED',
      cancelledCents: 0,
      authorizationCode: declined ? undefined : String(randomInt(0, 1_000_000)).padStart(6, '0'),
      decline: declined ? { code: behaviour.code, message: behaviour.message } : undefined,
      createdAt: clock.now(),
    };
    store.transactions.put(transaction);
    return { status: 201, body: present(transaction) };
  };

  const charge = (request: SimRequest): SimResponse => {
    const body = jsonBody(request);
    if (!body.ok) return astrapayError(400, 'INVALID_JSON', 'Request body is not valid JSON');
    const checked = check(ChargeBody, body.value);
    if (!checked.ok) return astrapayError(400, 'VALIDATION_ERROR', checked.message);
    const { amount, installments, userReference, card, customer } = checked.value;
    const cents = centsOf(amount);
    if (!cents.ok) return astrapayError(400, 'VALIDATION_ERROR', cents.message);
    const summary = checkCard(card, clock.now());
    if (!summary.ok) return astrapayError(400, 'VALIDATION_ERROR', summary.message);
    const behaviour = securityCodeBehaviour(card.securityCode) ?? behaviourOf(card.number);
    return record({ amountCents: cents.value, installments, userReference, card: summary.value, customer, cardToken: undefined }, behaviour);
  };

  const chargeToken = (request: SimRequest): SimResponse => {
    const body = jsonBody(request);
    if (!body.ok) return astrapayError(400, 'INVALID_JSON', 'Request body is not valid JSON');
    const checked = check(TokenizedChargeBody, body.value);
    if (!checked.ok) return astrapayError(400, 'VALIDATION_ERROR', checked.message);
    const { cardToken, amount, installments, userReference, customer } = checked.value;
    const cents = centsOf(amount);
    if (!cents.ok) return astrapayError(400, 'VALIDATION_ERROR', cents.message);
    const token = store.tokens.get(cardToken);
    if (!token) return astrapayError(404, 'NOT_FOUND', 'Tokenized card not found');
    const { expirationMonth, expirationYear, ...card } = token.card;
    const expired = expiryProblem(`${expirationMonth}${expirationYear}`, clock.now()) === 'expired';
    return record({ amountCents: cents.value, installments, userReference, card, customer, cardToken }, expired ? EXPIRED_CARD : token.behaviour);
  };

  const consult = (request: SimRequest): SimResponse => {
    const transaction = store.transactions.get(request.params.transactionId ?? '');
    if (!transaction) return astrapayError(404, 'NOT_FOUND', 'Transaction not found');
    return { status: 200, body: present(transaction) };
  };

  const list = (request: SimRequest): SimResponse => {
    const read = readListWindow(request);
    if (!read.ok) return read.reply;
    const userReference = request.query.get('userReference');
    const status = request.query.get('status');
    const matching = store.transactions
      .list({ from: read.window.initial, to: read.window.end })
      .filter((transaction) => (!userReference || transaction.userReference === userReference) && (!status || transaction.status === status));
    return pageReply(matching, read.window, present);
  };

  const cancel = (request: SimRequest): SimResponse => {
    const transaction = store.transactions.get(request.params.transactionId ?? '');
    if (!transaction) return astrapayError(404, 'NOT_FOUND', 'Transaction not found');
    const body = request.rawBody.trim() === '' ? { ok: true as const, value: {} } : jsonBody(request);
    if (!body.ok) return astrapayError(400, 'INVALID_JSON', 'Request body is not valid JSON');
    const checked = check(CancelBody, body.value);
    if (!checked.ok) return astrapayError(400, 'VALIDATION_ERROR', checked.message);
    if (transaction.status !== 'APPROVED' && transaction.status !== 'PARTIALLY CANCELLED') {
      return astrapayError(422, 'TRANSACTION_NOT_CANCELLABLE', `A ${transaction.status} transaction cannot be cancelled`);
    }
    const left = transaction.amountCents - transaction.cancelledCents;
    const cents = checked.value.amount === undefined ? { ok: true as const, value: left } : centsOf(checked.value.amount);
    if (!cents.ok) return astrapayError(400, 'VALIDATION_ERROR', cents.message);
    if (cents.value > left) {
      return astrapayError(422, 'CANCEL_EXCEEDS_AVAILABLE', `amount is above what is left to cancel (${centsToDecimalString(left)})`);
    }
    const cancelledCents = transaction.cancelledCents + cents.value;
    const cancelled: StoredTransaction = {
      ...transaction,
      cancelledCents,
      status: cancelledCents === transaction.amountCents ? 'CANCELLED' : 'PARTIALLY CANCELLED',
    };
    store.transactions.put(cancelled);
    return { status: 200, body: present(cancelled) };
  };

  return [
    { method: 'POST', path: BASE, handle: charge },
    { method: 'GET', path: BASE, handle: list },
    { method: 'POST', path: `${BASE}/tokenized`, handle: chargeToken },
    { method: 'PUT', path: `${BASE}/:transactionId/cancel`, handle: cancel },
    { method: 'GET', path: `${BASE}/:transactionId`, handle: consult },
  ];
}

function present(transaction: StoredTransaction) {
  return {
    transactionId: transaction.transactionId,
    status: { code: TRANSACTION_STATUS_CODES[transaction.status], description: transaction.status },
    amount: Number(centsToDecimalString(transaction.amountCents)),
    cancelledAmount: Number(centsToDecimalString(transaction.cancelledCents)),
    installments: transaction.installments,
    authorizationCode: transaction.authorizationCode ?? null,
    returnCode: transaction.decline?.code ?? '00',
    returnMessage: transaction.decline?.message ?? 'Approved',
    card: transaction.card,
    customer: transaction.customer,
    userReference: transaction.userReference ?? null,
    cardToken: transaction.cardToken ?? null,
    creationDate: new Date(transaction.createdAt).toISOString(),
  };
}
