/**
 * The one door to the shop's PostgreSQL server (node-postgres). A small pool, short timeouts so a till
 * never waits long on a server that is away, and every failure turned into a PosError whose message
 * never repeats the connection string (it may hold a password).
 */
import pg from 'pg';
import { internalError, PosError, storeUnavailable } from '../core/errors.ts';
import type { Logger } from '../core/ports.ts';

export interface StoreQuery {
  query<Row extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]): Promise<Row[]>;
}

export interface StoreClient extends StoreQuery {
  /** Runs `work` in one transaction on one connection: all of it commits, or none of it does. */
  transaction<T>(work: (tx: StoreQuery) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface StoreClientOptions {
  connectionTimeoutMs?: number;
  statementTimeoutMs?: number;
  maxConnections?: number;
}

// PostgreSQL's bigint (count, sum) arrives as a string by default; cents fit a JS number with room to spare.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export function createStoreClient(connectionString: string, logger: Logger, options: StoreClientOptions = {}): StoreClient {
  const pool = new pg.Pool({
    connectionString,
    max: options.maxConnections ?? 4,
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 3000,
    statement_timeout: options.statementTimeoutMs ?? 10_000,
    idleTimeoutMillis: 10_000,
    application_name: 'pdv-till',
  });
  // An idle connection that dies (server restarted, cable pulled) is reported here; without a listener it would end the process.
  pool.on('error', (error) => logger.warn('Store connection lost', { code: errorCode(error) }));

  const query = async <Row extends pg.QueryResultRow>(runner: pg.Pool | pg.PoolClient, text: string, values?: unknown[]) => {
    try {
      return (await runner.query<Row>(text, values)).rows;
    } catch (error) {
      throw toStoreError(error);
    }
  };

  return {
    query: (text, values) => query(pool, text, values),
    async transaction(work) {
      let connection: pg.PoolClient;
      try {
        connection = await pool.connect();
      } catch (error) {
        throw toStoreError(error);
      }
      const tx: StoreQuery = { query: (text, values) => query(connection, text, values) };
      // The server may go away between two statements; the next statement fails and says so, so the event itself is only logged.
      const onLost = (error: Error) => logger.warn('Store connection lost in a transaction', { code: errorCode(error) });
      connection.on('error', onLost);
      const release = (broken: boolean) => {
        connection.off('error', onLost);
        connection.release(broken || undefined);
      };
      try {
        await tx.query('BEGIN');
        const result = await work(tx);
        await tx.query('COMMIT');
        release(false);
        return result;
      } catch (error) {
        // A broken connection cannot roll back: drop it from the pool instead of handing it out again.
        const rolledBack = await connection.query('ROLLBACK').then(() => true, () => false);
        release(!rolledBack);
        throw error instanceof PosError ? error : toStoreError(error);
      }
    },
    close: () => pool.end(),
  };
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'unknown';
}

/** Server-side refusals (SQLSTATE) are bugs or schema trouble; everything else means the server is away. */
export function toStoreError(error: unknown): PosError {
  if (error instanceof PosError) return error;
  const code = errorCode(error);
  if (code === '28P01' || code === '28000') {
    return storeUnavailable('store.auth_failed', 'The store server refused the credentials', { cause: error });
  }
  if (code === '3D000') return storeUnavailable('store.no_database', 'The store database does not exist', { cause: error });
  if (/^[0-9A-Z]{5}$/.test(code) && !code.startsWith('08') && !code.startsWith('57')) {
    return internalError('store.statement_failed', `The store server refused a statement (SQLSTATE ${code})`, { cause: error });
  }
  return storeUnavailable('store.unreachable', 'The store server cannot be reached', { retryable: true, cause: error });
}
