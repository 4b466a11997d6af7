/**
 * Authenticated transport for every Astrapay API: bearer token from the shared cache, a new UUID
 * `x-transaction-id` on every request (seed 001; the first send of a create carries the one the ledger
 * recorded), and one retry after a 401, which is a new request and so gets a new id.
 */
import { randomUUID } from 'node:crypto';
import * as v from 'valibot';
import { badResponse, redactDigits, unexpectedStatus } from '../../core/errors.ts';
import type { Clock } from '../../core/ports.ts';
import type { HttpResponse, HttpSend } from '../../http/http-client.ts';
import { createTokenCache } from '../oauth/token-cache.ts';

export interface AstrapayConfig {
  /** e.g. https://api-sandbox.astrapay.com.br; APIs hang below it (/v1/token, /charge/v1/...). */
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  timeoutMs: number;
}

export interface AstrapayRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  query?: Record<string, string | number | undefined>;
  json?: unknown;
  transactionId?: string;
}

export interface AstrapayClient {
  send(request: AstrapayRequest): Promise<HttpResponse>;
  /** Obtains (or reuses) a token: proves the credentials. */
  authenticate(): Promise<void>;
}

const TokenResponse = v.object({
  access_token: v.pipe(v.string(), v.minLength(1)),
  expires_in: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

export function createAstrapayClient(config: AstrapayConfig, http: HttpSend, clock: Clock): AstrapayClient {
  const tokens = createTokenCache(async () => {
    const response = await http({
      method: 'POST',
      url: `${config.baseUrl}/v1/token`,
      headers: { authorization: `Basic ${btoa(`${config.clientId}:${config.clientSecret}`)}` },
      form: { grant_type: 'client_credentials' },
      timeoutMs: config.timeoutMs,
    });
    if (response.status !== 200) throw unexpectedStatus(response.status, 'POST /v1/token', errorMessage(response.body));
    const parsed = v.safeParse(TokenResponse, response.body);
    if (!parsed.success) {
      throw badResponse('POST /v1/token');
    }
    return { accessToken: parsed.output.access_token, expiresInSeconds: parsed.output.expires_in };
  }, clock);

  const sendOnce = async (request: AstrapayRequest, token: string, transactionId: string) =>
    http({
      method: request.method,
      url: buildUrl(config.baseUrl, request),
      headers: {
        authorization: `Bearer ${token}`,
        'x-transaction-id': transactionId,
      },
      json: request.json,
      timeoutMs: config.timeoutMs,
    });

  return {
    async authenticate() {
      await tokens.get();
    },
    async send(request) {
      const token = await tokens.get();
      const response = await sendOnce(request, token, request.transactionId ?? randomUUID());
      if (response.status !== 401) return response;
      tokens.invalidate(token);
      return sendOnce(request, await tokens.get(), randomUUID());
    },
  };
}

function buildUrl(baseUrl: string, request: AstrapayRequest): string {
  const url = new URL(`${baseUrl}${request.path}`);
  for (const [key, value] of Object.entries(request.query ?? {})) {
    if (value !== undefined) url.searchParams.set(key, String(value));
  }
  return url.toString();
}

/** Astrapay's error bodies (assumed, see README): `{ "code": "...", "message": "..." }`, its digits masked. */
export function errorMessage(body: unknown): string | undefined {
  if (typeof body === 'object' && body !== null && 'message' in body && typeof body.message === 'string') {
    return redactDigits(body.message);
  }
  return undefined;
}
