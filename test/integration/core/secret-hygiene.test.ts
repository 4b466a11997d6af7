import { pixOf } from '../../../src-main/providers/provider.ts';
/**
 * No error message, log line, event or ledger row carries the client secret or a bearer token, during
 * an auth failure and the sandbox's faults.
 */
import { describe, expect, it } from 'vitest';
import type { SaleView } from '../../../src-preload/contract.ts';
import { PosError } from '../../../src-main/core/errors.ts';
import { ASTRAPAY_DEMO_CREDENTIALS } from '../../../src-main/core/demo-credentials.ts';
import { recordEvents } from '../../support/event-recorder.ts';
import { readSales } from '../../support/ledger-reader.ts';
import { errorOf, okValue } from '../../support/replies.ts';
import { arm, astrapayOn, basicAuth, CONSULT_FAULT_PREFIX, createRequest, startTestSandbox } from '../../support/sandbox.ts';
import { startTestCore } from '../../support/test-core.ts';
import { waitFor } from '../../support/wait-for.ts';

/** Wraps fetch to note every credential that went over the wire: Authorization headers and issued tokens. */
function credentialRecorder() {
  const credentials = new Set<string>();
  const wrap =
    (real: typeof fetch): typeof fetch =>
    async (input, init) => {
      const authorization = new Headers(init?.headers).get('authorization');
      if (authorization) {
        credentials.add(authorization);
        credentials.add(authorization.replace(/^\S+ /, ''));
      }
      const response = await real(input, init);
      if (String(input).endsWith('/v1/token') && response.status === 200) {
        const body = (await response.clone().json()) as { access_token: string };
        credentials.add(body.access_token);
      }
      return response;
    };
  return { credentials, wrap };
}

function expectNoCredentialIn(texts: string[], credentials: Iterable<string>): void {
  for (const credential of credentials) {
    for (const text of texts) expect(text.includes(credential), `found a credential in: ${text}`).toBe(false);
  }
}

function everythingAbout(error: unknown): string[] {
  const texts: string[] = [];
  for (let current = error; current !== undefined; current = (current as { cause?: unknown }).cause) {
    texts.push(String(current), (current as Error).stack ?? '', JSON.stringify(current));
    if (current instanceof PosError) texts.push(JSON.stringify(current.toData()));
  }
  return texts;
}

describe('secrets stay out of errors and logs', () => {
  it('a refused client secret is not repeated in the error', async () => {
    const sim = await startTestSandbox();
    const secret = 'sup3r-s3cret-value-that-must-not-leak';
    const provider = astrapayOn(sim, { clientSecret: secret });

    const error = await pixOf(provider).create(createRequest(1250)).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(PosError);
    expect((error as PosError).code).toBe('provider_auth_failed');
    expectNoCredentialIn(everythingAbout(error), [
      secret,
      basicAuth(ASTRAPAY_DEMO_CREDENTIALS.clientId, secret).slice('Basic '.length),
    ]);
  });

  it('provider errors raised with a live token do not carry it', async () => {
    const sim = await startTestSandbox();
    const recorder = credentialRecorder();
    const provider = astrapayOn(sim, { fetch: recorder.wrap(globalThis.fetch), timeoutMs: 500 });
    // Created with the default timeout: only the faults below should time out.
    const charge = await pixOf(astrapayOn(sim)).create(createRequest(1250));
    const errors: unknown[] = [];

    for (const fault of [
      { kind: 'status', status: 503 },
      { kind: 'status', status: 401 },
      { kind: 'status', status: 422 },
      { kind: 'garbage' },
      { kind: 'reset' },
      { kind: 'latency', ms: 2000 },
    ] as const) {
      arm(sim, { route: CONSULT_FAULT_PREFIX, ...fault, ...(fault.status === 401 ? { times: 2 } : {}) });
      errors.push(await pixOf(provider).get(charge.txid).catch((caught: unknown) => caught));
    }

    expect(errors.every((error) => error instanceof PosError)).toBe(true);
    expect(recorder.credentials.size).toBeGreaterThan(0);
    expectNoCredentialIn(errors.flatMap(everythingAbout), recorder.credentials);
  });

  it('the till\'s logs, replies, events and ledger hold no credential through an auth failure and faults', async () => {
    const recorder = credentialRecorder();
    const t = await startTestCore({ wrapFetch: recorder.wrap, providerTimeoutMs: 500 });
    const changes = recordEvents(t.core.events, 'sale.changed');
    const replies: unknown[] = [];

    // The token endpoint refuses us.
    arm(t.sim, { route: 'POST /astrapay/v1/token', kind: 'status', status: 401 });
    const refused = await t.invoke('sale.startPix', { amountCents: 1250 });
    expect(errorOf(refused).code).toBe('provider_auth_failed');
    replies.push(refused);

    // A sale that lives through an expired token, a 503, garbage, a reset and a timeout while polling.
    const started = await t.invoke('sale.startPix', { amountCents: 1250 });
    const sale = okValue<SaleView>(started);
    replies.push(started);
    arm(t.sim, { route: CONSULT_FAULT_PREFIX, kind: 'expired_token' });
    arm(t.sim, { route: CONSULT_FAULT_PREFIX, kind: 'status', status: 503 });
    arm(t.sim, { route: CONSULT_FAULT_PREFIX, kind: 'garbage' });
    arm(t.sim, { route: CONSULT_FAULT_PREFIX, kind: 'reset' });
    arm(t.sim, { route: CONSULT_FAULT_PREFIX, kind: 'latency', ms: 2000 });
    await waitFor(() => t.logger.entries.filter((entry) => entry.message === 'PIX status check failed').length >= 4, 'the faults to be logged');
    replies.push(await t.invoke('sale.simulatePayment', { saleId: sale.id }));
    await t.close();

    expect(recorder.credentials.size).toBeGreaterThanOrEqual(3); // Basic, its value, and at least one token
    expectNoCredentialIn(
      [
        ...t.logger.lines(),
        ...replies.map((reply) => JSON.stringify(reply)),
        ...changes.seen.map((payload) => JSON.stringify(payload)),
        ...readSales(t.dataDir).map((row) => JSON.stringify(row)),
      ],
      [...recorder.credentials, ASTRAPAY_DEMO_CREDENTIALS.clientSecret],
    );
  });
});
