/** The Payments provider when things go wrong: bad key, server errors, garbage, dropped connections, and no double charge. */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pixOf } from '../../../../src-main/providers/provider.ts';
import {
  arm,
  CREATE_ROUTE,
  DETAILS_FAULT_PREFIX,
  LIST_ROUTE,
  paymentsFor,
  paymentsOn,
  pixRequest,
  posErrorOf,
  startPaymentsSandbox,
} from './payments-on-sandbox.ts';

describe('Payments provider: failures', () => {
  it('a wrong API key is provider_auth_failed, on testConnection and on create', async () => {
    const sim = await startPaymentsSandbox();
    const provider = paymentsOn(sim, { apiKey: 'not-the-key' });

    expect(await posErrorOf(provider.testConnection())).toMatchObject({ code: 'provider_auth_failed', reason: 'provider.auth_failed', retryable: false });
    expect(await posErrorOf(pixOf(provider).create(pixRequest(1000)))).toMatchObject({ code: 'provider_auth_failed' });
    expect(sim.stats().requests).toEqual({ [LIST_ROUTE]: 1, [CREATE_ROUTE]: 1 });
  });

  it('a 500 on consult is a retryable provider_unavailable', async () => {
    const sim = await startPaymentsSandbox();
    const pix = pixOf(paymentsOn(sim));
    const charge = await pix.create(pixRequest(1000));
    arm(sim, { route: DETAILS_FAULT_PREFIX, kind: 'status', status: 500 });

    expect(await posErrorOf(pix.get(charge.txid))).toMatchObject({ code: 'provider_unavailable', retryable: true, reason: 'provider.server_error' });
  });

  it('a 4xx with a body is provider_rejected carrying the provider’s words', async () => {
    const sim = await startPaymentsSandbox();
    const pix = pixOf(paymentsOn(sim));
    arm(sim, { route: CREATE_ROUTE, kind: 'status', status: 409 });

    const error = await posErrorOf(pix.create(pixRequest(1000)));

    expect(error).toMatchObject({ code: 'provider_rejected', reason: 'provider.rejected' });
    expect(error.message).toContain('Injected failure');
  });

  it('garbage on create is provider_bad_response and is not retried (nothing was made)', async () => {
    const sim = await startPaymentsSandbox();
    arm(sim, { route: CREATE_ROUTE, kind: 'garbage' });

    const error = await posErrorOf(pixOf(paymentsOn(sim)).create(pixRequest(1000)));

    expect(error).toMatchObject({ code: 'provider_bad_response', reason: 'provider.garbage' });
    expect(sim.stats().requests).toEqual({ [CREATE_ROUTE]: 1 });
  });

  it('a reset connection on consult is provider_unavailable / provider.connection_lost', async () => {
    const sim = await startPaymentsSandbox();
    const pix = pixOf(paymentsOn(sim));
    const charge = await pix.create(pixRequest(1000));
    arm(sim, { route: DETAILS_FAULT_PREFIX, kind: 'reset' });

    expect(await posErrorOf(pix.get(charge.txid))).toMatchObject({ code: 'provider_unavailable', reason: 'provider.connection_lost' });
  });

  it('a sandbox that is gone is provider_unavailable / provider.unreachable', async () => {
    const sim = await startPaymentsSandbox();
    const pix = pixOf(paymentsOn(sim));
    await sim.close();

    expect(await posErrorOf(pix.get('anything'))).toMatchObject({ code: 'provider_unavailable', reason: 'provider.unreachable' });
  });
});

describe('Payments provider: no double charge (sent once, found by transaction_id)', () => {
  it('a create committed but answered after the timeout is not sent again; findByReference finds it with its QR', async () => {
    const sim = await startPaymentsSandbox();
    const request = pixRequest(2599);
    arm(sim, { route: CREATE_ROUTE, kind: 'timeout_after_commit', ms: 2500 });
    const pix = pixOf(paymentsOn(sim, { timeoutMs: 500 }));

    expect(await posErrorOf(pix.create(request))).toMatchObject({ reason: 'provider.timeout' });
    const [charge, ...others] = await pix.findByReference(request.userReference, new Date());

    expect(others).toEqual([]);
    expect(charge).toMatchObject({ amountCents: 2599, status: 'active', userReference: request.userReference });
    expect(charge?.quote?.totalCents).toBe(2638);
    expect(charge?.copyAndPaste.startsWith('000201')).toBe(true);
    expect((await paymentsFor(sim, request.userReference)).map((payment) => payment.id)).toEqual([charge?.txid]);
    expect(sim.stats().requests[CREATE_ROUTE]).toBe(1);
  });

  it('after a 503 that made nothing, there is nothing to find and nothing more was sent', async () => {
    const sim = await startPaymentsSandbox();
    const request = pixRequest(2599);
    arm(sim, { route: CREATE_ROUTE, kind: 'status', status: 503 });
    const pix = pixOf(paymentsOn(sim));

    expect(await posErrorOf(pix.create(request))).toMatchObject({ reason: 'provider.server_error' });

    expect(await pix.findByReference(request.userReference, new Date())).toEqual([]);
    expect(sim.stats().requests[CREATE_ROUTE]).toBe(1);
  });

  it('does not take somebody else’s payment: the lookup matches our sale id only', async () => {
    const sim = await startPaymentsSandbox();
    const pix = pixOf(paymentsOn(sim));
    await pix.create(pixRequest(2599, { userReference: randomUUID() }));

    expect(await pix.findByReference(randomUUID(), new Date())).toEqual([]);
  });

  it('when the lookup itself fails, it says so', async () => {
    const sim = await startPaymentsSandbox();
    arm(sim, { route: LIST_ROUTE, kind: 'status', status: 503 });

    expect(await posErrorOf(pixOf(paymentsOn(sim)).findByReference(randomUUID(), new Date()))).toMatchObject({ code: 'provider_unavailable', retryable: true });
  });
});
