/** Astrapay's credit card API in the sandbox, under `/astrapay/card/v1/credit`. */
import type { DatabaseSync } from 'node:sqlite';
import type { Clock } from '../../core/ports.ts';
import type { SimRoute } from '../http-kit.ts';
import { createCardStore } from './card-store.ts';
import { createCardTokenRoutes } from './card-tokens.ts';
import { createCardTransactionRoutes } from './card-transactions.ts';

export function createAstrapayCardSandbox(db: DatabaseSync, clock: Clock): { routes: SimRoute[] } {
  const store = createCardStore(db);
  // Token routes first: `GET .../credit/tokens` must not be read as a transaction id.
  return { routes: [...createCardTokenRoutes(store, clock), ...createCardTransactionRoutes(store, clock)] };
}
