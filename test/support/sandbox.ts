/** Helpers for talking to the embedded sandbox: a real Astrapay provider on it, and raw-HTTP basics. */
import { randomUUID } from 'node:crypto';
import { onTestFinished } from 'vitest';
import { systemClock, type Clock } from '../../src-main/core/ports.ts';
import { createHttpClient } from '../../src-main/http/http-client.ts';
import { createAstrapayProvider } from '../../src-main/providers/astrapay/astrapay-provider.ts';
import type { Provider } from '../../src-main/providers/provider.ts';
import { ASTRAPAY_DEMO_CREDENTIALS } from '../../src-main/core/demo-credentials.ts';
import type { Fault } from '../../src-main/simulator/faults.ts';
import { startSimulator, type Simulator, type SimulatorOptions } from '../../src-main/simulator/simulator.ts';

export const CREATE_ROUTE = 'POST /astrapay/charge/v1/dynamic';
export const LIST_ROUTE = 'GET /astrapay/charge/v1/dynamic';
export const CONSULT_ROUTE = 'GET /astrapay/charge/v1/dynamic/:txid';
export const TOKEN_ROUTE = 'POST /astrapay/v1/token';
/** Fault prefix that matches consults (`GET .../dynamic/<txid>`) but not the list. */
export const CONSULT_FAULT_PREFIX = 'GET /astrapay/charge/v1/dynamic/';

/** Any sandbox by its URL: one in this process or one in its own (sandbox-process.ts). */
export type SandboxAt = Pick<Simulator, 'url'>;

export type FaultInput = Omit<Fault, 'times'> & { times?: number };

/** A sandbox on an ephemeral loopback port, closed when the test finishes. */
export async function startTestSandbox(options: SimulatorOptions = {}): Promise<Simulator> {
  const sim = await startSimulator({ autoPayDelayMs: 5000, ...options });
  let closed: Promise<void> | undefined;
  const close = sim.close.bind(sim);
  sim.close = () => (closed ??= close());
  onTestFinished(() => sim.close());
  return sim;
}

export function arm(sim: Simulator, fault: FaultInput): void {
  sim.arm({ times: 1, ...fault });
}

export interface ProviderOnSandboxOptions {
  clientId?: string;
  clientSecret?: string;
  timeoutMs?: number;
  clock?: Clock;
  fetch?: typeof fetch;
}

/** The production Astrapay provider, configured against the sandbox's base URL. */
export function astrapayOn(sim: SandboxAt, options: ProviderOnSandboxOptions = {}): Provider {
  return createAstrapayProvider({
    config: {
      baseUrl: `${sim.url}/astrapay`,
      clientId: options.clientId ?? ASTRAPAY_DEMO_CREDENTIALS.clientId,
      clientSecret: options.clientSecret ?? ASTRAPAY_DEMO_CREDENTIALS.clientSecret,
      timeoutMs: options.timeoutMs ?? 2000,
    },
    http: createHttpClient(options.fetch ?? globalThis.fetch),
    clock: options.clock ?? systemClock,
  });
}

export function createRequest(amountCents: number, overrides: Partial<{ userReference: string; expiresInSeconds: number }> = {}) {
  return {
    amountCents,
    userReference: overrides.userReference ?? randomUUID(),
    description: 'test sale',
    expiresInSeconds: overrides.expiresInSeconds ?? 600,
    transactionId: randomUUID(),
  };
}

export function basicAuth(clientId: string, clientSecret: string): string {
  return `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`;
}

/** `POST /v1/token` as the seed describes it, with raw fetch. */
export function requestToken(sim: SandboxAt, init: { headers?: Record<string, string>; body?: string } = {}): Promise<Response> {
  return fetch(`${sim.url}/astrapay/v1/token`, {
    method: 'POST',
    headers: init.headers ?? {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: basicAuth(ASTRAPAY_DEMO_CREDENTIALS.clientId, ASTRAPAY_DEMO_CREDENTIALS.clientSecret),
    },
    body: init.body ?? 'grant_type=client_credentials',
  });
}

export async function getToken(sim: SandboxAt): Promise<string> {
  const response = await requestToken(sim);
  if (response.status !== 200) throw new Error(`token request failed: ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** The headers every PIX route requires. */
export function pixHeaders(token: string, extra: Record<string, string> = {}): Record<string, string> {
  return { authorization: `Bearer ${token}`, 'x-transaction-id': randomUUID(), ...extra };
}

/** Removes every armed fault through the sandbox's control endpoint. */
export async function clearFaults(sim: SandboxAt): Promise<void> {
  const response = await fetch(`${sim.url}/__sim/faults`, { method: 'DELETE' });
  if (response.status !== 204) throw new Error(`clearing faults failed: ${response.status}`);
}

/** The sandbox's "customer pays" control, as the demo's simulate-payment button uses it. */
export async function payPix(sim: SandboxAt, txid: string): Promise<boolean> {
  const response = await fetch(`${sim.url}/__sim/astrapay/pix/${encodeURIComponent(txid)}/pay`, { method: 'POST' });
  return response.status === 204;
}
