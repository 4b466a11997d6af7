/** Raw-HTTP helpers for the sandbox's card gateway tests: the seed's requests, changed field by field. */
import { expect } from 'vitest';
import { GATEWAY_ERROR_TABLE } from '../../../../src-main/providers/card-payments/gateway-errors.ts';
import { CARD_PAYMENTS_DEMO_CREDENTIALS } from '../../../../src-main/core/demo-credentials.ts';
import type { Simulator } from '../../../../src-main/simulator/simulator.ts';
import { TEST_CARDS } from '../../providers/card-payments/card-gateway.ts';
import { DEFAULT_REQUEST, seedJson } from '../../../unit/providers/card-payments/fixtures/seed-004.ts';

export const BEARER = { authorization: `Bearer ${CARD_PAYMENTS_DEMO_CREDENTIALS.apiKey}` };

export interface Reply {
  status: number;
  body: Record<string, unknown>;
}

export async function post(sim: Simulator, path: string, body: unknown, headers: Record<string, string> = BEARER): Promise<Reply> {
  const response = await fetch(`${sim.url}/card-payments${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** The seed's default request with some fields changed (undefined removes one). */
export function defaultWith(fields: Record<string, unknown>): unknown {
  const payment: Record<string, unknown> = { ...(seedJson(DEFAULT_REQUEST).card_payment as Record<string, unknown>), ...fields };
  for (const [key, value] of Object.entries(fields)) if (value === undefined) delete payment[key];
  return { card_payment: payment };
}

export const pay = (sim: Simulator, body: unknown, headers?: Record<string, string>) => post(sim, '/v1/card_payments', body, headers);
export const errorsOf = (reply: Reply) => reply.body.errors as { code: string; msg: string }[];
export const msgOf = (code: string) => GATEWAY_ERROR_TABLE.find((row) => row.code === code)?.msg;

export async function tokenize(sim: Simulator, number: string = TEST_CARDS.visa): Promise<string> {
  const card = { card_number: number, card_expiration_date: '012029', card_security_code: '123', card_holder_name: 'John Doe', card_holder_document: '00000000000' };
  const reply = await post(sim, '/v1/tokenize_card', { card });
  expect(reply.status).toBe(201);
  return reply.body.slug_token as string;
}
