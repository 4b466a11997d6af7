/**
 * The sale on the counter, driven through the router and watched through events, against the
 * embedded sandbox and the real ledger file.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { SaleView } from '../../../src-preload/contract.ts';
import { openLedger } from '../../../src-main/ledger/open-ledger.ts';
import { createSalesRepository } from '../../../src-main/ledger/sales-repository.ts';
import { parseBrCode } from '../../../src-main/pix/br-code.ts';
import { recordEvents } from '../../support/event-recorder.ts';
import { createFakeTime, driveUntil } from '../../support/fake-scheduler.ts';
import { readLedger, readSales } from '../../support/ledger-reader.ts';
import { errorOf, okValue } from '../../support/replies.ts';
import { arm, clearFaults, CONSULT_FAULT_PREFIX, CONSULT_ROUTE, CREATE_ROUTE, payPix } from '../../support/sandbox.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { startTestCore, type TestCore } from '../../support/test-core.ts';
import { waitFor } from '../../support/wait-for.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function startPix(t: TestCore, amountCents: number): Promise<SaleView> {
  return okValue<SaleView>(await t.invoke('sale.startPix', { amountCents }));
}

async function current(t: TestCore): Promise<SaleView | null> {
  return okValue<SaleView | null>(await t.invoke('sale.current'));
}

describe('sale service: the happy path', () => {
  it('a PIX of R$ 12,01 goes awaiting_payment -> paid on its own, and the ledger has it all', async () => {
    const t = await startTestCore();
    const changes = recordEvents(t.core.events, 'sale.changed');

    const started = await startPix(t, 1201);

    expect(started).toMatchObject({ amountCents: 1201, method: 'pix', state: 'awaiting_payment', problem: null });
    expect(parseBrCode(started.pix?.copyAndPaste ?? '').get('54')).toBe('12.01');
    const paid = await changes.next((sale) => sale?.state === 'paid', 'paid');
    expect(paid).toMatchObject({ id: started.id, pix: started.pix, problem: null });
    expect(changes.seen.map((sale) => sale?.state)).toEqual(['awaiting_payment', 'paid']);
    expect(await current(t)).toMatchObject({ id: started.id, state: 'paid' });

    const ledger = readLedger(t.dataDir, started.id);
    expect(ledger.sale).toMatchObject({ state: 'paid', amount_cents: 1201, provider_id: 'astrapay', pix_txid: started.pix?.txid, problem_json: null });
    expect(ledger.attempts).toEqual([
      expect.objectContaining({ operation: 'pix.create', outcome: 'ok', error_code: null, transaction_id: expect.stringMatching(UUID) }),
    ]);
    expect(ledger.attempts[0]?.finished_at).toEqual(expect.any(String));
    expect(ledger.transitions).toEqual(['null->draft', 'draft->awaiting_payment', 'awaiting_payment->paid']);
  });

  it('simulatePayment pays the sale on the counter at once', async () => {
    const t = await startTestCore();
    const sale = await startPix(t, 1250);

    const paid = okValue<SaleView>(await t.invoke('sale.simulatePayment', { saleId: sale.id }));

    expect(paid).toMatchObject({ id: sale.id, state: 'paid' });
    expect(readLedger(t.dataDir, sale.id).sale?.state).toBe('paid');
  });

  it('refuses a second sale while one is awaiting payment, without calling the provider', async () => {
    const t = await startTestCore();
    const first = await startPix(t, 1250);

    expect(errorOf(await t.invoke('sale.startPix', { amountCents: 500 }))).toMatchObject({
      code: 'invalid_state',
      reason: 'sale.busy',
    });
    expect(t.sim.stats().requests[CREATE_ROUTE]).toBe(1);
    expect(await current(t)).toMatchObject({ id: first.id, state: 'awaiting_payment' });
    expect(readSales(t.dataDir)).toHaveLength(1);
  });

  it('cancel -> cancelled, then dismiss clears the counter for the next sale', async () => {
    const t = await startTestCore();
    const changes = recordEvents(t.core.events, 'sale.changed');
    const sale = await startPix(t, 1250);

    expect(errorOf(await t.invoke('sale.dismiss'))).toMatchObject({ code: 'invalid_state', reason: 'sale.busy' });
    const cancelled = okValue<SaleView>(await t.invoke('sale.cancel', { saleId: sale.id }));
    expect(cancelled).toMatchObject({ id: sale.id, state: 'cancelled' });
    expect(errorOf(await t.invoke('sale.cancel', { saleId: sale.id }))).toMatchObject({ reason: 'sale.not_cancellable' });
    expect(errorOf(await t.invoke('sale.simulatePayment', { saleId: sale.id }))).toMatchObject({ reason: 'sale.not_payable' });

    expect(okValue(await t.invoke('sale.dismiss'))).toBeNull();
    expect(await current(t)).toBeNull();
    expect(changes.seen.map((s) => s?.state ?? null)).toEqual(['awaiting_payment', 'cancelled', null]);
    expect(readLedger(t.dataDir, sale.id).transitions).toEqual(['null->draft', 'draft->awaiting_payment', 'awaiting_payment->cancelled']);

    expect((await startPix(t, 700)).state).toBe('awaiting_payment');
  });

  it('a sale that does not exist cannot be cancelled', async () => {
    const t = await startTestCore();
    expect(errorOf(await t.invoke('sale.cancel', { saleId: randomUUID() }))).toMatchObject({ code: 'not_found', reason: 'sale.not_found' });
  });

  it('money that arrives on a cancelled QR still makes it a paid sale', async () => {
    const t = await startTestCore();
    const sale = await startPix(t, 1250);
    okValue(await t.invoke('sale.cancel', { saleId: sale.id }));

    expect(await payPix(t.sim, sale.pix?.txid ?? '')).toBe(true);

    await waitFor(() => readLedger(t.dataDir, sale.id).sale?.state === 'paid', 'the late payment to be recorded');
    expect(readLedger(t.dataDir, sale.id).transitions.at(-1)).toBe('cancelled->paid');
  });

  it('a QR nobody pays expires', async () => {
    const t = await startTestCore({ pixExpiresInSeconds: 1 });
    const changes = recordEvents(t.core.events, 'sale.changed');

    const sale = await startPix(t, 1250);

    expect(await changes.next((s) => s?.state === 'expired', 'expired')).toMatchObject({ id: sale.id, problem: null });
    expect(readLedger(t.dataDir, sale.id).transitions.at(-1)).toBe('awaiting_payment->expired');
    expect((await startPix(t, 1250)).state).toBe('awaiting_payment');
  });
});

describe('sale service: the provider misbehaves', () => {
  it('PSP down on create: asked by reference, not created, so startPix fails; the ledger keeps a failed sale, and the till stays usable', async () => {
    const t = await startTestCore();
    const changes = recordEvents(t.core.events, 'sale.changed');
    arm(t.sim, { route: 'POST /astrapay/charge/v1/dynamic', kind: 'status', status: 503, times: 5 });

    const error = errorOf(await t.invoke('sale.startPix', { amountCents: 1250 }));

    expect(error).toMatchObject({ code: 'provider_unavailable', reason: 'provider.not_created', retryable: true });
    expect(t.sim.stats().requests['POST /astrapay/charge/v1/dynamic']).toBe(1);
    expect(await current(t)).toBeNull();
    expect(changes.seen).toEqual([null]);
    const [failed] = readSales(t.dataDir);
    expect(failed).toMatchObject({ state: 'failed', amount_cents: 1250, pix_txid: null });
    expect(JSON.parse(String(failed?.problem_json))).toMatchObject({ code: 'provider_unavailable', reason: 'provider.not_created' });
    const ledger = readLedger(t.dataDir, String(failed?.id));
    expect(ledger.attempts).toEqual([expect.objectContaining({ operation: 'pix.create', outcome: 'error', error_code: 'provider_unavailable' })]);
    expect(ledger.transitions).toEqual(['null->draft', 'draft->failed']);

    await clearFaults(t.sim);
    const retried = await startPix(t, 1250);
    expect(retried).toMatchObject({ state: 'awaiting_payment', amountCents: 1250 });
    expect(retried.id).not.toBe(failed?.id);
  });

  it('garbage on create: asked by reference, not created, a failed sale, and the next sale works', async () => {
    const t = await startTestCore();
    arm(t.sim, { route: 'POST /astrapay/charge/v1/dynamic', kind: 'garbage' });

    expect(errorOf(await t.invoke('sale.startPix', { amountCents: 1250 }))).toMatchObject({ reason: 'provider.not_created' });

    expect(await current(t)).toBeNull();
    expect(readSales(t.dataDir).map((sale) => sale.state)).toEqual(['failed']);
    expect((await startPix(t, 1250)).state).toBe('awaiting_payment');
  });

  it('garbage while polling: the sale stays awaiting with a problem, which clears; then it gets paid', async () => {
    const t = await startTestCore();
    const changes = recordEvents(t.core.events, 'sale.changed');
    const sale = await startPix(t, 1250);
    arm(t.sim, { route: CONSULT_FAULT_PREFIX, kind: 'garbage', times: 3 });

    const troubled = await changes.next((s) => s?.problem != null, 'a problem');
    expect(troubled).toMatchObject({ id: sale.id, state: 'awaiting_payment', problem: { code: 'provider_bad_response' } });
    expect(readLedger(t.dataDir, sale.id).sale?.problem_json).toEqual(expect.stringContaining('provider_bad_response'));

    const recovered = await changes.next((s) => changes.seen.indexOf(s) > changes.seen.indexOf(troubled) && s?.problem === null, 'the problem to clear');
    expect(recovered).toMatchObject({ state: 'awaiting_payment' });

    expect(await payPix(t.sim, sale.pix?.txid ?? '')).toBe(true);
    expect(await changes.next((s) => s?.state === 'paid', 'paid')).toMatchObject({ id: sale.id, problem: null });
  });
});

describe('sale service: restart', () => {
  it('a draft a crash left before its call is closed as failed, without calling the provider', async () => {
    const dataDir = makeTempDir();
    const db = openLedger(dataDir);
    const draft = createSalesRepository(db).create({ id: randomUUID(), amountCents: 1250, currency: 'BRL', method: 'pix', providerId: 'astrapay', providerEnvironment: 'embedded', at: new Date().toISOString() });
    db.close();

    const t = await startTestCore({ dataDir });

    expect(await current(t)).toBeNull();
    const ledger = readLedger(dataDir, draft.id);
    expect(ledger.sale?.state).toBe('failed');
    expect(JSON.parse(String(ledger.sale?.problem_json))).toMatchObject({ reason: 'sale.interrupted' });
    expect(t.sim.stats().requests).toEqual({});
  });

  it('a draft a crash left during its call is resolved by asking the provider by reference, never by creating again', async () => {
    const dataDir = makeTempDir();
    const db = openLedger(dataDir);
    const sales = createSalesRepository(db);
    const draft = sales.create({ id: randomUUID(), amountCents: 1250, currency: 'BRL', method: 'pix', providerId: 'astrapay', providerEnvironment: 'embedded', at: new Date().toISOString() });
    sales.startAttempt(draft.id, 'pix.create', randomUUID(), new Date().toISOString());
    db.close();

    const t = await startTestCore({ dataDir, resolveTiming: { deadlineMs: 0, giveUpMs: 1000, everyMs: 50 } });
    await t.core.settled();

    const ledger = readLedger(dataDir, draft.id);
    expect(ledger.sale?.state).toBe('failed');
    expect(JSON.parse(String(ledger.sale?.problem_json))).toMatchObject({ reason: 'provider.not_created' });
    expect(ledger.attempts).toEqual([expect.objectContaining({ outcome: 'error' })]);
    expect(t.sim.stats().requests['GET /astrapay/charge/v1/dynamic']).toBeGreaterThan(0);
    expect(t.sim.stats().requests['POST /astrapay/charge/v1/dynamic']).toBeUndefined();
  });

  it('a sale awaiting payment is back on the counter after a restart, polled again, and can still be paid', async () => {
    const first = await startTestCore();
    const sale = await startPix(first, 1250);
    await first.close();

    const second = await startTestCore({ dataDir: first.dataDir });
    expect(await current(second)).toMatchObject({ id: sale.id, state: 'awaiting_payment', pix: sale.pix });
    // The embedded sandbox keeps its charges in the data dir: the new one still knows this charge.
    await waitFor(() => (second.sim.stats().requests[CONSULT_ROUTE] ?? 0) >= 1, 'the restarted till to poll the charge');
    expect((await current(second))?.problem ?? null).toBeNull();

    const paid = okValue<SaleView>(await second.invoke('sale.simulatePayment', { saleId: sale.id }));
    expect(paid).toMatchObject({ id: sale.id, state: 'paid' });
    expect(readLedger(second.dataDir, sale.id).transitions).toEqual(['null->draft', 'draft->awaiting_payment', 'awaiting_payment->paid']);
  });

  it('stops polling a cancelled sale once its QR has expired, and does not take it up again after a restart', async () => {
    const time = createFakeTime();
    const first = await startTestCore({ time, pixExpiresInSeconds: 1 });
    const sale = await startPix(first, 1250);
    okValue(await first.invoke('sale.cancel', { saleId: sale.id }));

    await driveUntil(time, () => readLedger(first.dataDir, sale.id).sale?.pix_settled_at, 'the expired QR to be seen', 200);
    expect(time.pending(), 'the first run stops once it sees EXPIRED').toBe(0);
    await first.close();

    const second = await startTestCore({ time, dataDir: first.dataDir, pixExpiresInSeconds: 1 });
    expect(time.pending(), 'the restarted till plans no poll of a settled QR').toBe(0);
    expect(await current(second)).toBeNull();
  });
});

describe('sale service: races', () => {
  it('a poll that was in flight when the cashier cancelled does not overwrite the cancellation', async () => {
    let consultsAnswered = 0;
    const t = await startTestCore({
      pixExpiresInSeconds: 1,
      providerTimeoutMs: 5000,
      wrapFetch: (real) => async (input, init) => {
        const response = await real(input, init);
        if (String(input).includes('/charge/v1/dynamic/')) consultsAnswered++;
        return response;
      },
    });
    const sale = await startPix(t, 1250);
    // The first poll reaches the sandbox but is answered only after the QR has expired.
    arm(t.sim, { route: CONSULT_FAULT_PREFIX, kind: 'latency', ms: 1500 });
    await waitFor(() => t.sim.stats().requests[CONSULT_ROUTE] === 1, 'the first poll to reach the sandbox');

    expect(okValue<SaleView>(await t.invoke('sale.cancel', { saleId: sale.id })).state).toBe('cancelled');
    await waitFor(() => consultsAnswered >= 1, 'the slow poll to be answered');
    // The poller checks one sale at a time: the expiry is seen only after the slow answer was handled.
    await waitFor(() => readLedger(t.dataDir, sale.id).sale?.pix_settled_at, 'the expired QR to be seen');

    expect(await current(t)).toMatchObject({ id: sale.id, state: 'cancelled' });
    expect(readLedger(t.dataDir, sale.id).transitions).toEqual(['null->draft', 'draft->awaiting_payment', 'awaiting_payment->cancelled']);
  });
});
