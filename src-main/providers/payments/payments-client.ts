/**
 * Transport for the Payments API (seed 002). The seed documents no authentication; we send the
 * merchant's API key as `Authorization: Bearer <apiKey>` (see README).
 */
import type * as v from 'valibot';
import { redactDigits, unexpectedStatus } from '../../core/errors.ts';
import type { HttpResponse, HttpSend } from '../../http/http-client.ts';
import { expectBody as expectDocumentedBody } from '../../http/response-body.ts';

export interface PaymentsConfig {
  /** API root; the documented paths (`/v1/payment`...) hang below it. */
  baseUrl: string;
  apiKey: string;
  timeoutMs: number;
}

export interface PaymentsRequest {
  method: 'GET' | 'POST';
  path: string;
  query?: Record<string, string | number | undefined>;
  json?: unknown;
}

export type PaymentsClient = (request: PaymentsRequest) => Promise<HttpResponse>;

export function createPaymentsClient(config: PaymentsConfig, http: HttpSend): PaymentsClient {
  return (request) => {
    const url = new URL(`${config.baseUrl}${request.path}`);
    for (const [key, value] of Object.entries(request.query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    return http({
      method: request.method,
      url: url.toString(),
      headers: { authorization: `Bearer ${config.apiKey}` },
      json: request.json,
      timeoutMs: config.timeoutMs,
    });
  };
}

/** The answer's body when its status is one we expect and its shape the one we documented; the cashier's error otherwise. */
export function expectBody<S extends v.GenericSchema>(response: HttpResponse, statuses: readonly number[], where: string, schema: S): v.InferOutput<S> {
  return expectDocumentedBody(response, statuses, where, schema, (failed) => unexpectedStatus(failed.status, where, errorMessage(failed.body)));
}

/**
 * The provider's words about a refusal, assumed Laravel-style (see README):
 * `{ "message": "...", "errors": { "<field>": ["..."] } }`; the first field's first complaint is the useful part.
 */
export function errorMessage(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const errors = 'errors' in body && typeof body.errors === 'object' && body.errors !== null ? body.errors : {};
  const [field, complaints] = Object.entries(errors)[0] ?? [];
  const first: unknown = Array.isArray(complaints) ? complaints[0] : undefined;
  if (field !== undefined && typeof first === 'string') return redactDigits(`${field}: ${first}`);
  if ('message' in body && typeof body.message === 'string') return redactDigits(body.message);
  return undefined;
}
