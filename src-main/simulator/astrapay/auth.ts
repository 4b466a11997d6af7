/**
 * Astrapay OAuth client credentials (`POST /v1/token`) and the checks every other Astrapay route
 * makes: a live bearer token and a UUID `x-transaction-id`.
 */
import { randomBytes } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { ASTRAPAY_DEMO_CREDENTIALS } from '../../core/demo-credentials.ts';
import type { Clock } from '../../core/ports.ts';
import { isUuid, type SimRequest, type SimResponse, type SimRoute } from '../http-kit.ts';
import { recordTable } from '../store/record-table.ts';

export function astrapayError(status: number, code: string, message: string): SimResponse {
  return { status, body: { code, message } };
}

export interface AstrapayAuth {
  routes: SimRoute[];
  /** Undefined when the request may proceed, otherwise the documented error reply. */
  check(request: SimRequest): SimResponse | undefined;
  expireAll(): void;
}

export function createAstrapayAuth(db: DatabaseSync, clock: Clock, tokenTtlSeconds: number): AstrapayAuth {
  // Kept like every other record, so a till's cached token still works after the sandbox restarts.
  const tokens = recordTable<{ token: string; issuedAt: number; expiresAt: number }>(db, 'astrapay.access-token', {
    id: (row) => row.token,
    createdAt: (row) => row.issuedAt,
  });

  const issue = (request: SimRequest): SimResponse => {
    if (!String(request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
      return astrapayError(400, 'INVALID_REQUEST', 'Content-Type must be application/x-www-form-urlencoded');
    }
    const form = new URLSearchParams(request.rawBody);
    if (form.get('grant_type') !== 'client_credentials') {
      return astrapayError(400, 'UNSUPPORTED_GRANT_TYPE', 'grant_type must be client_credentials');
    }
    const [clientId, clientSecret] = basicCredentials(request) ?? [form.get('client_id'), form.get('client_secret')];
    if (clientId !== ASTRAPAY_DEMO_CREDENTIALS.clientId || clientSecret !== ASTRAPAY_DEMO_CREDENTIALS.clientSecret) {
      return astrapayError(401, 'INVALID_CLIENT', 'Invalid client credentials');
    }
    const token = randomBytes(24).toString('base64url');
    tokens.put({ token, issuedAt: clock.now(), expiresAt: clock.now() + tokenTtlSeconds * 1000 });
    return { status: 200, body: { access_token: token, token_type: 'Bearer', expires_in: tokenTtlSeconds } };
  };

  return {
    routes: [{ method: 'POST', path: '/astrapay/v1/token', handle: issue }],
    check(request) {
      const match = /^Bearer (\S+)$/.exec(String(request.headers.authorization ?? ''));
      const expiresAt = match?.[1] ? tokens.get(match[1])?.expiresAt : undefined;
      if (expiresAt === undefined || clock.now() >= expiresAt) {
        return astrapayError(401, 'UNAUTHORIZED', 'Missing, invalid or expired access token');
      }
      if (!isUuid(request.headers['x-transaction-id'])) {
        return astrapayError(400, 'INVALID_TRANSACTION_ID', 'Header x-transaction-id must be a UUID');
      }
      if (request.method !== 'GET' && request.method !== 'DELETE') {
        if (!String(request.headers['content-type'] ?? '').startsWith('application/json')) {
          return astrapayError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Content-Type must be application/json');
        }
      }
      return undefined;
    },
    expireAll() {
      tokens.clear();
    },
  };
}

function basicCredentials(request: SimRequest): [string, string] | undefined {
  const match = /^Basic (\S+)$/.exec(String(request.headers.authorization ?? ''));
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : [decoded.slice(0, colon), decoded.slice(colon + 1)];
}
