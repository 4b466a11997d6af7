/**
 * Cards tokenized by `POST /v1/tokenize_card`, found again by `slug_token` or `slug_stored_card`
 * (the seed says both come from that endpoint), kept in the sandbox's database. Neither the card
 * number nor the security code is kept: only what test-cards.ts needs to answer for the card.
 */
import { randomBytes } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { Clock } from '../../core/ports.ts';
import { recordTable } from '../store/record-table.ts';
import type { CardOnFile } from './test-cards.ts';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export interface CardVault {
  /** A new 32-character alphanumeric token for the card. */
  store(card: CardOnFile): string;
  find(token: string): CardOnFile | undefined;
  /** The `expired_token` fault: the vault forgets every token issued so far. */
  clear(): void;
}

export function createCardVault(db: DatabaseSync, clock: Clock): CardVault {
  const cards = recordTable<{ token: string; card: CardOnFile; createdAt: number }>(db, 'card-payments.vault', {
    id: (row) => row.token,
    createdAt: (row) => row.createdAt,
  });
  return {
    store(card) {
      const token = Array.from(randomBytes(32), (byte) => ALPHANUMERIC[byte % ALPHANUMERIC.length]).join('');
      cards.put({ token, card, createdAt: clock.now() });
      return token;
    },
    find: (token) => cards.get(token)?.card,
    clear: () => cards.clear(),
  };
}
