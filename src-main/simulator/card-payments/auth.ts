/** The card gateway's API key check: `Authorization: Bearer <key>` (the scheme is assumed, see the adapter's README). */
import { CARD_PAYMENTS_DEMO_CREDENTIALS } from '../../core/demo-credentials.ts';
import type { SimRequest, SimResponse } from '../http-kit.ts';

/** Undefined when the key is right, otherwise the 401 the seed lists ("Falha de autenticação/autorização"). */
export function checkApiKey(request: SimRequest): SimResponse | undefined {
  if (request.headers.authorization === `Bearer ${CARD_PAYMENTS_DEMO_CREDENTIALS.apiKey}`) return undefined;
  return { status: 401, body: { errors: [{ code: 'UNAUTHORIZED', msg: 'Missing or invalid API key.' }] } };
}
