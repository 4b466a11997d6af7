/**
 * The Payments sandbox's door: the demo API key as a bearer credential (the seed documents no auth
 * scheme; see the adapter's README), and the error bodies every route answers with.
 */
import { PAYMENTS_DEMO_CREDENTIALS } from '../../core/demo-credentials.ts';
import type { SimRequest, SimResponse } from '../http-kit.ts';

/** Laravel-style, as the seed's min/max rules suggest: `{ message, errors?: { field: [complaint] } }`. */
export function paymentsError(status: number, message: string, errors?: Record<string, string[]>): SimResponse {
  return { status, body: errors ? { message, errors } : { message } };
}

/** Undefined when the request may proceed, otherwise the error reply. */
export function checkRequest(request: SimRequest): SimResponse | undefined {
  if (request.headers.authorization !== `Bearer ${PAYMENTS_DEMO_CREDENTIALS.apiKey}`) {
    return paymentsError(401, 'Unauthenticated.');
  }
  if (request.method === 'POST' && !String(request.headers['content-type'] ?? '').startsWith('application/json')) {
    return paymentsError(415, 'Content-Type must be application/json.');
  }
  return undefined;
}
