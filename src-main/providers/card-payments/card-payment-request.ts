/**
 * Request bodies for the card gateway, field for field as seed 004 writes them. They take already
 * checked input (card-input-checks.ts): building never validates, so it never has to report card data.
 */
import type { CardPaymentType } from '../provider.ts';
import type { CheckedCard, CheckedHolder } from './card-input-checks.ts';

/** `platform_name`: "Nome da plataforma que está gerando o checkout". */
export const PLATFORM_NAME = 'PDV';

interface HolderFields {
  card_holder_name: string;
  card_holder_document: string;
}

interface CardFields extends HolderFields {
  card_number: string;
  card_expiration_date: string;
  card_security_code: string;
}

interface TermsFields {
  installments: number;
  payment_type: 'CREDIT' | 'DEBIT';
  currency: 'BRL';
  amount: number;
  platform_name: string;
  /** Not in the seed's request table, but the response echoes it as "criado pelo cliente" (see README). */
  external_id: string;
}

export type CardPaymentBody =
  | { card_payment: CardFields & TermsFields }
  | { card_payment: HolderFields & TermsFields & { slug_token: string } }
  | { card_payment: CardFields & { amount: 0; platform_name: string } };

export interface ChargeTerms {
  amountCents: number;
  paymentType: CardPaymentType;
  installments: number;
  /** Our sale id, sent as `external_id`. */
  reference: string;
}

function cardFields(card: CheckedCard): CardFields {
  return {
    card_number: card.number,
    card_expiration_date: card.expiry,
    card_security_code: card.cvv,
    ...holderFields(card),
  };
}

function holderFields(holder: CheckedHolder): HolderFields {
  return { card_holder_name: holder.holderName, card_holder_document: holder.holderDocument };
}

function termsFields(terms: ChargeTerms): TermsFields {
  return {
    installments: terms.installments,
    payment_type: terms.paymentType === 'debit' ? 'DEBIT' : 'CREDIT',
    currency: 'BRL',
    amount: terms.amountCents,
    platform_name: PLATFORM_NAME,
    external_id: terms.reference,
  };
}

/** "Exemplo de Requisição (Padrão)": a charge with the card's data. */
export function buildCardCharge(card: CheckedCard, terms: ChargeTerms): CardPaymentBody {
  return { card_payment: { ...cardFields(card), ...termsFields(terms) } };
}

/** "Exemplo de Requisição (Slug Token)": a charge on a card tokenized by /v1/tokenize_card. */
export function buildTokenCharge(slugToken: string, holder: CheckedHolder, terms: ChargeTerms): CardPaymentBody {
  return { card_payment: { slug_token: slugToken, ...holderFields(holder), ...termsFields(terms) } };
}

/** "Exemplo de Requisição (Zero Dollar)": amount 0 checks the card and charges nothing. Same fields as the seed's example. */
export function buildZeroAmountCheck(card: CheckedCard): CardPaymentBody {
  return { card_payment: { ...cardFields(card), amount: 0, platform_name: PLATFORM_NAME } };
}

/** `POST /v1/tokenize_card`: the seed names the endpoint but not its body; assumed, see README. */
export function buildTokenizeCard(card: CheckedCard): { card: CardFields } {
  return { card: cardFields(card) };
}
