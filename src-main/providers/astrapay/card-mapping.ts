/** Astrapay's card answers mapped to the till's CardCharge and SavedCard: brand, first 6 and last 4 only. */
import { BRAND_NAMES, type CardBrand } from '../../../src-shared/card-checks.ts';
import type { CardCharge, CardChargeStatus, CardSummary, SavedCard } from '../provider.ts';
import { badResponse } from '../../core/errors.ts';
import type { CardTransaction, TokenizedCard } from './card-schemas.ts';
import { centsOf } from './pix-mapping.ts';

/** A partial cancel leaves the rest charged, so the transaction still reads as approved. */
const STATUS: Record<string, CardChargeStatus> = {
  APPROVED: 'approved',
  DECLINED: 'declined',
  CANCELLED: 'cancelled',
  'PARTIALLY CANCELLED': 'approved',
  PENDING: 'pending',
};

/** "VISA" as Astrapay writes it, "Visa" as our receipts do; a brand we don't know stays as sent. */
function brandName(brand: string): string {
  const known = Object.keys(BRAND_NAMES).find((id) => id.toUpperCase() === brand.toUpperCase()) as CardBrand | undefined;
  return known ? BRAND_NAMES[known] : brand;
}

function summaryOf(card: CardTransaction['card']): CardSummary {
  return { brand: brandName(card.brand), first6: card.firstSixDigits, last4: card.lastFourDigits };
}

export function toCardCharge(transaction: CardTransaction): CardCharge {
  const status = STATUS[transaction.status.description.toUpperCase()];
  if (!status) throw badResponse('a card transaction (unknown status)');
  return {
    id: transaction.transactionId,
    status,
    amountCents: centsOf(transaction.amount, 'a card transaction'),
    paymentType: 'credit',
    installments: transaction.installments,
    card: summaryOf(transaction.card),
    authorizationCode: transaction.authorizationCode ?? undefined,
    decline:
      status === 'declined'
        ? { code: transaction.returnCode ?? 'DECLINED', message: transaction.returnMessage ?? '' }
        : undefined,
    reference: transaction.userReference ?? undefined,
    createdAt: transaction.creationDate,
    cancelledCents: transaction.cancelledAmount ? centsOf(transaction.cancelledAmount, 'a card transaction') : 0,
  };
}

export function toSavedCard(token: TokenizedCard): SavedCard {
  return {
    id: token.cardToken,
    card: summaryOf(token.card),
    holderName: token.card.holderName,
    expiry: `${token.card.expirationMonth}${token.card.expirationYear}`,
  };
}
