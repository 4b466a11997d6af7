/**
 * The sandbox as Astrapay's own dashboard would use it, beside the till: a bearer token from the demo
 * credentials, requests as Astrapay's API documents them, and a PIX charged and paid with no till involved.
 */
import { randomUUID } from 'node:crypto';
import { expect } from '@playwright/test';
import { ASTRAPAY_DEMO_CREDENTIALS } from '../../../src-main/core/demo-credentials.ts';

export interface AstrapayPortal {
  request(path: string, init?: { method?: string; json?: unknown }): Promise<unknown>;
  /** A PIX charged and paid at Astrapay without the till (another terminal, the shop's own panel); its txid. */
  outsideCharge(amount: number): Promise<string>;
}

export function astrapayPortal(sandboxUrl: () => string): AstrapayPortal {
  const token = async () => {
    const { clientId, clientSecret } = ASTRAPAY_DEMO_CREDENTIALS;
    const reply = await fetch(`${sandboxUrl()}/astrapay/v1/token`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials' }).toString(),
    });
    expect(reply.status).toBe(200);
    return ((await reply.json()) as { access_token: string }).access_token;
  };
  const send = async (path: string, init: { method?: string; json?: unknown } = {}) =>
    fetch(`${sandboxUrl()}/astrapay${path}`, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${await token()}`, 'content-type': 'application/json', 'x-transaction-id': randomUUID() },
      ...(init.json === undefined ? {} : { body: JSON.stringify(init.json) }),
    });
  return {
    request: async (path, init) => (await send(path, init)).json(),
    async outsideCharge(amount) {
      const created = await send('/charge/v1/dynamic', { method: 'POST', json: { amount, expiration: 600 } });
      expect(created.status).toBe(201);
      const { txid } = (await created.json()) as { txid: string };
      const paid = await fetch(`${sandboxUrl()}/__sim/astrapay/pix/${encodeURIComponent(txid)}/pay`, { method: 'POST' });
      expect(paid.status).toBe(204);
      return txid;
    },
  };
}
