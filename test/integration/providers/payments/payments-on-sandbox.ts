import { silentLogger } from '../../../../src-main/core/logger.ts';
/** Helpers for the Payments provider (seed 002) and its sandbox: a real provider on it, and raw HTTP. */
import { randomUUID } from 'node:crypto';
import { expect, onTestFinished } from 'vitest';
import { PosError } from '../../../../src-main/core/errors.ts';
import { systemClock, type Clock } from '../../../../src-main/core/ports.ts';
import { createHttpClient } from '../../../../src-main/http/http-client.ts';
import { PAYMENTS_DEFINITION } from '../../../../src-main/providers/payments/payments-definition.ts';
import type { CreatePixCharge, Payer, Provider } from '../../../../src-main/providers/provider.ts';
import type { Fault } from '../../../../src-main/simulator/faults.ts';
import { PAYMENTS_DEMO_CREDENTIALS } from '../../../../src-main/core/demo-credentials.ts';
import { startSimulator, type Simulator, type SimulatorOptions } from '../../../../src-main/simulator/simulator.ts';

export const CREATE_ROUTE = 'POST /payments/v1/payment';
export const DETAILS_ROUTE = 'GET /payments/v1/payment/:id';
export const LIST_ROUTE = 'GET /payments/v1/payments';
/** Fault prefix that matches consults (`GET .../payment/<id>`) but not the list (`.../payments`). */
export const DETAILS_FAULT_PREFIX = 'GET /payments/v1/payment/';

/** The seed's own example CPF, which has valid check digits. */
export const VALID_CPF = '12345678909';
export const PAYER: Payer = { name: 'Maria da Silva', email: 'maria.da.silva.compras@example.com.br', document: VALID_CPF };

/** A sandbox on an ephemeral loopback port, closed when the test finishes. */
export async function startPaymentsSandbox(options: SimulatorOptions = {}): Promise<Simulator> {
  const sim = await startSimulator({ autoPayDelayMs: 5000, ...options });
  onTestFinished(() => sim.close());
  return sim;
}

export function arm(sim: Simulator, fault: Omit<Fault, 'times'> & { times?: number }): void {
  sim.arm({ times: 1, ...fault });
}

export interface PaymentsOnSandboxOptions {
  apiKey?: string;
  currency?: string;
  callbackUrl?: string;
  branch?: string;
  timeoutMs?: number;
  clock?: Clock;
}

/** The production provider, built by its catalog definition exactly as the till builds it in the embedded environment. */
export function paymentsOn(sim: Simulator, options: PaymentsOnSandboxOptions = {}): Provider {
  return PAYMENTS_DEFINITION.create({
    baseUrl: `${sim.url}${PAYMENTS_DEFINITION.sandboxPrefix}`,
    credentials: {
      apiKey: options.apiKey ?? PAYMENTS_DEMO_CREDENTIALS.apiKey,
      currency: options.currency ?? '',
      callbackUrl: options.callbackUrl ?? '',
      branch: options.branch ?? '',
    },
    http: createHttpClient(globalThis.fetch),
    clock: options.clock ?? systemClock,
    timeoutMs: options.timeoutMs ?? 2000,
    sandboxUrl: sim.url,
    logger: silentLogger,
  });
}

export function pixRequest(amountCents: number, overrides: Partial<CreatePixCharge> = {}): CreatePixCharge {
  return {
    amountCents,
    userReference: randomUUID(),
    description: 'test sale',
    expiresInSeconds: 600,
    transactionId: randomUUID(),
    payer: PAYER,
    ...overrides,
  };
}

/** A body `POST /v1/payment` accepts, field by field from the seed. */
export function validBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    customer_id: VALID_CPF,
    name: PAYER.name,
    email: PAYER.email,
    document: VALID_CPF,
    amount: '100.00',
    currency: 'BRL',
    payment_method: 'pix',
    callback: 'https://shop.example.com.br/payments/callback',
    transaction: { id: randomUUID() },
    ...overrides,
  };
}

/** The headers the sandbox wants; the raw helpers take others in their place. */
export const AUTH: Record<string, string> = { authorization: `Bearer ${PAYMENTS_DEMO_CREDENTIALS.apiKey}` };

export function rawCreate(sim: Simulator, body: unknown, headers: Record<string, string> = AUTH): Promise<Response> {
  return fetch(`${sim.url}/payments/v1/payment`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export function rawDetails(sim: Simulator, id: string, headers: Record<string, string> = AUTH): Promise<Response> {
  return fetch(`${sim.url}/payments/v1/payment/${encodeURIComponent(id)}`, { headers });
}

export function rawList(sim: Simulator, query: Record<string, string> = {}, headers: Record<string, string> = AUTH): Promise<Response> {
  return fetch(`${sim.url}/payments/v1/payments?${new URLSearchParams(query)}`, { headers });
}

export async function json<T = Record<string, unknown>>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

/** Every payment the sandbox holds for a transaction id, read with raw HTTP (not through the adapter under test). */
export async function paymentsFor(sim: Simulator, transactionId: string): Promise<{ id: string; payment_method: string }[]> {
  const response = await rawList(sim, { transaction_id: transactionId, limit: '40' });
  expect(response.status).toBe(200);
  return (await json<{ data: { id: string; payment_method: string }[] }>(response)).data;
}

/** Resolves with the PosError a promise rejects with; fails if it resolves or rejects with anything else. */
export async function posErrorOf(promise: Promise<unknown>): Promise<PosError> {
  const error = await promise.then(
    (value) => {
      throw new Error(`Expected a PosError, got ${JSON.stringify(value)}`);
    },
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(PosError);
  return error as PosError;
}
