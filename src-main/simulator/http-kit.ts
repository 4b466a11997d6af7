/** The little HTTP framework the sandbox's provider modules are written in. */
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface SimRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  rawBody: string;
}

export interface SimResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface SimRoute {
  method: string;
  /** Path template with `:name` segments, e.g. `/astrapay/charge/v1/dynamic/:txid`. */
  path: string;
  handle(request: SimRequest): SimResponse | Promise<SimResponse>;
}

export interface CompiledRoute extends SimRoute {
  key: string;
  match(path: string): Record<string, string> | undefined;
}

export function compileRoute(route: SimRoute): CompiledRoute {
  const names: string[] = [];
  const pattern = new RegExp(
    `^${route.path.replace(/:([a-zA-Z]+)/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    })}$`,
  );
  return {
    ...route,
    key: `${route.method} ${route.path}`,
    match(path) {
      const found = pattern.exec(path);
      if (!found) return undefined;
      return Object.fromEntries(names.map((name, index) => [name, decodeURIComponent(found[index + 1] ?? '')]));
    },
  };
}

export function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

export function writeResponse(response: ServerResponse, reply: SimResponse): void {
  const body = reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
  const contentType = typeof reply.body === 'string' ? 'text/plain' : 'application/json';
  response.writeHead(reply.status, { 'content-type': contentType, ...reply.headers });
  response.end(body);
}

/** Parses a JSON body, answering with the provider's error shape when it is not JSON. */
export function jsonBody(request: SimRequest): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(request.rawBody) as unknown };
  } catch {
    return { ok: false };
  }
}

export function isUuid(value: unknown): boolean {
  return typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i.test(value);
}
