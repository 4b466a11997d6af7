/**
 * Reading Astrapay's answers: the status we expect and a body that parses, or a PosError the
 * cashier can act on. A documented refusal code becomes the reason `astrapay.<CODE>`.
 */
import type * as v from 'valibot';
import { type PosError, providerRejected, unexpectedStatus } from '../../core/errors.ts';
import type { HttpResponse } from '../../http/http-client.ts';
import { expectBody as expectDocumentedBody } from '../../http/response-body.ts';
import { isRefusalCode } from './astrapay-codes.ts';
import { errorMessage } from './astrapay-client.ts';

export function expectBody<S extends v.GenericSchema>(response: HttpResponse, statuses: number[], where: string, schema: S): v.InferOutput<S> {
  return expectDocumentedBody(response, statuses, where, schema, astrapayFailure);
}

export function expectStatus(response: HttpResponse, statuses: number[], where: string): void {
  if (!statuses.includes(response.status)) throw astrapayFailure(response, where);
}

function astrapayFailure(response: HttpResponse, where: string): PosError {
  const code = errorCode(response.body);
  if (response.status >= 400 && response.status < 500 && code !== undefined && isRefusalCode(code)) {
    return providerRejected(`astrapay.${code}`, `The provider refused ${where}: ${errorMessage(response.body) ?? code}`);
  }
  return unexpectedStatus(response.status, where, errorMessage(response.body));
}

function errorCode(body: unknown): string | undefined {
  if (typeof body === 'object' && body !== null && 'code' in body && typeof body.code === 'string') return body.code;
  return undefined;
}
