/**
 * The demo PSP sandbox: a loopback HTTP server speaking the providers' documented APIs, keeping its
 * state in `sandbox.sqlite` in its data dir, with request counters (for the benchmark) and per-request
 * fault injection (for tests and demos). It runs inside the till (the composition root starts it) or
 * on its own (`cli.ts`). Control endpoints live under /__sim and are not part of any provider's API.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import * as v from 'valibot';
import { systemClock, type Clock } from '../core/ports.ts';
import { createFaultBook, FaultSchema, type Fault } from './faults.ts';
import { compileRoute, jsonBody, readBody, writeResponse, type SimRequest, type SimResponse } from './http-kit.ts';
import type { SandboxModule } from './sandbox-module.ts';
import { SANDBOX_MODULES } from './sandbox-modules.ts';
import { openSandboxDb } from './store/sandbox-db.ts';

export interface SimulatorOptions {
  port?: number;
  clock?: Clock;
  /** How long a charge ending in 1 cent takes to pay itself (the seed says "within 1 minute"). */
  autoPayDelayMs?: number;
  tokenTtlSeconds?: number;
  /** Where the sandbox keeps its state (`sandbox.sqlite`); without it, in memory only. */
  dataDir?: string;
}

export interface SimulatorStats {
  requests: Record<string, number>;
  /** Time spent inside route handlers, so benchmarks can subtract the sandbox's own work. */
  handlingMs: number;
}

export interface Simulator {
  url: string;
  /** Each provider the sandbox speaks, with where it lives and its demo credentials. */
  providers: readonly Pick<SandboxModule, 'name' | 'prefix' | 'demoCredentials'>[];
  arm(fault: Fault): void;
  stats(): SimulatorStats;
  resetStats(): void;
  close(): Promise<void>;
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const clock = options.clock ?? systemClock;
  const db = openSandboxDb(options.dataDir);
  const context = { clock, db, autoPayDelayMs: options.autoPayDelayMs ?? 5000, tokenTtlSeconds: options.tokenTtlSeconds ?? 3600 };
  const modules = SANDBOX_MODULES.map((create) => create(context));
  const routes = modules.flatMap((module) => module.routes).map(compileRoute);
  const controls = modules.flatMap((module) => module.controls).map(compileRoute);
  const faults = createFaultBook();
  let stats: SimulatorStats = { requests: {}, handlingMs: 0 };
  const sockets = new Set<Socket>();
  let closing: Promise<void> | undefined;

  const control = async (request: SimRequest): Promise<SimResponse | undefined> => {
    if (request.method === 'POST' && request.path === '/__sim/faults') {
      const body = jsonBody(request);
      if (!body.ok) return { status: 400, body: { message: 'Fault is not JSON' } };
      const parsed = v.safeParse(FaultSchema, body.value);
      if (!parsed.success) return { status: 400, body: { message: parsed.issues[0].message } };
      faults.arm(parsed.output);
      return { status: 204 };
    }
    if (request.method === 'DELETE' && request.path === '/__sim/faults') {
      faults.clear();
      return { status: 204 };
    }
    if (request.method === 'GET' && request.path === '/__sim/stats') return { status: 200, body: stats };
    const route = controls.find((candidate) => candidate.method === request.method && candidate.match(request.path));
    return route?.handle({ ...request, params: route.match(request.path) ?? {} });
  };

  const handle = async (incoming: IncomingMessage, response: ServerResponse) => {
    const url = new URL(incoming.url ?? '/', 'http://sandbox');
    const request: SimRequest = {
      method: incoming.method ?? 'GET',
      path: url.pathname,
      params: {},
      query: url.searchParams,
      headers: incoming.headers,
      rawBody: await readBody(incoming),
    };
    const controlled = await control(request);
    if (controlled) return writeResponse(response, controlled);

    const key = `${request.method} ${request.path}`;
    const route = routes.find((candidate) => candidate.method === request.method && candidate.match(request.path));
    const statsKey = route?.key ?? key;
    stats.requests[statsKey] = (stats.requests[statsKey] ?? 0) + 1;
    const fault = faults.take(key);
    if (fault?.kind === 'latency') await sleep(fault.ms ?? 1000);
    if (fault?.kind === 'reset') return incoming.socket.destroy();
    if (fault?.kind === 'status') return writeResponse(response, { status: fault.status ?? 503, body: { code: 'SANDBOX_FAULT', message: 'Injected failure' } });
    if (fault?.kind === 'garbage') return writeResponse(response, { status: 200, body: '<html>502 Bad Gateway</html>' });
    if (fault?.kind === 'expired_token') for (const module of modules) module.expireTokens();

    if (!route) return writeResponse(response, { status: 404, body: { code: 'NOT_FOUND', message: 'No such endpoint' } });
    request.params = route.match(request.path) ?? {};
    const started = performance.now();
    const reply = await route.handle(request);
    stats.handlingMs += performance.now() - started;

    if (fault?.kind === 'timeout_after_commit') {
      // The charge now exists, but the client never hears about it.
      await sleep(fault.ms ?? 30_000);
      return incoming.socket.destroy();
    }
    writeResponse(response, reply);
  };

  const server = createServer((incoming, response) => {
    handle(incoming, response).catch(() => {
      if (!response.headersSent) writeResponse(response, { status: 500, body: { code: 'INTERNAL', message: 'Sandbox error' } });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    providers: modules.map(({ name, prefix, demoCredentials }) => ({ name, prefix, demoCredentials })),
    arm: (fault) => faults.arm(fault),
    stats: () => structuredClone(stats),
    resetStats() {
      stats = { requests: {}, handlingMs: 0 };
    },
    close() {
      closing ??= new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => {
          db.close();
          resolve();
        });
      });
      return closing;
    },
  };
}
