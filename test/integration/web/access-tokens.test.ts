import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type WebSocket from 'ws';
import { createAccessTokens } from '../../../src-main/web/access-tokens.ts';
import { call, connect, tokenOf } from './web-client.ts';
import { startTestShell, type TestShell } from './test-shell.ts';

describe('access tokens', () => {
  const file = () => join(mkdtempSync(join(tmpdir(), 'pdv-tokens-')), 'access-tokens.json');

  it('are kept per install in a file only the user can read', () => {
    const path = file();
    const first = createAccessTokens(path);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const again = createAccessTokens(path);
    expect([again.cashier, again.display]).toEqual([first.cashier, first.display]);
    expect(again.accessFor(first.display)).toBe('display');
    expect(readFileSync(path, 'utf8')).toContain(first.cashier);
  });

  it('are made anew when the file is damaged, and rotation replaces both', () => {
    const path = file();
    writeFileSync(path, '{"cashier": "short"');
    const tokens = createAccessTokens(path);
    expect(tokens.cashier.length).toBeGreaterThanOrEqual(32);
    const old = [tokens.cashier, tokens.display];
    tokens.rotate();
    expect(tokens.accessFor(old[0] ?? null)).toBeUndefined();
    expect(tokens.accessFor(old[1] ?? null)).toBeUndefined();
    expect(createAccessTokens(path).cashier).toBe(tokens.cashier);
  });
});

describe('token rotation from Settings', () => {
  let till: TestShell;
  beforeAll(async () => {
    till = await startTestShell();
  });
  afterAll(() => till.close());

  const closeCode = (socket: WebSocket) => new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));

  it('gives the cashier page its new address and shuts out every page holding the old tokens', async () => {
    const oldCashierUrl = till.shell.cashierUrl;
    const oldCustomerUrl = till.shell.customerUrl;
    const cashier = await connect(till.shell.origin, tokenOf(oldCashierUrl));
    const display = await connect(till.shell.origin, tokenOf(oldCustomerUrl));
    const closed = [closeCode(cashier), closeCode(display)];

    const reply = (await call(cashier, 'shell.rotateTokens', {})) as { ok: boolean; value: { cashierUrl: string; canRotateTokens: boolean } };
    expect(reply.ok).toBe(true);
    expect(reply.value.canRotateTokens).toBe(true);
    expect(reply.value.cashierUrl).toBe(till.shell.cashierUrl);
    expect(tokenOf(reply.value.cashierUrl)).not.toBe(tokenOf(oldCashierUrl));
    expect(await Promise.all(closed)).toEqual([4001, 4001]);

    expect((await fetch(oldCashierUrl)).status).toBe(401);
    expect((await fetch(oldCustomerUrl)).status).toBe(401);
    await expect(connect(till.shell.origin, tokenOf(oldCustomerUrl))).rejects.toThrow('HTTP 401');
    expect((await fetch(reply.value.cashierUrl)).status).toBe(200);
    const renewed = await connect(till.shell.origin, tokenOf(till.shell.customerUrl));
    expect((await call(renewed, 'sale.current', {})).ok).toBe(true);
    renewed.close();
  });

  it('is not open to the customer display', async () => {
    const display = await connect(till.shell.origin, tokenOf(till.shell.customerUrl));
    expect(await call(display, 'shell.rotateTokens', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    display.close();
  });
});
