/**
 * The web shell: the built renderer over HTTP and the contract over a WebSocket, on loopback.
 * Every page and socket needs this launch's token; the socket also checks Origin, so another site
 * open in the same browser cannot drive the till.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { EVENT_NAMES, type Access } from '../../src-preload/contract.ts';
import type { PosCore } from '../app/create-pos-core.ts';
import { createAccessTokens } from './access-tokens.ts';
import { sendText, serveFile } from './static-files.ts';

export interface WebShellOptions {
  core: Pick<PosCore, 'router' | 'events'>;
  rendererDir: string;
  port?: number;
  host?: string;
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

export async function startWebShell(options: WebShellOptions): Promise<WebShell> {
  const host = options.host ?? '127.0.0.1';
  const tokens = createAccessTokens();
  const sockets = new Set<WebSocket>();
  let origins: string[] = [];

  const grants = (access: Access | undefined, needs: Access) => access === 'cashier' || access === needs;

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://till');
    const page = PAGES[url.pathname];
    if (!page) return void serveFile(options.rendererDir, url.pathname, response);
    if (!grants(tokens.accessFor(url.searchParams.get('token')), page.needs)) {
      return sendText(response, 401, 'Acesso negado: token inválido. / Access denied: invalid token.');
    }
    void serveFile(options.rendererDir, page.file, response);
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  server.on('upgrade', (request: IncomingMessage, socket, head) => {
    const url = new URL(request.url ?? '/', 'http://till');
    const access = tokens.accessFor(url.searchParams.get('token'));
    if (url.pathname !== '/rpc' || !access || !origins.includes(request.headers.origin ?? '')) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => serveSocket(ws, access));
  });

  const serveSocket = (ws: WebSocket, access: Access) => {
    sockets.add(ws);
    const unsubscribe = EVENT_NAMES.map((event) =>
      options.core.events.on(event, (payload) => ws.send(JSON.stringify({ event, payload }))),
    );
    ws.on('message', async (data) => {
      let message: { id?: unknown; op?: unknown; input?: unknown };
      try {
        message = JSON.parse(String(data)) as typeof message;
      } catch {
        return ws.close(1003, 'Not JSON');
      }
      if (typeof message.id !== 'number') return ws.close(1003, 'Missing id');
      const reply = await options.core.router.handle(message.op, message.input, access);
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ id: message.id, reply }));
    });
    ws.on('close', () => {
      sockets.delete(ws);
      for (const off of unsubscribe) off();
    });
  };

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
      for (const ws of sockets) ws.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
