/** The sandbox's card ledger: transactions and tokenized cards, never a card number or CVV. */
import type { DatabaseSync } from 'node:sqlite';
import { recordTable, type RecordTable } from '../store/record-table.ts';
import type { Cents } from '../../../src-shared/money.ts';
import type { CardBehaviour } from './card-rules.ts';

export type TransactionStatus = 'APPROVED' | 'DECLINED' | 'CANCELLED' | 'PARTIALLY CANCELLED';
export const TRANSACTION_STATUS_CODES: Record<TransactionStatus, string> = {
  APPROVED: '1',
  DECLINED: '2',
  CANCELLED: '3',
  'PARTIALLY CANCELLED': '4',
};

export interface CardSummary {
  brand: string;
  firstSixDigits: string;
  lastFourDigits: string;
  holderName: string;
}

export interface Customer {
  name: string;
  naturalPersonIdentification?: string | undefined;
  legalPersonIdentification?: string | undefined;
}

export interface StoredTransaction {
  transactionId: string;
  status: TransactionStatus;
  amountCents: Cents;
  cancelledCents: Cents;
  installments: number;
  authorizationCode: string | undefined;
  decline: { code: string; message: string } | undefined;
  card: CardSummary;
  customer: Customer;
  userReference: string | undefined;
  cardToken: string | undefined;
  createdAt: number;
}

export interface StoredToken {
  cardToken: string;
  card: CardSummary & { expirationMonth: string; expirationYear: string };
  customer: Customer;
  /** What charging this card does: decided from the test-card table when it was registered. */
  behaviour: CardBehaviour;
  createdAt: number;
}

export interface CardStore {
  transactions: RecordTable<StoredTransaction>;
  tokens: RecordTable<StoredToken>;
}

export function createCardStore(db: DatabaseSync): CardStore {
  return {
    transactions: recordTable(db, 'astrapay.card.transaction', { id: (row) => row.transactionId, createdAt: (row) => row.createdAt }),
    tokens: recordTable(db, 'astrapay.card.token', { id: (row) => row.cardToken, createdAt: (row) => row.createdAt }),
  };
}
