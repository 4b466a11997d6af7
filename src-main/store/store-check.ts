/** "Testar conexão": can this till reach the store server, and is it recent enough (PostgreSQL 15 or newer)? */
import { invalidInput, storeUnavailable } from '../core/errors.ts';
import type { Logger } from '../core/ports.ts';
import { createStoreClient } from './store-client.ts';

export const MIN_SERVER_VERSION = 150000;

export async function checkStoreServer(connectionString: string, logger: Logger): Promise<void> {
  let client;
  try {
    client = createStoreClient(connectionString, logger, { maxConnections: 1 });
  } catch {
    // pg parses the string when the pool is made; its message may quote the string, so it is not passed on.
    throw invalidInput('store.connection_invalid', 'The connection string is not valid', 'connectionString');
  }
  try {
    const [row] = await client.query<{ server_version_num: string }>('SHOW server_version_num');
    if (Number(row?.server_version_num) < MIN_SERVER_VERSION) {
      throw storeUnavailable('store.server_too_old', 'The store server must be PostgreSQL 15 or newer');
    }
  } finally {
    await client.close();
  }
}
