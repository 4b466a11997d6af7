/**
 * Every create route of every provider in the sandbox takes the faults the till's resilience is tested
 * with: `status` and `reset` leave nothing behind; `timeout_after_commit` does the work and never
 * answers; `latency` does the work after the delay, even when the client gave up waiting, as a slow
 * provider does. What was done is read back through each provider's own lookups where it documents one.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CARD_PAYMENTS_DEMO_CREDENTIALS, PAYMENTS_DEMO_CREDENTIALS } from '../../../src-main/core/demo-credentials.ts';
import type { Simulator } from '../../../src-main/simulator/simulator.ts';
import { validBody } from '../providers/payments/payments-on-sandbox.ts';
import { arm, getToken, payPix, pixHeaders, startTestSandbox } from '../../support/sandbox.ts';
import { waitFor } from '../../support/wait-for.ts';
import { send, window } from './astrapay/astrapay-sandbox-support.ts';

const YEAR = String(new Date().getFullYear() + 2);
const CUSTOMER = { name: 'Maria Silva', naturalPersonIdentification: '52998224725' };
const CARD = { number: '4111111111111111', holderName: 'MARIA SILVA', expirationMonth: '12', expirationYear: YEAR, securityCode: '123' };
const GATEWAY_CARD = { card_number: '4111111111111111', card_expiration_date: `12${YEAR}`, card_security_code: '123', card_holder_name: 'Maria Silva', card_holder_document: '52998224725' };

interface Target {
  /** The fault's route prefix. */
  route: string;
  /** Sends the create once. */
  send(signal?: AbortSignal): Promise<Response>;
  /** How many of what the create makes the provider now holds (undefined: the seed documents no lookup). */
  made(): Promise<number | undefined>;
}

type Case = [name: string, prepare: (sim: Simulator) => Promise<Target>];

async function astrapay(sim: Simulator) {
  const token = await getToken(sim);
  const call = (method: string, path: string, body: unknown, signal?: AbortSignal) =>
    fetch(`${sim.url}/astrapay${path}`, {
      method,
      headers: { ...pixHeaders(token), 'content-type': 'application/json' },
      body: JSON.stringify(body),
      ...(signal && { signal }),
    });
  const total = async (path: string) => ((await send(sim, token, 'GET', path)).body as { totalElements: number }).totalElements;
  const approved = async () => {
    const created = await send(sim, token, 'POST', '/card/v1/credit', { amount: 30, installments: 1, card: CARD, customer: CUSTOMER });
    return (created.body as { transactionId: string }).transactionId;
  };
  return { token, call, total, approved };
}

