/**
 * One way into the till (loopback HTTP, or HTTPS on the shop's network): pages and the RPC socket.
 * Every request is parsed once, its Host checked against the names this entrance serves under, and
 * every page and socket needs a token; the socket also checks Origin, so another site open in the
 * same browser cannot drive the till. Whatever a client sends, only its request or socket fails.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocket, WebSocketServer } from 'ws';
import type { Access } from '../../src-preload/contract.ts';
import type { PosCore } from '../app/create-pos-core.ts';
import type { Logger } from '../core/ports.ts';
import type { AccessTokens } from './access-tokens.ts';
import { parseRequestTarget } from './request-target.ts';
import { serveRpcSocket } from './rpc-socket.ts';
import { sendText, serveFile } from './static-files.ts';

export interface SharedState {
  core: Pick<PosCore, 'router' | 'events'>;
  tokens: AccessTokens;
  rendererDir: string;
  wss: WebSocketServer;
  sockets: Map<WebSocket, Access>;
  maxSocketsPerToken: number;
  logger: Logger;
}

export interface EntranceRules {
  hostAllowed(header: string | undefined): boolean;
  origins(): readonly string[];
  /** False on the shop's network unless the shop enabled remote cashier pages: only the display gets in. */
  allowCashier: boolean;
}

const PAGES: Record<string, { file: string; needs: Access }> = {
  '/': { file: 'index.html', needs: 'cashier' },
  '/index.html': { file: 'index.html', needs: 'cashier' },
  '/customer.html': { file: 'customer.html', needs: 'display' },
};

export function refuseUpgrade(socket: Duplex, status: number): void {
  if (!socket.writable) return void socket.destroy();
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

export function createEntrance(shared: SharedState, rules: EntranceRules) {
  const admitted = (presented: string | null): Access | undefined => {
    const access = shared.tokens.accessFor(presented);
    return access === 'cashier' && !rules.allowCashier ? undefined : access;
  };
  const grants = (access: Access | undefined, needs: Access) => access === 'cashier' || access === needs;
  const openSockets = (access: Access) => [...shared.sockets.values()].filter((owner) => owner === access).length;

  return {
    onRequest(request: IncomingMessage, response: ServerResponse): void {
      const target = parseRequestTarget(request.url);
      if (!target) return sendText(response, 400, 'Bad request');
      if (!rules.hostAllowed(request.headers.host)) return sendText(response, 421, 'Misdirected request');
      if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'Method not allowed');
      const page = PAGES[target.path];
      if (!page) return void serveFile(shared.rendererDir, target.path, response);
      if (!grants(admitted(target.token), page.needs)) {
        return sendText(response, 401, 'Acesso negado: token inválido. / Access denied: invalid token.');
      }
      void serveFile(shared.rendererDir, page.file, response);
    },

    onUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
      socket.on('error', () => socket.destroy());
      const target = parseRequestTarget(request.url);
      if (!target) return refuseUpgrade(socket, 400);
      if (!rules.hostAllowed(request.headers.host)) return refuseUpgrade(socket, 421);
      const access = admitted(target.token);
      if (target.path !== '/rpc' || !access) return refuseUpgrade(socket, 401);
      if (!rules.origins().includes(request.headers.origin ?? '')) return refuseUpgrade(socket, 403);
      if (openSockets(access) >= shared.maxSocketsPerToken) return refuseUpgrade(socket, 429);
      shared.wss.handleUpgrade(request, socket, head, (ws) => {
        shared.sockets.set(ws, access);
        ws.on('close', () => shared.sockets.delete(ws));
        serveRpcSocket(ws, access, shared.core, shared.logger);
      });
    },
  };
}
