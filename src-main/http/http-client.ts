/**
 * The one HTTP helper every provider adapter uses: timeouts, JSON in and out, and failures turned
 * into PosError with a reason that says whether the provider may have applied the request.
 * Messages name the host and path, never headers or bodies, so secrets cannot leak through errors.
 */
import { badResponse, type PosError, providerUnavailable } from '../core/errors.ts';

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  json?: unknown;
  form?: Record<string, string>;
  timeoutMs: number;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON body, or undefined when the body was empty. */
  body: unknown;
}

export type HttpSend = (request: HttpRequest) => Promise<HttpResponse>;

export function createHttpClient(fetchFn: typeof fetch): HttpSend {
  return async (request) => {
    const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
    let body: string | undefined;
    if (request.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(request.json);
    } else if (request.form !== undefined) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(request.form).toString();
    }
    const where = describe(request);
    let response: Response;
    let text: string;
    try {
      response = await fetchFn(request.url, {
        method: request.method,
        headers,
        body,
        signal: AbortSignal.timeout(request.timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      throw transportError(error, where);
    }
    // A failing server often answers with an HTML error page: its status says more than its body.
    if (response.status >= 500) return { status: response.status, headers: response.headers, body: tryParseJson(text) };
    return { status: response.status, headers: response.headers, body: parseJson(text, where) };
  };
}

function describe(request: HttpRequest): string {
  const url = new URL(request.url);
  return `${request.method} ${url.host}${url.pathname}`;
}

function parseJson(text: string, where: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badResponse(where);
  }
}

function tryParseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function transportError(error: unknown, where: string): PosError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') {
    return providerUnavailable('provider.timeout', `The provider did not answer ${where} in time`, { retryable: true });
  }
  // fetch reports refused, reset and DNS failures alike as a TypeError whose cause has the code.
  const code = (error as { cause?: { code?: string } }).cause?.code;
  const neverSent = code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN';
  if (neverSent) return providerUnavailable('provider.unreachable', `Could not connect to the provider (${where})`, { retryable: true });
  return providerUnavailable('provider.connection_lost', `The connection to the provider dropped (${where})`, { retryable: true });
}

