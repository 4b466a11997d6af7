/**
 * How a sandbox payment's status moves: expiry after `pix.expire_in` (default 1800 s), the 01-centavos
 * auto-pay rule, the always-denied CPF, the pay control, and the generic faults on these routes.
 */
import { describe, expect, it } from 'vitest';
import { SANDBOX_DENIED_CPF } from '../../../../src-main/simulator/payments/payment-store.ts';
import type { Simulator } from '../../../../src-main/simulator/simulator.ts';
import { createFakeClock } from '../../../support/fake-clock.ts';
import {
  arm,
  CREATE_ROUTE,
  DETAILS_FAULT_PREFIX,
  DETAILS_ROUTE,
  json,
  LIST_ROUTE,
  rawCreate,
  rawDetails,
  rawList,
  startPaymentsSandbox,
  validBody,
} from '../../providers/payments/payments-on-sandbox.ts';

async function create(sim: Simulator, patch: Record<string, unknown> = {}): Promise<string> {
  const response = await rawCreate(sim, validBody(patch));
  expect(response.status).toBe(201);
  return (await json<{ id: string }>(response)).id;
}

async function status(sim: Simulator, id: string): Promise<{ status: string; created_at: string; updated_at: string }> {
  return json(await rawDetails(sim, id));
}

function pay(sim: Simulator, id: string): Promise<Response> {
  return fetch(`${sim.url}/__sim/payments/${encodeURIComponent(id)}/pay`, { method: 'POST' });
}

describe('Payments sandbox: status over time', () => {
  it('a PIX payment expires after its expire_in, and updated_at says when', async () => {
    const clock = createFakeClock();
    const sim = await startPaymentsSandbox({ clock });
    const id = await create(sim, { pix: { expire_in: 120 } });

    clock.advance(119_999);
    expect((await status(sim, id)).status).toBe('pending');
    clock.advance(1);
    const expired = await status(sim, id);
    expect(expired.status).toBe('expired');
    expect(Date.parse(expired.updated_at) - Date.parse(expired.created_at)).toBe(120_000);
  });

  it('without expire_in it lives the documented 1800 s; a bank transfer does not expire', async () => {
    const clock = createFakeClock();
    const sim = await startPaymentsSandbox({ clock });
    const pix = await create(sim);
    const transfer = await create(sim, { payment_method: 'bank_transfer' });

    clock.advance(1_799_999);
    expect((await status(sim, pix)).status).toBe('pending');
    clock.advance(1);
    expect((await status(sim, pix)).status).toBe('expired');
    clock.advance(30 * 24 * 3600_000);
    expect((await status(sim, transfer)).status).toBe('pending');
  });

  it('an amount with 01 centavos is paid after the auto-pay delay; 50 centavos stays pending', async () => {
    const clock = createFakeClock();
    const sim = await startPaymentsSandbox({ clock, autoPayDelayMs: 30_000 });
    const endsIn01 = await create(sim, { amount: '12.01' });
    const endsIn50 = await create(sim, { amount: '12.50' });
    const transfer01 = await create(sim, { amount: '7.01', payment_method: 'bank_transfer' });

    clock.advance(29_999);
    expect((await status(sim, endsIn01)).status).toBe('pending');
    clock.advance(1);
    expect((await status(sim, endsIn01)).status).toBe('paid');
    expect((await status(sim, transfer01)).status).toBe('paid');
    expect((await status(sim, endsIn50)).status).toBe('pending');
  });

  it('a PIX that expires before the auto-pay delay is expired, not paid', async () => {
    const clock = createFakeClock();
    const sim = await startPaymentsSandbox({ clock, autoPayDelayMs: 60_000 });
    const id = await create(sim, { amount: '3.01', pix: { expire_in: 30 } });
    clock.advance(120_000);
    expect((await status(sim, id)).status).toBe('expired');
  });

  it(`the CPF ${SANDBOX_DENIED_CPF} is denied after the delay, whatever the amount`, async () => {
    const clock = createFakeClock();
    const sim = await startPaymentsSandbox({ clock, autoPayDelayMs: 10_000 });
    const denied = await create(sim, { document: SANDBOX_DENIED_CPF, customer_id: SANDBOX_DENIED_CPF, amount: '12.01' });

    expect((await status(sim, denied)).status).toBe('pending');
    clock.advance(10_000);
    expect((await status(sim, denied)).status).toBe('denied');
  });

  it('the pay control pays a pending payment (204), not a settled one (409) nor an unknown one (404)', async () => {
    const clock = createFakeClock();
    const sim = await startPaymentsSandbox({ clock });
    const id = await create(sim);
    const soon = await create(sim, { pix: { expire_in: 5 } });

    expect((await pay(sim, id)).status).toBe(204);
    expect((await status(sim, id)).status).toBe('paid');
    expect((await pay(sim, id)).status).toBe(409);
    clock.advance(5000);
    expect((await pay(sim, soon)).status).toBe(409);
    expect((await status(sim, soon)).status).toBe('expired');
    expect((await pay(sim, 'no-such-payment')).status).toBe(404);
  });
});

describe('Payments sandbox: faults and stats', () => {
  it('counts requests per route template', async () => {
    const sim = await startPaymentsSandbox();
    const id = await create(sim);
    await rawDetails(sim, id);
    await rawList(sim);
    expect(sim.stats().requests).toEqual({ [CREATE_ROUTE]: 1, [DETAILS_ROUTE]: 1, [LIST_ROUTE]: 1 });
  });

  it('a status fault on the consult prefix hits the consult and not the list', async () => {
    const sim = await startPaymentsSandbox();
    const id = await create(sim);
    arm(sim, { route: DETAILS_FAULT_PREFIX, kind: 'status', status: 503 });

    expect((await rawList(sim)).status).toBe(200);
    expect((await rawDetails(sim, id)).status).toBe(503);
    expect((await rawDetails(sim, id)).status).toBe(200);
  });

  it('timeout_after_commit on create keeps the payment and drops the answer', async () => {
    const sim = await startPaymentsSandbox();
    const body = validBody();
    arm(sim, { route: CREATE_ROUTE, kind: 'timeout_after_commit', ms: 0 });

    await expect(rawCreate(sim, body)).rejects.toThrow();

    const answer = await json<{ total: number }>(await rawList(sim, { transaction_id: (body.transaction as { id: string }).id }));
    expect(answer.total).toBe(1);
  });

  it('an expired_token fault leaves the API key working: it has no lifetime', async () => {
    const sim = await startPaymentsSandbox();
    arm(sim, { route: LIST_ROUTE, kind: 'expired_token' });
    expect((await rawList(sim)).status).toBe(200);
    expect((await rawList(sim)).status).toBe(200);
  });
});
