/**
 * What we send to Astrapay's credit card API (shapes assumed, see README.md). Pure functions; the
 * card number and CVV pass through here on their way to the wire and are kept nowhere.
 */
import { normalizeCardNumber } from '../../../src-shared/card-checks.ts';
import type { CardChargeFilter, CardData, CardSource, CreateCardCharge } from '../provider.ts';
import { documentField } from './pix-requests.ts';

type SavedSource = Extract<CardSource, { kind: 'saved' }>;

function customerOf(name: string, document: string) {
  return { name: name.trim(), [documentField(document)]: document };
}

function cardBody(card: CardData) {
  return {
    number: normalizeCardNumber(card.number),
    holderName: card.holderName.trim(),
    expirationMonth: card.expiry.slice(0, 2),
    expirationYear: card.expiry.slice(2),
    securityCode: card.cvv,
  };
}

export function cardChargeBody(request: CreateCardCharge, card: CardData) {
  return {
    amount: request.amountCents / 100,
    installments: request.installments,
    userReference: request.reference,
    card: cardBody(card),
    customer: customerOf(card.holderName, card.holderDocument),
  };
}

export function tokenizedChargeBody(request: CreateCardCharge, source: SavedSource) {
  return {
    cardToken: source.savedCardId,
    amount: request.amountCents / 100,
    installments: request.installments,
    userReference: request.reference,
    customer: customerOf(source.holderName, source.holderDocument),
  };
}

export function cardListQuery(filter: CardChargeFilter & { userReference?: string }) {
  return {
    initialDate: filter.from.toISOString(),
    endDate: filter.to.toISOString(),
    userReference: filter.userReference,
    page: filter.page,
    size: filter.pageSize,
  };
}

export function cancelBody(amountCents: number) {
  return { amount: amountCents / 100 };
}

export function tokenRegisterBody(card: CardData) {
  return { card: cardBody(card), customer: customerOf(card.holderName, card.holderDocument) };
}
