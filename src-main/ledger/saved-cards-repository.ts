/** The till's index of cards a provider tokenized: the token and what a cashier needs to recognise the card. */
import type { DatabaseSync } from 'node:sqlite';
import type { Environment, ProviderId, SavedCardView } from '../../src-preload/contract.ts';

interface SavedCardRow {
  id: string;
  provider_id: ProviderId;
  provider_environment: Environment;
  brand: string;
  first6: string;
  last4: string;
  holder_name: string;
  expiry: string;
}

export interface SavedCardsRepository {
  save(card: SavedCardView, environment: Environment, at: string): void;
  list(providerId: ProviderId, environment: Environment): SavedCardView[];
  delete(providerId: ProviderId, environment: Environment, id: string): void;
}

export function createSavedCardsRepository(db: DatabaseSync): SavedCardsRepository {
  const insert = db.prepare(
    `INSERT OR REPLACE INTO saved_cards (id, provider_id, provider_environment, brand, first6, last4, holder_name, expiry, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const list = db.prepare('SELECT * FROM saved_cards WHERE provider_id = ? AND provider_environment = ? ORDER BY created_at DESC');
  const remove = db.prepare('DELETE FROM saved_cards WHERE provider_id = ? AND provider_environment = ? AND id = ?');

  return {
    save(card: SavedCardView, environment: Environment, at: string): void {
      insert.run(card.id, card.providerId, environment, card.brand, card.first6, card.last4, card.holderName, card.expiry, at);
    },
    list(providerId: ProviderId, environment: Environment): SavedCardView[] {
      return (list.all(providerId, environment) as unknown as SavedCardRow[]).map((row) => ({
        id: row.id,
        providerId: row.provider_id,
        brand: row.brand,
        first6: row.first6,
        last4: row.last4,
        holderName: row.holder_name,
        expiry: row.expiry,
      }));
    },
    delete(providerId: ProviderId, environment: Environment, id: string): void {
      remove.run(providerId, environment, id);
    },
  };
}

