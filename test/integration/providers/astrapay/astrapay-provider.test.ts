import { pixOf } from '../../../../src-main/providers/provider.ts';
/**
 * The Astrapay provider (client, OAuth cache, PIX mapping, double-charge recovery) against the
 * embedded sandbox over real loopback HTTP.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PosError } from '../../../../src-main/core/errors.ts';
import { parseBrCode } from '../../../../src-main/pix/br-code.ts';
import type { Simulator } from '../../../../src-main/simulator/simulator.ts';
import { createFakeClock } from '../../../support/fake-clock.ts';
import {
  arm,
  astrapayOn,
  CONSULT_FAULT_PREFIX,
  CONSULT_ROUTE,
  CREATE_ROUTE,
  createRequest,
  getToken,
  LIST_ROUTE,
  pixHeaders,
  startTestSandbox,
  TOKEN_ROUTE,
} from '../../../support/sandbox.ts';

/** Resolves with the PosError a promise rejects with; fails if it resolves or rejects with anything else. */
async function posErrorOf(promise: Promise<unknown>): Promise<PosError> {
  const error = await promise.then(
    (value) => {
      throw new Error(`Expected a PosError, got ${JSON.stringify(value)}`);
    },
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(PosError);
  return error as PosError;
}

describe('Astrapay provider: dynamic PIX', () => {
  it('creates a charge with txid, cents, a valid BR Code and an expiry', async () => {
    const sim = await startTestSandbox();
    const provider = astrapayOn(sim);
    const request = createRequest(1201, { expiresInSeconds: 900 });

    const charge = await pixOf(provider).create(request);

    expect(charge.txid).toMatch(/^[A-Za-z0-9]{1,35}$/);
    expect(charge.amountCents).toBe(1201);
    expect(charge.status).toBe('active');
    expect(charge.userReference).toBe(request.userReference);
    const fields = parseBrCode(charge.copyAndPaste);
    expect(fields.get('54')).toBe('12.01');
    expect(fields.get('53')).toBe('986');
    expect(Date.parse(charge.expiresAt) - Date.parse(charge.createdAt)).toBe(900_000);
  });

  it('consults a charge by txid', async () => {
    const sim = await startTestSandbox();
    const provider = astrapayOn(sim);
    const created = await pixOf(provider).create(createRequest(4550));

    const consulted = await pixOf(provider).get(created.txid);

    expect(consulted).toEqual(created);
  });

  it('follows the sandbox rule: 01 centavos pays itself after the delay, 50 centavos stays active', async () => {
    const sandboxClock = createFakeClock();
    const sim = await startTestSandbox({ clock: sandboxClock, autoPayDelayMs: 30_000 });
    const provider = astrapayOn(sim);
    const endsIn01 = await pixOf(provider).create(createRequest(1201));
    const endsIn50 = await pixOf(provider).create(createRequest(1250));

    sandboxClock.advance(29_999);
    expect((await pixOf(provider).get(endsIn01.txid)).status).toBe('active');

    sandboxClock.advance(1);
    expect((await pixOf(provider).get(endsIn01.txid)).status).toBe('paid');
    expect((await pixOf(provider).get(endsIn50.txid)).status).toBe('active');
  });

  it('a create + consult with a warm token costs exactly the two PIX calls', async () => {
    const sim = await startTestSandbox();
    const provider = astrapayOn(sim);
    await pixOf(provider).get((await pixOf(provider).create(createRequest(100))).txid); // warms the token
    sim.resetStats();

    await pixOf(provider).get((await pixOf(provider).create(createRequest(200))).txid);

    expect(sim.stats().requests).toEqual({ [CREATE_ROUTE]: 1, [CONSULT_ROUTE]: 1 });
  });

  it('asks for one token across many operations, including concurrent ones', async () => {
    const sim = await startTestSandbox();
    const provider = astrapayOn(sim);

    const charges = await Promise.all(Array.from({ length: 10 }, (_, i) => pixOf(provider).create(createRequest(1000 + i))));
    for (const charge of charges) await pixOf(provider).get(charge.txid);

    expect(sim.stats().requests[TOKEN_ROUTE]).toBe(1);
    expect(sim.stats().requests[CREATE_ROUTE]).toBe(10);
    expect(sim.stats().requests[CONSULT_ROUTE]).toBe(10);
  });
});

describe('Astrapay provider: authentication', () => {
  it('gets a new token and retries once when the token expired under it', async () => {
    const sim = await startTestSandbox();
    const provider = astrapayOn(sim);
    const charge = await pixOf(provider).create(createRequest(700));
    arm(sim, { route: CONSULT_FAULT_PREFIX, kind: 'expired_token' });

    const consulted = await pixOf(provider).get(charge.txid);

    expect(consulted.txid).toBe(charge.txid);
    expect(sim.stats().requests[TOKEN_ROUTE]).toBe(2);
    expect(sim.stats().requests[CONSULT_ROUTE]).toBe(2);
  });

  it('retries only once: a second 401 in a row is an auth failure', async () => {
    const sim = await startTestSandbox();
    const provider = astrapayOn(sim);
    const charge = await pixOf(provider).create(createRequest(700));
    arm(sim, { route: CONSULT_FAULT_PREFIX, kind: 'expired_token', times: 2 });

    const error = await posErrorOf(pixOf(provider).get(charge.txid));

    expect(error.code).toBe('provider_auth_failed');
    expect(sim.stats().requests[CONSULT_ROUTE]).toBe(2);
  });

  it('reports wrong credentials as provider_auth_failed without calling the PIX API', async () => {
    const sim = await startTestSandbox();
    const provider = astrapayOn(sim, { clientSecret: 'not-the-secret' });

    const error = await posErrorOf(pixOf(provider).create(createRequest(1000)));

    expect(error.code).toBe('provider_auth_failed');
    expect(error.reason).toBe('provider.auth_failed');
    expect(error.retryable).toBe(false);
    expect(sim.stats().requests).toEqual({ [TOKEN_ROUTE]: 1 });
  });
});

describe('Astrapay provider: failures', () => {
  it('maps a 503 on consult to a retryable provider_unavailable', async () => {
    const sim = await startTestSandbox();
    const provider = astrapayOn(sim);
    const charge = await pixOf(provider).create(createRequest(1000));
    arm(sim, { route: CONSULT_FAULT_PREFIX, kind: 'status', status: 503 });

    const error = await posErrorOf(pixOf(provider).get(charge.txid));

    expect(error).toMatchObject({ code: 'provider_unavailable', retryable: true, reason: 'provider.server_error' });
  });

  it('maps a non-JSON answer to provider_bad_response', async () => {
    const sim = await startTestSandbox();
    const provider = astrapayOn(sim);
    const charge = await pixOf(provider).create(createRequest(1000));
    arm(sim, { route: CONSULT_FAULT_PREFIX, kind: 'garbage' });

    const error = await posErrorOf(pixOf(provider).get(charge.txid));

    expect(error).toMatchObject({ code: 'provider_bad_response', reason: 'provider.garbage' });
  });

  it('does not retry a create that got garbage (the sandbox made no charge)', async () => {
    const sim = await startTestSandbox();
    const provider = astrapayOn(sim);
    arm(sim, { route: CREATE_ROUTE, kind: 'garbage' });

    const error = await posErrorOf(pixOf(provider).create(createRequest(1000)));

    expect(error.code).toBe('provider_bad_response');
    expect(sim.stats().requests[CREATE_ROUTE]).toBe(1);
    expect(sim.stats().requests[LIST_ROUTE]).toBeUndefined();
  });

  it('maps a reset connection to provider_unavailable / provider.connection_lost', async () => {
    const sim = await startTestSandbox();
    const provider = astrapayOn(sim);
    const charge = await pixOf(provider).create(createRequest(1000));
    arm(sim, { route: CONSULT_FAULT_PREFIX, kind: 'reset' });

    const error = await posErrorOf(pixOf(provider).get(charge.txid));

    expect(error).toMatchObject({ code: 'provider_unavailable', retryable: true, reason: 'provider.connection_lost' });
  });

  it('maps a server that is not listening to provider_unavailable / provider.unreachable', async () => {
    const sim = await startTestSandbox();
    const provider = astrapayOn(sim);
    await sim.close();

    const error = await posErrorOf(pixOf(provider).get('astra202401abc'));

    expect(error).toMatchObject({ code: 'provider_unavailable', retryable: true, reason: 'provider.unreachable' });
  });

  it('gives up after its timeout: provider.timeout', async () => {
    const sim = await startTestSandbox();
    const provider = astrapayOn(sim, { timeoutMs: 500 });
    const charge = await pixOf(provider).create(createRequest(1000));
    arm(sim, { route: CONSULT_FAULT_PREFIX, kind: 'latency', ms: 2500 });

    const error = await posErrorOf(pixOf(provider).get(charge.txid));

    expect(error).toMatchObject({ code: 'provider_unavailable', retryable: true, reason: 'provider.timeout' });
  });
});

describe('Astrapay provider: no double charge', () => {
  async function chargesFor(sim: Simulator, userReference: string) {
    const token = await getToken(sim);
    const query = new URLSearchParams({
      initialDate: new Date(Date.now() - 3600_000).toISOString(),
      endDate: new Date(Date.now() + 3600_000).toISOString(),
      userReference,
    });
    const response = await fetch(`${sim.url}/astrapay/charge/v1/dynamic?${query}`, { headers: pixHeaders(token) });
    return ((await response.json()) as { content: { txid: string }[] }).content;
  }

  it('a create committed but answered after the timeout is not sent again; findByReference finds it', async () => {
    const sim = await startTestSandbox();
    const provider = astrapayOn(sim, { timeoutMs: 500 });
    const request = createRequest(2599);
    arm(sim, { route: CREATE_ROUTE, kind: 'timeout_after_commit', ms: 2500 });

    await expect(pixOf(provider).create(request)).rejects.toMatchObject({ reason: 'provider.timeout' });
    const found = await pixOf(provider).findByReference(request.userReference, new Date());

    expect(found).toEqual([expect.objectContaining({ userReference: request.userReference, amountCents: 2599 })]);
    expect((await chargesFor(sim, request.userReference)).map((c) => c.txid)).toEqual(found.map((c) => c.txid));
    expect(sim.stats().requests[CREATE_ROUTE]).toBe(1);
  });

  it('a create that never reached the sandbox (reset before commit) leaves nothing to find', async () => {
    const sim = await startTestSandbox();
    const provider = astrapayOn(sim);
    const request = createRequest(2599);
    arm(sim, { route: CREATE_ROUTE, kind: 'reset' });

    await expect(pixOf(provider).create(request)).rejects.toMatchObject({ reason: 'provider.connection_lost' });

    expect(await pixOf(provider).findByReference(request.userReference, new Date())).toEqual([]);
    expect(sim.stats().requests[CREATE_ROUTE]).toBe(1);
  });

  it('does not find somebody else\'s charge: the lookup matches our userReference only', async () => {
    const sim = await startTestSandbox();
    const provider = astrapayOn(sim);
    await pixOf(provider).create(createRequest(2599, { userReference: randomUUID() }));

    expect(await pixOf(provider).findByReference(randomUUID(), new Date())).toEqual([]);
  });
});
