import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createPosCore, type PosCore } from '../../../src-main/app/create-pos-core.ts';
import { silentLogger } from '../../../src-main/core/logger.ts';
import { createNodePorts } from '../../../src-main/web/node-ports.ts';
import { startWebShell, type WebShell } from '../../../src-main/web/web-shell.ts';

let core: PosCore;
let shell: WebShell;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pdv-web-'));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<title>cashier page</title>');
  writeFileSync(join(rendererDir, 'customer.html'), '<title>customer page</title>');
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer');
  core = await createPosCore(createNodePorts(join(dir, 'data'), silentLogger), { version: 'test', demoAutoPayDelayMs: 200, pollSchedule: () => 50 });
  shell = await startWebShell({ core, rendererDir });
});

afterAll(async () => {
  await shell.close();
  await core.close();
});

const tokenOf = (url: string) => new URL(url).searchParams.get('token') ?? '';

function connect(token: string, origin = shell.origin): Promise<WebSocket> {
  const socket = new WebSocket(`${shell.origin.replace('http', 'ws')}/rpc?token=${encodeURIComponent(token)}`, { origin });
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket));
    socket.once('unexpected-response', (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
    socket.once('error', reject);
  });
}

function call(socket: WebSocket, op: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string } }> {
  const id = Math.floor(Math.random() * 1e9);
  return new Promise((resolve) => {
    const onMessage = (data: WebSocket.RawData) => {
      const message = JSON.parse(String(data)) as { id?: number; reply?: never };
      if (message.id === id) {
        socket.off('message', onMessage);
        resolve(message.reply as never);
      }
    };
    socket.on('message', onMessage);
    socket.send(JSON.stringify({ id, op, input }));
  });
}

describe('web shell', () => {
  it('binds loopback and gives the cashier and the display different tokens', () => {
    expect(new URL(shell.cashierUrl).hostname).toBe('127.0.0.1');
    expect(tokenOf(shell.cashierUrl)).not.toBe(tokenOf(shell.customerUrl));
    expect(tokenOf(shell.cashierUrl).length).toBeGreaterThanOrEqual(32);
  });

  it('serves pages only with a valid token', async () => {
    expect((await fetch(shell.cashierUrl)).status).toBe(200);
    expect(await (await fetch(shell.customerUrl)).text()).toContain('customer page');
    expect((await fetch(`${shell.origin}/?token=wrong`)).status).toBe(401);
    expect((await fetch(`${shell.origin}/`)).status).toBe(401);
    // The display token opens the display, not the cashier page.
    expect((await fetch(`${shell.origin}/?token=${tokenOf(shell.customerUrl)}`)).status).toBe(401);
  });

  it('sends security headers and never serves files outside the renderer', async () => {
    const page = await fetch(shell.cashierUrl);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    const escape = await fetch(`${shell.origin}/..%2fsecret.txt`);
    expect(escape.status).toBe(404);
  });

  it('refuses sockets with a wrong token or a foreign origin', async () => {
    await expect(connect('wrong')).rejects.toThrow('HTTP 401');
    await expect(connect(tokenOf(shell.cashierUrl), 'http://evil.example')).rejects.toThrow('HTTP 401');
  });

  it('runs operations for the cashier and pushes sale events to the display', async () => {
    const cashier = await connect(tokenOf(shell.cashierUrl));
    const display = await connect(tokenOf(shell.customerUrl));
    const states: string[] = [];
    const paid = new Promise<void>((resolve) =>
      display.on('message', (data) => {
        const message = JSON.parse(String(data)) as { event?: string; payload?: { state: string } | null };
        if (message.event === 'sale.changed' && message.payload) {
          states.push(message.payload.state);
          if (message.payload.state === 'paid') resolve();
        }
      }),
    );
    const started = await call(cashier, 'sale.startPix', { amountCents: 101 });
    expect(started.ok).toBe(true);
    await paid;
    expect(states).toEqual(['awaiting_payment', 'paid']);
    cashier.close();
    display.close();
  });

  it('keeps the display read-only', async () => {
    const display = await connect(tokenOf(shell.customerUrl));
    expect((await call(display, 'app.info', {})).ok).toBe(true);
    const refused = await call(display, 'sale.startPix', { amountCents: 500 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    display.close();
  });
});
