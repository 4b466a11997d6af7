import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { WebSocketServer, type WebSocket as ServerSocket } from 'ws';
import {
  CONNECTION_LOST,
  createWebTransport,
  type WebTransport,
} from '../../../../src-renderer/src/lib/web-transport.ts';
import type { ConnectionStatus } from '../../../../src-renderer/src/lib/connection.ts';

interface Request {
  id: number;
  op: string;
  input: unknown;
}

/** A stand-in web shell on loopback that records what it got and answers as each test scripts. */
class FakeShell {
  readonly server: WebSocketServer;
  readonly sockets: ServerSocket[] = [];
  readonly urls: string[] = [];
  readonly requests: Request[] = [];
  readonly #waiters: Array<() => void> = [];

  constructor(server: WebSocketServer) {
    this.server = server;
    server.on('connection', (socket, request) => {
      this.sockets.push(socket);
      this.urls.push(request.url ?? '');
      socket.on('message', (data) => {
        this.requests.push(JSON.parse(String(data)) as Request);
        this.#wake();
      });
      this.#wake();
    });
  }

  static async start(): Promise<FakeShell> {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    return new FakeShell(server);
  }

  get url(): string {
    return `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}/rpc?token=t0k3n`;
  }

  get socket(): ServerSocket {
    const socket = this.sockets.at(-1);
    if (!socket) throw new Error('no client connected');
    return socket;
  }