const CASES: Case[] = [
  [
    'Astrapay PIX charge',
    async (sim) => {
      const { call, total } = await astrapay(sim);
      const userReference = randomUUID();
      return {
        route: 'POST /astrapay/charge/v1/dynamic',
        send: (signal) => call('POST', '/charge/v1/dynamic', { amount: 12.5, expiration: 600, userReference }, signal),
        made: () => total(`/charge/v1/dynamic${window({ userReference })}`),
      };
    },
  ],
  [
    'Astrapay PIX refund',
    async (sim) => {
      const { token, call } = await astrapay(sim);
      const charge = (await send(sim, token, 'POST', '/charge/v1/dynamic', { amount: 50, expiration: 600 })).body as { txid: string };
      if (!(await payPix(sim, charge.txid))) throw new Error('the charge would not be paid');
      return {
        route: 'POST /astrapay/charge/v1/refunds',
        send: (signal) => call('POST', '/charge/v1/refunds', { txid: charge.txid, amount: 10 }, signal),
        made: async () => {
          const page = (await send(sim, token, 'GET', `/charge/v1/refunds${window({ size: '100' })}`)).body as { content: { txid: string }[] };
          return page.content.filter((refund) => refund.txid === charge.txid).length;
        },
      };
    },
  ],
  [
    'Astrapay card charge',
    async (sim) => {
      const { call, total } = await astrapay(sim);
      const userReference = randomUUID();
      return {
        route: 'POST /astrapay/card/v1/credit',
        send: (signal) => call('POST', '/card/v1/credit', { amount: 20, installments: 1, userReference, card: CARD, customer: CUSTOMER }, signal),
        made: () => total(`/card/v1/credit${window({ userReference })}`),
      };
    },
  ],
  [
    'Astrapay tokenized card charge',
    async (sim) => {
      const { token, call, total } = await astrapay(sim);
      const saved = (await send(sim, token, 'POST', '/card/v1/credit/tokens', { card: CARD, customer: CUSTOMER })).body as { cardToken: string };
      const userReference = randomUUID();
      return {
        route: 'POST /astrapay/card/v1/credit/tokenized',
        send: (signal) => call('POST', '/card/v1/credit/tokenized', { cardToken: saved.cardToken, amount: 20, installments: 1, userReference, customer: CUSTOMER }, signal),
        made: () => total(`/card/v1/credit${window({ userReference })}`),
      };
    },
  ],
  [
    'Astrapay card tokenization',
    async (sim) => {
      const { call, total } = await astrapay(sim);
      return {
        route: 'POST /astrapay/card/v1/credit/tokens',
        send: (signal) => call('POST', '/card/v1/credit/tokens', { card: CARD, customer: CUSTOMER }, signal),
        made: () => total(`/card/v1/credit/tokens?naturalPersonIdentification=${CUSTOMER.naturalPersonIdentification}`),
      };
    },
  ],
  [
    'Astrapay card cancel',
    async (sim) => {
      const { token, call, approved } = await astrapay(sim);
      const id = await approved();
      return {
        route: 'PUT /astrapay/card/v1/credit/',
        send: (signal) => call('PUT', `/card/v1/credit/${id}/cancel`, { amount: 5 }, signal),
        made: async () => ((await send(sim, token, 'GET', `/card/v1/credit/${id}`)).body as { cancelledAmount: number }).cancelledAmount / 5,
      };
    },
  ],
  ...(['pix', 'bank_transfer'] as const).map(
    (method): Case => [
      `Payments ${method} payment`,
      async (sim) => {
        const auth = { authorization: `Bearer ${PAYMENTS_DEMO_CREDENTIALS.apiKey}` };
        const body = validBody({ payment_method: method });
        const id = (body.transaction as { id: string }).id;
        return {
          route: 'POST /payments/v1/payment',
          send: (signal) =>
            fetch(`${sim.url}/payments/v1/payment`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify(body), ...(signal && { signal }) }),
          made: async () => ((await (await fetch(`${sim.url}/payments/v1/payments?transaction_id=${id}`, { headers: auth })).json()) as { total: number }).total,
        };
      },
    ],
  ),
  [
    'Card gateway payment',
    async (sim) => {
      const externalId = randomUUID();
      return {
        route: 'POST /card-payments/v1/card_payments',
        send: (signal) =>
          fetch(`${sim.url}/card-payments/v1/card_payments`, {
            method: 'POST',
            headers: { authorization: `Bearer ${CARD_PAYMENTS_DEMO_CREDENTIALS.apiKey}`, 'content-type': 'application/json' },
            body: JSON.stringify({ card_payment: { ...GATEWAY_CARD, amount: 1500, external_id: externalId } }),
            ...(signal && { signal }),
          }),
        // Seed 004 documents no lookup: the sandbox's own record of what it received stands in.
        made: async () => {
          const { payments } = (await (await fetch(`${sim.url}/__sim/card-payments/payments`)).json()) as { payments: { external_id: string }[] };
          return payments.filter((payment) => payment.external_id === externalId).length;
        },
      };
    },
  ],
  [
    'Card gateway tokenization',
    async (sim) => ({
      route: 'POST /card-payments/v1/tokenize_card',
      send: (signal) =>
        fetch(`${sim.url}/card-payments/v1/tokenize_card`, {
          method: 'POST',
          headers: { authorization: `Bearer ${CARD_PAYMENTS_DEMO_CREDENTIALS.apiKey}`, 'content-type': 'application/json' },
          body: JSON.stringify({ card: GATEWAY_CARD }),
          ...(signal && { signal }),
        }),
      // Neither the seed nor the sandbox offers a way to list tokens.
      made: () => Promise.resolve(undefined),
    }),
  ],
];

/** Requests the sandbox has read in full (counted before any fault applies). */
const received = (sim: Simulator) => Object.values(sim.stats().requests).reduce((sum, count) => sum + count, 0);
const refused = (promise: Promise<Response>) => promise.then(() => 'answered', () => 'no answer');

describe.each(CASES)('sandbox faults on create: %s', (_name, prepare) => {
  it('status: answers that status and makes nothing', async () => {
    const sim = await startTestSandbox();
    const target = await prepare(sim);
    arm(sim, { route: target.route, kind: 'status', status: 503 });
    expect((await target.send()).status).toBe(503);
    expect(await target.made()).toBeOneOf([0, undefined]);
  });

  it('reset: drops the connection and makes nothing', async () => {
    const sim = await startTestSandbox();
    const target = await prepare(sim);
    arm(sim, { route: target.route, kind: 'reset' });
    expect(await refused(target.send())).toBe('no answer');
    expect(await target.made()).toBeOneOf([0, undefined]);
  });

  it('timeout_after_commit: makes it, then drops the connection without an answer', async () => {
    const sim = await startTestSandbox();
    const target = await prepare(sim);
    arm(sim, { route: target.route, kind: 'timeout_after_commit', ms: 0 });
    expect(await refused(target.send())).toBe('no answer');
    expect(await target.made()).toBeOneOf([1, undefined]);
  });

  it('latency: makes it after the delay even when the client stopped waiting, and answers whoever waits', async () => {
    const sim = await startTestSandbox();
    const target = await prepare(sim);
    arm(sim, { route: target.route, kind: 'latency', ms: 400 });
    const before = received(sim);
    const impatient = new AbortController();
    const sent = refused(target.send(impatient.signal));
    await waitFor(() => received(sim) > before, 'the sandbox to receive the request');
    impatient.abort();
    expect(await sent).toBe('no answer');
    await waitFor(async () => (await target.made()) !== 0, 'the slow create to be done');
    expect(await target.made()).toBeOneOf([1, undefined]);

    arm(sim, { route: target.route, kind: 'latency', ms: 100 });
    expect((await target.send()).status).toBeLessThan(300);
  });
});
