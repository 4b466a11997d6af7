/**
 * How the card gateway adapter fails: wrong key, 5xx, garbage, dropped connections and timeouts after
 * the gateway committed. A charge whose outcome we did not hear is never sent a second time.
 */
import { describe, expect, it } from 'vitest';
import { arm } from '../../../support/sandbox.ts';
import {
  card,
  cardApiOn,
  cardPaymentsOn,
  CHARGE_ROUTE,
  chargeRequest,
  CPF,
  posErrorOf,
  recordedPayments,
  startCardSandbox,
  TEST_CARDS,
  TOKENIZE_ROUTE,
} from './card-gateway.ts';

const OUTCOME_UNKNOWN = { code: 'provider_unavailable', reason: 'card.outcome_unknown', retryable: false };

describe('card gateway: credentials', () => {
  it('testConnection passes with the demo key, charging nothing', async () => {
    const sim = await startCardSandbox();

    await cardPaymentsOn(sim).testConnection();

    expect(sim.stats().requests).toEqual({ [CHARGE_ROUTE]: 1 });
    expect(await recordedPayments(sim)).toEqual([]);
  });

  it('reports a wrong key as provider_auth_failed on every operation', async () => {
    const sim = await startCardSandbox();
    const provider = cardPaymentsOn(sim, { apiKey: 'not-the-key' });
    const api = cardApiOn(sim, { apiKey: 'not-the-key' });

    const errors = await Promise.all([
      posErrorOf(provider.testConnection()),
      posErrorOf(api.charge(chargeRequest())),
      posErrorOf(api.verify?.(card()) ?? Promise.resolve()),
      posErrorOf(api.savedCards?.save(card()) ?? Promise.resolve()),
    ]);

    for (const error of errors) expect(error).toMatchObject({ code: 'provider_auth_failed', reason: 'provider.auth_failed', retryable: false });
    expect(await recordedPayments(sim)).toEqual([]);
  });

  it('reports an empty key as provider_auth_failed', async () => {
    const sim = await startCardSandbox();
    const error = await posErrorOf(cardPaymentsOn(sim, { apiKey: '' }).testConnection());
    expect(error.code).toBe('provider_auth_failed');
  });
});

describe('card gateway: the gateway fails', () => {
  it('a 500 on a charge is provider_unavailable, and the till must check before charging again', async () => {
    const sim = await startCardSandbox();
    const source = { kind: 'card' as const, card: card(TEST_CARDS.fails500) };

    const error = await posErrorOf(cardApiOn(sim).charge(chargeRequest({ source })));

    expect(error).toMatchObject(OUTCOME_UNKNOWN);
    expect((error.cause as { reason?: string }).reason).toBe('provider.server_error');
    expect(sim.stats().requests).toEqual({ [CHARGE_ROUTE]: 1 });
  });

  it('a 500 on the card check is a plain, retryable provider_unavailable (nothing could be charged)', async () => {
    const sim = await startCardSandbox();

    const error = await posErrorOf(cardApiOn(sim).verify?.(card(TEST_CARDS.fails500)) ?? Promise.resolve());

    expect(error).toMatchObject({ code: 'provider_unavailable', reason: 'provider.server_error', retryable: true });
  });

  it('an injected 503 on a charge is an unknown outcome too', async () => {
    const sim = await startCardSandbox();
    arm(sim, { route: CHARGE_ROUTE, kind: 'status', status: 503 });

    const error = await posErrorOf(cardApiOn(sim).charge(chargeRequest()));

    expect(error).toMatchObject(OUTCOME_UNKNOWN);
  });

  it('garbage on a charge is provider_bad_response that forbids a blind retry', async () => {
    const sim = await startCardSandbox();
    arm(sim, { route: CHARGE_ROUTE, kind: 'garbage' });

    const error = await posErrorOf(cardApiOn(sim).charge(chargeRequest()));

    expect(error).toMatchObject({ code: 'provider_bad_response', reason: 'card.outcome_unknown', retryable: false });
    expect(sim.stats().requests).toEqual({ [CHARGE_ROUTE]: 1 });
  });

  it('garbage on tokenize is a plain provider_bad_response', async () => {
    const sim = await startCardSandbox();
    arm(sim, { route: TOKENIZE_ROUTE, kind: 'garbage' });

    const error = await posErrorOf(cardApiOn(sim).savedCards?.save(card()) ?? Promise.resolve());

    expect(error).toMatchObject({ code: 'provider_bad_response', reason: 'provider.garbage' });
  });

  it('a gateway that is not listening is provider.unreachable: never sent, safe to retry', async () => {
    const sim = await startCardSandbox();
    const api = cardApiOn(sim);
    await sim.close();

    const error = await posErrorOf(api.charge(chargeRequest()));

    expect(error).toMatchObject({ code: 'provider_unavailable', reason: 'provider.unreachable', retryable: true });
  });

  it('a saved card the gateway forgot (expired token) is refused with the gateway\'s general error', async () => {
    const sim = await startCardSandbox();
    const api = cardApiOn(sim);
    const saved = await api.savedCards?.save(card());
    arm(sim, { route: CHARGE_ROUTE, kind: 'expired_token' });

    const error = await posErrorOf(
      api.charge(chargeRequest({ source: { kind: 'saved', savedCardId: saved?.id ?? '', holderName: 'John Doe', holderDocument: CPF } })),
    );

    expect(error).toMatchObject({ code: 'provider_rejected', reason: 'gateway.MSG_GENERAL_ERROR', retryable: false });
    expect(await recordedPayments(sim)).toEqual([]);
  });
});

