/**
 * The web shell: the built renderer over HTTP and the contract over a WebSocket, on loopback.
 * Every request is parsed once, its Host checked against the names we serve under, and every page
 * and socket needs a token; the socket also checks Origin, so another site open in the same
 * browser cannot drive the till. No input from any client can end the process.
 */
import { realpathSync } from 'node:fs';
import { createServer, STATUS_CODES, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Access } from '../../src-preload/contract.ts';
import type { PosCore } from '../app/create-pos-core.ts';
import { silentLogger } from '../core/logger.ts';
import type { Logger } from '../core/ports.ts';
import { createAccessTokens, type AccessTokens } from './access-tokens.ts';
import { createHostCheck } from './host-check.ts';
import { parseRequestTarget } from './request-target.ts';
import { serveRpcSocket } from './rpc-socket.ts';
import { sendText, serveFile } from './static-files.ts';

export interface WebShellOptions {
  core: Pick<PosCore, 'router' | 'events'>;
  rendererDir: string;
  port?: number;
  host?: string;
  tokens?: AccessTokens;
  /** Extra Host names the shell answers to (besides 127.0.0.1, localhost and `host`). */
  hostNames?: readonly string[];
  maxSocketsPerToken?: number;
  logger?: Logger;
}

export interface WebShell {
  cashierUrl: string;
  customerUrl: string;
  origin: string;
  close(): Promise<void>;
}

const PAGES: Record<string, { file: string; needs: Access }> = {
  '/': { file: 'index.html', needs: 'cashier' },
  '/index.html': { file: 'index.html', needs: 'cashier' },
  '/customer.html': { file: 'customer.html', needs: 'display' },
};
const MAX_PAYLOAD_BYTES = 64 * 1024;

function refuseUpgrade(socket: Duplex, status: number): void {
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

export async function startWebShell(options: WebShellOptions): Promise<WebShell> {
  const host = options.host ?? '127.0.0.1';
  const logger = options.logger ?? silentLogger;
  const tokens = options.tokens ?? createAccessTokens();
  const rendererDir = realpathSync(options.rendererDir);
  const hostAllowed = createHostCheck([host, ...(options.hostNames ?? [])]);
  const maxSockets = options.maxSocketsPerToken ?? 16;
  const sockets = new Map<WebSocket, Access>();
  let origins: string[] = [];

  const grants = (access: Access | undefined, needs: Access) => access === 'cashier' || access === needs;
  const openSockets = (access: Access) => [...sockets.values()].filter((owner) => owner === access).length;

  const server = createServer((request, response) => {
    const target = parseRequestTarget(request.url);
    if (!target) return sendText(response, 400, 'Bad request');
    if (!hostAllowed(request.headers.host)) return sendText(response, 421, 'Misdirected request');
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'Method not allowed');
    const page = PAGES[target.path];
    if (!page) return void serveFile(rendererDir, target.path, response);
    if (!grants(tokens.accessFor(target.token), page.needs)) {
      return sendText(response, 401, 'Acesso negado: token inválido. / Access denied: invalid token.');
    }
    void serveFile(rendererDir, page.file, response);
  });
  // Unparsable HTTP: answer 400 when the socket can still take it, never let the error escape.
  server.on('clientError', (_error, socket) => (socket.writable ? refuseUpgrade(socket, 400) : socket.destroy()));

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_PAYLOAD_BYTES });
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const target = parseRequestTarget(request.url);
    if (!target) return refuseUpgrade(socket, 400);
    if (!hostAllowed(request.headers.host)) return refuseUpgrade(socket, 421);
    const access = tokens.accessFor(target.token);
    if (target.path !== '/rpc' || !access) return refuseUpgrade(socket, 401);
    if (!origins.includes(request.headers.origin ?? '')) return refuseUpgrade(socket, 403);
    if (openSockets(access) >= maxSockets) return refuseUpgrade(socket, 429);
    wss.handleUpgrade(request, socket, head, (ws) => {
      sockets.set(ws, access);
      ws.on('close', () => sockets.delete(ws));
      serveRpcSocket(ws, access, options.core, logger);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://${host}:${port}`;
  origins = [origin, `http://localhost:${port}`];

  return {
    cashierUrl: `${origin}/?token=${tokens.cashier}`,
    customerUrl: `${origin}/customer.html?token=${tokens.display}`,
    origin,
    async close() {
      for (const ws of sockets.keys()) ws.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
