/**
 * Thousands of seeded random frames from both tokens: random bytes, random JSON, and requests naming
 * real operations with random inputs. Sockets may be closed on bad frames (then the client reconnects);
 * the shell must stay up and still sell.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { operations } from '../../../src-preload/contract.ts';
import { DEMO_MANAGER_PIN } from '../../../src-main/operators/operator-service.ts';
import { call, connect, tokenOf, type Reply } from './web-client.ts';
import { startTestShell, type TestShell } from './test-shell.ts';

const FRAMES_PER_TOKEN = 5000;
const BATCH = 100;

/** mulberry32: a small seeded PRNG, so a failing run can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OPS = Object.keys(operations);
const KEYS = ['amountCents', 'saleId', 'language', 'day', 'id', 'environment', 'preview', 'pix', 'card', 'payer', 'values', 'reason', '__proto__', 'constructor'];
const STRINGS = ['', 'pt-BR', 'en', 'astrapay', 'embedded', 'production', '2026-11-30', '00000000-0000-4000-8000-000000000000', '%ZZ', '\u0000', 'x'.repeat(3000), '💸'];

function generator(next: () => number) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const value = (depth: number): unknown => {
    const kind = Math.floor(next() * (depth > 2 ? 5 : 7));
    if (kind === 0) return null;
    if (kind === 1) return pick([0, -1, 1, 101, 1.5, 1e308, Number.MAX_SAFE_INTEGER, 99_999_999_999]);
    if (kind === 2) return pick(STRINGS);
    if (kind === 3) return next() < 0.5;
    if (kind === 4) return Math.floor(next() * 2000);
    if (kind === 5) return Array.from({ length: Math.floor(next() * 4) }, () => value(depth + 1));
    return Object.fromEntries(Array.from({ length: Math.floor(next() * 4) }, () => [pick(KEYS), value(depth + 1)]));
  };
  return (): string | Buffer => {
    const kind = next();
    if (kind < 0.1) return Buffer.from(Array.from({ length: Math.floor(next() * 64) }, () => Math.floor(next() * 256)));
    if (kind < 0.25) return JSON.stringify(value(0));
    if (kind < 0.3) return '{"id":1,"op":"app.info"'.slice(0, Math.floor(next() * 24));
    const id = next() < 0.9 ? Math.floor(next() * 1e6) : value(1);
    return JSON.stringify({ id, op: next() < 0.9 ? pick(OPS) : pick(STRINGS), input: value(0) });
  };
}

/** Resolves with the reply, or undefined when the socket was closed (by an earlier bad frame). */
function settle(socket: WebSocket, op: string): Promise<Reply | undefined> {
  if (socket.readyState !== WebSocket.OPEN) return Promise.resolve(undefined);
  return call(socket, op, {}).catch(() => undefined);
}

let till: TestShell;
beforeAll(async () => {
  till = await startTestShell();
});
afterAll(() => till.close());

describe('web shell fuzzing', () => {
  it.each([
    ['cashier', 1],
    ['display', 2],
  ] as const)('survives %s frames of garbage and keeps selling', async (access, seed) => {
    // Read each time: a fuzzed `shell.rotateTokens` may have replaced the tokens.
    const token = () => tokenOf(access === 'cashier' ? till.shell.cashierUrl : till.shell.customerUrl);
    const nextFrame = generator(random(seed));
    let socket = await connect(till.shell.origin, token());
    let reconnects = 0;
    for (let sent = 0; sent < FRAMES_PER_TOKEN; sent += BATCH) {
      for (let index = 0; index < BATCH && socket.readyState === WebSocket.OPEN; index++) {
        const data = nextFrame();
        socket.send(data, { binary: false });
      }
      if (!(await settle(socket, 'app.info'))?.ok) {
        socket.terminate();
        socket = await connect(till.shell.origin, token());
        reconnects += 1;
      }
    }
    socket.close();
    expect(reconnects).toBeGreaterThan(0);

    const cashier = await connect(till.shell.origin, tokenOf(till.shell.cashierUrl));
    // A fuzzed frame may have locked the till (session.lock takes no input): the manager signs in again.
    const lockScreen = (await call(cashier, 'session.get', {})) as { value: { operators: { id: string; name: string }[] } };
    const manager = lockScreen.value.operators.find((candidate) => candidate.name === 'Gerente demo');
    expect((await call(cashier, 'session.signIn', { operatorId: manager?.id, pin: DEMO_MANAGER_PIN })).ok).toBe(true);
    const current = (await call(cashier, 'sale.current', {})) as { ok: boolean; value: { id: string; state: string } | null };
    expect(current.ok).toBe(true);
    if (current.value?.state === 'awaiting_payment') await call(cashier, 'sale.cancel', { saleId: current.value.id });
    await call(cashier, 'sale.dismiss', {});
    const demo = { id: 'astrapay', environment: 'embedded' };
    expect((await call(cashier, 'settings.setProviders', { pix: demo, card: demo })).ok).toBe(true);
    const paid = new Promise<void>((resolve) =>
      cashier.on('message', (data) => {
        const message = JSON.parse(String(data)) as { event?: string; payload?: { state: string } | null };
        if (message.event === 'sale.changed' && message.payload?.state === 'paid') resolve();
      }),
    );
    expect(await call(cashier, 'sale.startPix', { amountCents: 2001 })).toMatchObject({ ok: true });
    await paid;
    cashier.close();
  });
});