  async until(condition: () => boolean): Promise<void> {
    while (!condition()) await new Promise<void>((resolve) => this.#waiters.push(resolve));
  }

  send(frame: unknown): void {
    this.socket.send(JSON.stringify(frame));
  }

  close(): Promise<void> {
    for (const socket of this.server.clients) socket.terminate();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  #wake(): void {
    for (const wake of this.#waiters.splice(0)) wake();
  }
}

function reaches(transport: WebTransport, wanted: ConnectionStatus): Promise<void> {
  return new Promise((resolve) => {
    if (transport.status === wanted) return resolve();
    const stop = transport.onStatus((status) => {
      if (status !== wanted) return;
      stop();
      resolve();
    });
  });
}

describe('web transport', () => {
  let shell: FakeShell;
  let transport: WebTransport;

  beforeEach(async () => {
    shell = await FakeShell.start();
    transport = createWebTransport({ url: shell.url, retryDelaysMs: [20] });
  });

  afterEach(async () => {
    transport.close();
    await shell.close();
  });

  it('sends calls made before the socket opened, as {id, op, input} frames on the given URL', async () => {
    const reply = transport.invoke('sale.startPix', { amountCents: 1234 });
    await shell.until(() => shell.requests.length === 1);
    expect(shell.urls).toEqual(['/rpc?token=t0k3n']);
    expect(shell.requests[0]).toEqual({ id: expect.any(Number), op: 'sale.startPix', input: { amountCents: 1234 } });
    shell.send({ id: shell.requests[0]?.id, reply: { ok: true, value: 'started' } });
    await expect(reply).resolves.toEqual({ ok: true, value: 'started' });
  });

  it('matches replies to calls by id, whatever order they come back in', async () => {
    const first = transport.invoke('app.info', {});
    const second = transport.invoke('sale.current', {});
    await shell.until(() => shell.requests.length === 2);
    const [infoCall, saleCall] = shell.requests;
    expect(infoCall?.id).not.toBe(saleCall?.id);
    shell.send({ id: saleCall?.id, reply: { ok: true, value: 'sale' } });
    shell.send({
      id: infoCall?.id,
      reply: { ok: false, error: { code: 'forbidden', message: 'no', retryable: false } },
    });
    await expect(second).resolves.toEqual({ ok: true, value: 'sale' });
    await expect(first).resolves.toEqual({ ok: false, error: { code: 'forbidden', message: 'no', retryable: false } });
  });

  it('hands events to the listeners of that event only, until they unsubscribe', async () => {
    const sales: unknown[] = [];
    const infos: unknown[] = [];
    const stopSales = transport.on('sale.changed', (payload) => sales.push(payload));
    transport.on('app.changed', (payload) => infos.push(payload));
    await reaches(transport, 'open');

    shell.send({ event: 'sale.changed', payload: { id: 'a' } });
    shell.send({ event: 'app.changed', payload: { language: 'en' } });
    shell.send({ event: 'not.an.event', payload: 1 });
    shell.send({ event: 'sale.changed', payload: null });
    await expect.poll(() => sales.length).toBe(2);
    expect(sales).toEqual([{ id: 'a' }, null]);
    expect(infos).toEqual([{ language: 'en' }]);

    stopSales();
    shell.send({ event: 'sale.changed', payload: { id: 'b' } });
    shell.send({ event: 'app.changed', payload: { language: 'pt-BR' } });
    await expect.poll(() => infos.length).toBe(2);
    expect(sales).toHaveLength(2);
  });

  it('keeps delivering an event to other listeners when one throws', async () => {
    const seen: unknown[] = [];
    const quiet = console.error;
    console.error = () => {};
    try {
      transport.on('sale.changed', () => {
        throw new Error('broken listener');
      });
      transport.on('sale.changed', (payload) => seen.push(payload));
      await reaches(transport, 'open');
      shell.send({ event: 'sale.changed', payload: null });
      await expect.poll(() => seen).toEqual([null]);
    } finally {
      console.error = quiet;
    }
  });

  it('ignores frames that are not JSON or not for it', async () => {
    const call = transport.invoke('sale.current', {});
    await shell.until(() => shell.requests.length === 1);
    shell.socket.send('not json');
    shell.send({ id: 999, reply: { ok: true, value: 'stray' } });
    shell.send({ id: shell.requests[0]?.id, reply: 'no ok field' });
    shell.send({ id: shell.requests[0]?.id, reply: { ok: true, value: null } });
    await expect(call).resolves.toEqual({ ok: true, value: null });
  });

  it('answers pending calls with a "connection lost" error reply when the socket closes', async () => {
    const call = transport.invoke('sale.startPix', { amountCents: 500 });
    await shell.until(() => shell.requests.length === 1);
    shell.socket.terminate();
    const reply = await call;
    expect(reply).toEqual({ ok: false, error: CONNECTION_LOST });
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal', message: 'Connection to the till lost' } });
  });

  it('answers at once, instead of hanging, while it is waiting to reconnect', async () => {
    await reaches(transport, 'open');
    const lost = reaches(transport, 'lost');
    await shell.close();
    await lost;
    await expect(transport.invoke('sale.current', {})).resolves.toEqual({ ok: false, error: CONNECTION_LOST });
  });

  it('reconnects after the socket drops, reports it, and carries calls and events again', async () => {
    const sales: unknown[] = [];
    transport.on('sale.changed', (payload) => sales.push(payload));
    await reaches(transport, 'open');
    const statuses: ConnectionStatus[] = [];
    transport.onStatus((status) => statuses.push(status));

    shell.socket.terminate();
    await shell.until(() => shell.sockets.length === 2);
    await expect.poll(() => transport.status).toBe('open');
    expect(statuses).toEqual(['lost', 'open']);

    const call = transport.invoke('sale.current', {});
    await shell.until(() => shell.requests.length === 1);
    shell.send({ id: shell.requests[0]?.id, reply: { ok: true, value: null } });
    await expect(call).resolves.toEqual({ ok: true, value: null });
    shell.send({ event: 'sale.changed', payload: null });
    await expect.poll(() => sales).toEqual([null]);
  });

  it('stops for good when closed: pending calls answered, no reconnect', async () => {
    const sockets: WebSocket[] = [];
    vi.stubGlobal(
      'WebSocket',
      class extends WebSocket {
        constructor(url: string | URL) {
          super(url);
          sockets.push(this);
        }
      },
    );
    onTestFinished(() => {
      vi.unstubAllGlobals();
    });
    const planned: number[] = [];
    const own = createWebTransport({ url: shell.url, after: (ms) => (planned.push(ms), () => undefined) });
    await reaches(own, 'open');
    const call = own.invoke('app.info', {});
    await shell.until(() => shell.requests.length === 1);
    own.close();
    await expect(call).resolves.toEqual({ ok: false, error: CONNECTION_LOST });
    // Once its socket has fired `close`, a transport that meant to reconnect would have planned it.
    await expect.poll(() => sockets[0]?.readyState).toBe(WebSocket.CLOSED);
    expect(planned).toEqual([]);
    expect(sockets).toHaveLength(1);
  });

  it('plans a reconnect when the socket drops on its own', async () => {
    const planned: number[] = [];
    const own = createWebTransport({ url: shell.url, retryDelaysMs: [30_000], after: (ms) => (planned.push(ms), () => undefined) });
    await reaches(own, 'open');
    for (const socket of shell.sockets) socket.terminate();
    await reaches(own, 'lost');
    expect(planned).toEqual([30_000]);
    own.close();
  });
});
