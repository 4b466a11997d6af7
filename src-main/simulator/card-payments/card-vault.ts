/**
 * Cards tokenized by `POST /v1/tokenize_card`, found again by `slug_token` or `slug_stored_card`
 * (the seed says both come from that endpoint). The security code is never kept.
 */
import { randomBytes } from 'node:crypto';
import type { SandboxCard } from './card-fields.ts';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export interface CardVault {
  /** A new 32-character alphanumeric token for the card. */
  store(card: SandboxCard): string;
  find(token: string): SandboxCard | undefined;
  /** The `expired_token` fault: the vault forgets every token issued so far. */
  clear(): void;
}

export function createCardVault(): CardVault {
  const cards = new Map<string, SandboxCard>();
  return {
    store(card) {
      const token = Array.from(randomBytes(32), (byte) => ALPHANUMERIC[byte % ALPHANUMERIC.length]).join('');
      cards.set(token, { ...card });
      return token;
    },
    find: (token) => cards.get(token),
    clear: () => cards.clear(),
  };
}
