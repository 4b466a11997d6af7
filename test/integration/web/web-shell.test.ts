import { statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, connect, rawGet, tokenOf } from './web-client.ts';
import { startTestShell, type TestShell } from './test-shell.ts';
import type { SessionView } from '../../../src-preload/contract.ts';

let till: TestShell;

beforeAll(async () => {
  till = await startTestShell({ maxSocketsPerToken: 3, locked: true });
});
afterAll(() => till.close());

describe('web shell', () => {
  it('binds loopback and gives the cashier and the display different tokens', () => {
    expect(new URL(till.shell.cashierUrl).hostname).toBe('127.0.0.1');
    expect(tokenOf(till.shell.cashierUrl)).not.toBe(tokenOf(till.shell.customerUrl));
    expect(tokenOf(till.shell.cashierUrl).length).toBeGreaterThanOrEqual(32);
  });

  it('serves pages only with a valid token', async () => {
    const { origin, cashierUrl, customerUrl } = till.shell;
    expect((await fetch(cashierUrl)).status).toBe(200);
    expect(await (await fetch(customerUrl)).text()).toContain('customer page');
    expect((await fetch(`${origin}/?token=wrong`)).status).toBe(401);
    expect((await fetch(`${origin}/`)).status).toBe(401);
    // The display token opens the display, not the cashier page, under any spelling of its name.
    expect((await fetch(`${origin}/?token=${tokenOf(customerUrl)}`)).status).toBe(401);
    expect(await rawGet(origin, `/index%2ehtml?token=${tokenOf(customerUrl)}`)).toBe(401);
    expect(await rawGet(origin, `/%69ndex.html?token=${tokenOf(cashierUrl)}`)).toBe(200);
  });

  it('sends security headers and never serves files outside the renderer', async () => {
    const page = await fetch(till.shell.cashierUrl);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(await rawGet(till.shell.origin, '/..%2fsecret.txt')).toBe(400);
    expect(await rawGet(till.shell.origin, '/assets/app.js')).toBe(200);
  });

  it('refuses symlinks inside the renderer folder', async () => {
    symlinkSync(join(till.dir, 'secret.txt'), join(till.rendererDir, 'assets', 'linked.js'));
    symlinkSync(join(till.dir), join(till.rendererDir, 'up'));
    expect(await rawGet(till.shell.origin, '/assets/linked.js')).toBe(404);
    expect(await rawGet(till.shell.origin, '/up/secret.txt')).toBe(404);
  });

  it('answers only under the names it serves (DNS rebinding)', async () => {
    const { origin, cashierUrl } = till.shell;
    const path = new URL(cashierUrl).pathname + new URL(cashierUrl).search;
    expect(await rawGet(origin, path, 'evil.example')).toBe(421);
    expect(await rawGet(origin, path, `evil.example:${new URL(origin).port}`)).toBe(421);
    expect(await rawGet(origin, path, `localhost:${new URL(origin).port}`)).toBe(200);
  });

  it('keeps the data dir private', () => {
    expect(statSync(till.dataDir).mode & 0o777).toBe(0o700);
  });

  it('refuses sockets with a wrong token or a foreign origin, and caps sockets per token', async () => {
    const { origin, customerUrl } = till.shell;
    await expect(connect(origin, 'wrong')).rejects.toThrow('HTTP 401');
    await expect(connect(origin, tokenOf(till.shell.cashierUrl), { origin: 'http://evil.example' })).rejects.toThrow('HTTP 403');
    const displays = await Promise.all([1, 2, 3].map(() => connect(origin, tokenOf(customerUrl))));
    await expect(connect(origin, tokenOf(customerUrl))).rejects.toThrow('HTTP 429');
    // The cap is per token: the cashier still gets in.
    const cashier = await connect(origin, tokenOf(till.shell.cashierUrl));
    expect((await call(cashier, 'app.info', {})).ok).toBe(true);
    const closed = new Promise((resolve) => displays[0]?.once('close', resolve));
    displays[0]?.close();
    await closed;
    displays[0] = await connect(origin, tokenOf(customerUrl));
    for (const socket of [...displays, cashier]) socket.close();
  });

  it('runs operations for the cashier and pushes sale events to the display', async () => {
    const cashier = await connect(till.shell.origin, tokenOf(till.shell.cashierUrl));
    const display = await connect(till.shell.origin, tokenOf(till.shell.customerUrl));
    const states: string[] = [];
    const displayEvents = new Set<string>();
    const paid = new Promise<void>((resolve) =>
      display.on('message', (data) => {
        const message = JSON.parse(String(data)) as { event?: string; payload?: { state: string } | null };
        if (message.event) displayEvents.add(message.event);
        if (message.event === 'sale.changed' && message.payload) {
          states.push(message.payload.state);
          if (message.payload.state === 'paid') resolve();
        }
      }),
    );
    // The till starts locked: the demo manager signs in over the socket and opens a shift.
    const lockScreen = (await call(cashier, 'session.get', {})).value as SessionView;
    const manager = lockScreen.operators.find((operator) => operator.demo);
    expect((await call(cashier, 'session.signIn', { operatorId: manager?.id, pin: lockScreen.demoPin })).ok).toBe(true);
    expect((await call(cashier, 'shift.open', { floatCents: 0 })).ok).toBe(true);
    const started = await call(cashier, 'sale.startPix', { amountCents: 101 });
    expect(started.ok).toBe(true);
    await paid;
    expect(states).toEqual(['awaiting_payment', 'paid']);
    // Who signed in (and the demo PIN) stays with the cashier's window.
    expect(displayEvents.has('session.changed')).toBe(false);
    cashier.close();
    display.close();
  });

  it('keeps the display read-only', async () => {
    const display = await connect(till.shell.origin, tokenOf(till.shell.customerUrl));
    expect((await call(display, 'app.info', {})).ok).toBe(true);
    expect(await call(display, 'sale.startPix', { amountCents: 500 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    display.close();
  });
});
