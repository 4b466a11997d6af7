/** Test clients for the web shell: a well-behaved one (the `ws` library) and a raw TCP one that can send anything. */
import { request } from 'node:http';
import { connect as tcpConnect, type Socket } from 'node:net';
import WebSocket from 'ws';

export type Reply = { ok: boolean; value?: unknown; error?: { code: string; reason?: string } };

export const tokenOf = (url: string) => new URL(url).searchParams.get('token') ?? '';

export function connect(origin: string, token: string, headers: { origin?: string } = {}): Promise<WebSocket> {
  const socket = new WebSocket(`${origin.replace(/^http/, 'ws')}/rpc?token=${encodeURIComponent(token)}`, {
    origin: headers.origin ?? origin,
    rejectUnauthorized: false,
  });
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket));
    socket.once('unexpected-response', (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
    socket.once('error', reject);
  });
}

let nextId = 1;
export function call(socket: WebSocket, op: string, input: unknown): Promise<Reply> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const onMessage = (data: WebSocket.RawData) => {
      const message = JSON.parse(String(data)) as { id?: number; reply?: Reply };
      if (message.id === id && message.reply) {
        socket.off('message', onMessage);
        resolve(message.reply);
      }
    };
    socket.on('message', onMessage);
    socket.once('close', () => reject(new Error('socket closed')));
    socket.send(JSON.stringify({ id, op, input }));
  });
}

/** A GET with a raw (unnormalized) path and any Host header; resolves with the status code. */
export function rawGet(origin: string, path: string, host?: string): Promise<number> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, headers: { host: host ?? `${hostname}:${port}` } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Completes a WebSocket handshake by hand, so the test can then write frames no library would send. */
export function rawUpgrade(origin: string, token: string): Promise<Socket> {
  const { hostname, port } = new URL(origin);
  const socket = tcpConnect(Number(port), hostname);
  socket.write(
    [
      `GET /rpc?token=${encodeURIComponent(token)} HTTP/1.1`,
      `Host: ${hostname}:${port}`,
      'Upgrade: websocket',
      'Connection: Upgrade',
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
      'Sec-WebSocket-Version: 13',
      `Origin: ${origin}`,
      '',
      '',
    ].join('\r\n'),
  );
  return new Promise((resolve, reject) => {
    socket.once('data', (chunk: Buffer) =>
      chunk.toString('latin1').startsWith('HTTP/1.1 101') ? resolve(socket) : reject(new Error(chunk.toString('latin1'))),
    );
    socket.once('error', reject);
  });
}

/** A client frame: FIN, the given RSV bits and opcode, masked unless told otherwise. */
export function frame(payload: Buffer, options: { opcode?: number; rsv?: number; masked?: boolean; declaredLength?: number } = {}): Buffer {
  const length = options.declaredLength ?? payload.length;
  const masked = options.masked ?? true;
  const head = [0x80 | ((options.rsv ?? 0) << 4) | (options.opcode ?? 0x1)];
  const maskBit = masked ? 0x80 : 0;
  if (length < 126) head.push(maskBit | length);
  else if (length < 65536) head.push(maskBit | 126, length >> 8, length & 0xff);
  else head.push(maskBit | 127, 0, 0, 0, 0, (length >>> 24) & 0xff, (length >> 16) & 0xff, (length >> 8) & 0xff, length & 0xff);
  if (!masked) return Buffer.concat([Buffer.from(head), payload]);
  const mask = [0x12, 0x34, 0x56, 0x78];
  const body = Buffer.from(payload.map((byte, index) => byte ^ (mask[index % 4] ?? 0)));
  return Buffer.concat([Buffer.from([...head, ...mask]), body]);
}

/** The close code of the first close frame among the (unmasked) server frames in `data`. */
function closeCodeIn(data: Buffer): number | undefined {
  let at = 0;
  while (at + 2 <= data.length) {
    const opcode = (data[at] ?? 0) & 0x0f;
    let length = (data[at + 1] ?? 0) & 0x7f;
    let start = at + 2;
    if (length === 126) [length, start] = [data.readUInt16BE(at + 2), at + 4];
    else if (length === 127) [length, start] = [Number(data.readBigUInt64BE(at + 2)), at + 10];
    if (start + length > data.length) return undefined;
    if (opcode === 0x8) return length >= 2 ? data.readUInt16BE(start) : 1005;
    at = start + length;
  }
  return undefined;
}

/** Writes `bytes` and resolves with the close code the server answers (0 when it just drops the connection). */
export function closeCodeAfter(socket: Socket, bytes: Buffer): Promise<number> {
  let received = Buffer.alloc(0);
  return new Promise((resolve) => {
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const code = closeCodeIn(received);
      if (code !== undefined) {
        socket.destroy();
        resolve(code);
      }
    });
    socket.on('error', () => {});
    socket.once('close', () => resolve(0));
    socket.write(bytes);
  });
}
