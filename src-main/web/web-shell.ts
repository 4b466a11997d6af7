/**
 * The web shell: the built renderer over HTTP and the contract over a WebSocket on loopback (the
 * default), and optionally over HTTPS on the shop's network for tablets showing the customer display.
 * Tokens are kept per install; rotating them closes every socket opened with the old ones.
 */
import { realpathSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Access } from '../../src-preload/contract.ts';
import type { PosCore } from '../app/create-pos-core.ts';
import { silentLogger } from '../core/logger.ts';
import type { Logger } from '../core/ports.ts';
import { createAccessTokens, type AccessTokens } from './access-tokens.ts';
import { createEntrance, refuseUpgrade, type EntranceRules, type SharedState } from './entrance.ts';
import { createHostCheck } from './host-check.ts';
import type { TillCertificate } from './tls/self-signed.ts';

export interface LanOptions {
  address: string;
  port?: number;
  certificate: TillCertificate;
  /** Serve the cashier pages on the shop's network too (off unless the shop enables it). */
  remoteCashier?: boolean;
}

export interface WebShellOptions {
  core: Pick<PosCore, 'router' | 'events'>;
  rendererDir: string;
  port?: number;
  host?: string;
  tokens?: AccessTokens;
  /** Extra Host names the shell answers to (besides 127.0.0.1, localhost and the addresses it listens on). */
  hostNames?: readonly string[];
  lan?: LanOptions;
  maxSocketsPerToken?: number;
  logger?: Logger;
}

export interface LanEntrance {
  origin: string;
  customerUrl: string;
  cashierUrl: string | undefined;
  fingerprint: string;
}

export interface WebShell {
  readonly cashierUrl: string;
  readonly customerUrl: string;
  readonly origin: string;
  readonly port: number;
  readonly lan: LanEntrance | undefined;
  close(): Promise<void>;
}

/** A closed socket's page reconnects with its token; after a rotation that token is refused. */
const TOKENS_ROTATED = 4001;
const MAX_PAYLOAD_BYTES = 64 * 1024;

const originOf = (scheme: string, address: string, port: number) =>
  `${scheme}://${address.includes(':') ? `[${address}]` : address}:${port}`;

async function listen(server: Server, port: number, address: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, address, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return (server.address() as AddressInfo).port;
}

function attach(server: Server, shared: SharedState, rules: EntranceRules): void {
  const entrance = createEntrance(shared, rules);
  server.on('request', entrance.onRequest);
  server.on('upgrade', entrance.onUpgrade);
  // Unparsable HTTP or a failed TLS handshake: answer 400 when the socket can take it; never let the error escape.
  server.on('clientError', (_error, socket) => refuseUpgrade(socket, 400));
  server.on('tlsClientError', (_error, socket) => socket.destroy());
}

export async function startWebShell(options: WebShellOptions): Promise<WebShell> {
  const host = options.host ?? '127.0.0.1';
  const tokens = options.tokens ?? createAccessTokens();
  const shared: SharedState = {
    core: options.core,
    tokens,
    rendererDir: realpathSync(options.rendererDir),
    wss: new WebSocketServer({ noServer: true, maxPayload: MAX_PAYLOAD_BYTES }),
    sockets: new Map<WebSocket, Access>(),
    maxSocketsPerToken: options.maxSocketsPerToken ?? 16,
    logger: options.logger ?? silentLogger,
  };
  const names = options.hostNames ?? [];

  const local = createServer();
  let localOrigins: string[] = [];
  attach(local, shared, { hostAllowed: createHostCheck([host, ...names]), origins: () => localOrigins, allowCashier: true });
  const port = await listen(local, options.port ?? 0, host);
  const origin = originOf('http', host, port);
  localOrigins = [origin, originOf('http', 'localhost', port)];

  const servers: Server[] = [local];
  let lan: { origin: string; options: LanOptions } | undefined;
  if (options.lan) {
    const { address, certificate, remoteCashier = false } = options.lan;
    const secure = createTlsServer({ cert: certificate.cert, key: certificate.key, minVersion: 'TLSv1.2' });
    let lanOrigins: string[] = [];
    attach(secure, shared, { hostAllowed: createHostCheck([address, ...names]), origins: () => lanOrigins, allowCashier: remoteCashier });
    servers.push(secure);
    const lanPort = await listen(secure, options.lan.port ?? 0, address);
    lanOrigins = [address, ...names].map((name) => originOf('https', name, lanPort));
    lan = { origin: originOf('https', address, lanPort), options: options.lan };
  }

  const unsubscribe = tokens.onRotate(() =>
    // After the rotation's own reply has gone out.
    setImmediate(() => {
      for (const ws of shared.sockets.keys()) ws.close(TOKENS_ROTATED, 'Access tokens rotated');
    }),
  );

  return {
    get cashierUrl() {
      return `${origin}/?token=${tokens.cashier}`;
    },
    get customerUrl() {
      return `${origin}/customer.html?token=${tokens.display}`;
    },
    origin,
    port,
    get lan() {
      if (!lan) return undefined;
      return {
        origin: lan.origin,
        customerUrl: `${lan.origin}/customer.html?token=${tokens.display}`,
        cashierUrl: lan.options.remoteCashier ? `${lan.origin}/?token=${tokens.cashier}` : undefined,
        fingerprint: lan.options.certificate.fingerprint,
      };
    },
    async close() {
      unsubscribe();
      for (const ws of shared.sockets.keys()) ws.terminate();
      shared.wss.close();
      await Promise.all(
        servers.map((server) => {
          server.closeAllConnections();
          return new Promise((resolve) => server.close(resolve));
        }),
      );
    },
  };
}
