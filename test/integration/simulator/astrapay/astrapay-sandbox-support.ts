/** Raw HTTP on the sandbox's Astrapay API, as an integrator's own client would send it. */
import type { Simulator } from '../../../../src-main/simulator/simulator.ts';
import { pixHeaders } from '../../../support/sandbox.ts';

export async function send(
  sim: Simulator,
  token: string,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: unknown; text: string }> {
  const response = await fetch(`${sim.url}/astrapay${path}`, {
    method,
    headers: { ...pixHeaders(token), ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(body !== undefined && { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    parsed = undefined;
  }
  return { status: response.status, body: parsed, text };
}

export function window(query: Record<string, string> = {}): string {
  const around = { initialDate: new Date(Date.now() - 3600_000).toISOString(), endDate: new Date(Date.now() + 3600_000).toISOString() };
  return `?${new URLSearchParams({ ...around, ...query })}`;
}
