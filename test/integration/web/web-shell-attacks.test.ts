/**
 * The attacks from issue 10, each sent to one running shell, which must answer each with an error
 * for that request or socket only, and then still complete a PIX sale. A crash here would surface as
 * an unhandled error and fail the run.
 */
import { connect as tcpConnect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type WebSocket from 'ws';
import { call, closeCodeAfter, connect, frame, rawGet, rawUpgrade, tokenOf } from './web-client.ts';
import { startTestShell, type TestShell } from './test-shell.ts';

let till: TestShell;
let bystander: WebSocket;

beforeAll(async () => {
  till = await startTestShell();
  bystander = await connect(till.shell.origin, tokenOf(till.shell.cashierUrl));
});
afterAll(async () => {
  bystander.close();
  await till.close();
});

describe('web shell under attack', () => {
  it('answers malformed and misdirected requests with an error status', async () => {
    const { origin } = till.shell;
    expect(await rawGet(origin, '/%ZZ')).toBe(400);
    expect(await rawGet(origin, '/assets/%c0%ae')).toBe(400);
    expect(await rawGet(origin, '/index%2ehtml')).toBe(401);
    expect(await rawGet(origin, '/customer%2Ehtml')).toBe(401);
    expect(await rawGet(origin, `/?token=${tokenOf(till.shell.cashierUrl)}`, 'rebound.example')).toBe(421);
  });

  it('answers a request that is not HTTP with 400', async () => {
    const { hostname, port } = new URL(till.shell.origin);
    const socket = tcpConnect(Number(port), hostname);
    socket.write('\x00\x01 NOT HTTP\r\n\r\n');
    const answer = await new Promise<string>((resolve) => socket.once('data', (chunk: Buffer) => resolve(chunk.toString('latin1'))));
    socket.destroy();
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
  });

  const cases: Array<[string, 'cashier' | 'display', Buffer, number]> = [
    ['a JSON null frame', 'display', frame(Buffer.from('null')), 1003],
    ['a frame without an id', 'cashier', frame(Buffer.from('{"op":"app.info"}')), 1003],
    ['a binary frame', 'cashier', frame(Buffer.from('{"id":1}'), { opcode: 0x2 }), 1003],
    ['a frame over 64 KiB', 'display', frame(Buffer.alloc(70_000, 0x20)), 1009],
    ['invalid UTF-8', 'display', frame(Buffer.from([0x7b, 0xff, 0xfe, 0x7d])), 1007],
    ['an unmasked frame', 'cashier', frame(Buffer.from('{"id":1,"op":"app.info"}'), { masked: false }), 1002],
    ['the RSV1 bit', 'display', frame(Buffer.from('{"id":1,"op":"app.info"}'), { rsv: 0b100 }), 1002],
  ];

  it.each(cases)('closes only the socket that sent %s', async (_name, access, bytes, code) => {
    const url = access === 'cashier' ? till.shell.cashierUrl : till.shell.customerUrl;
    const socket = await rawUpgrade(till.shell.origin, tokenOf(url));
    expect(await closeCodeAfter(socket, bytes)).toBe(code);
    expect((await call(bystander, 'app.info', {})).ok).toBe(true);
  });

  it('then completes a PIX sale on the same process', async () => {
    const paid = new Promise<void>((resolve) =>
      bystander.on('message', (data) => {
        const message = JSON.parse(String(data)) as { event?: string; payload?: { state: string } | null };
        if (message.event === 'sale.changed' && message.payload?.state === 'paid') resolve();
      }),
    );
    const started = await call(bystander, 'sale.startPix', { amountCents: 1201 });
    expect(started).toMatchObject({ ok: true, value: { state: 'awaiting_payment' } });
    await paid;
    const current = await call(bystander, 'sale.current', {});
    expect(current).toMatchObject({ ok: true, value: { state: 'paid', amountCents: 1201 } });
  });
});