describe('card gateway: no double charge', () => {
  it('the gateway charged but the connection dropped: card.outcome_unknown, one charge, no second request', async () => {
    const sim = await startCardSandbox();
    arm(sim, { route: CHARGE_ROUTE, kind: 'timeout_after_commit', ms: 0 });

    const error = await posErrorOf(cardApiOn(sim).charge(chargeRequest({ reference: 'sale-dropped' })));

    expect(error).toMatchObject(OUTCOME_UNKNOWN);
    expect((error.cause as { reason?: string }).reason).toBe('provider.connection_lost');
    expect(await recordedPayments(sim)).toEqual([expect.objectContaining({ external_id: 'sale-dropped', transaction_status: 'authorized' })]);
    expect(sim.stats().requests).toEqual({ [CHARGE_ROUTE]: 1 });
  });

  it('the gateway charged but answered after our timeout: card.outcome_unknown, one charge, no second request', async () => {
    const sim = await startCardSandbox();
    arm(sim, { route: CHARGE_ROUTE, kind: 'timeout_after_commit', ms: 2500 });

    const error = await posErrorOf(cardApiOn(sim, { timeoutMs: 500 }).charge(chargeRequest({ reference: 'sale-slow' })));

    expect(error).toMatchObject(OUTCOME_UNKNOWN);
    expect((error.cause as { reason?: string }).reason).toBe('provider.timeout');
    expect((await recordedPayments(sim)).map((payment) => payment.external_id)).toEqual(['sale-slow']);
    expect(sim.stats().requests).toEqual({ [CHARGE_ROUTE]: 1 });
  });

  it('a connection reset is not retried either: from the till it looks the same as a drop after commit', async () => {
    const sim = await startCardSandbox();
    arm(sim, { route: CHARGE_ROUTE, kind: 'reset' });

    const error = await posErrorOf(cardApiOn(sim).charge(chargeRequest()));

    expect(error).toMatchObject(OUTCOME_UNKNOWN);
    expect(sim.stats().requests).toEqual({ [CHARGE_ROUTE]: 1 });
    expect(await recordedPayments(sim)).toEqual([]);
  });

  it('slow but in time is simply approved', async () => {
    const sim = await startCardSandbox();
    arm(sim, { route: CHARGE_ROUTE, kind: 'latency', ms: 200 });

    const charge = await cardApiOn(sim, { timeoutMs: 5000 }).charge(chargeRequest());

    expect(charge.status).toBe('approved');
  });
});
