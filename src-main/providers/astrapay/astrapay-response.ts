/**
 * Reading Astrapay's answers: the status we expect and a body that parses, or a PosError the
 * cashier can act on. A documented refusal code becomes the reason `astrapay.<CODE>`.
 */
import * as v from 'valibot';
import { PosError } from '../../core/errors.ts';
import { unexpectedStatus, type HttpResponse } from '../../http/http-client.ts';
import { isRefusalCode } from './astrapay-codes.ts';
import { errorMessage } from './astrapay-client.ts';

export function expectBody<S extends v.GenericSchema>(
  response: HttpResponse,
  statuses: number[],
  where: string,
  schema: S,
): v.InferOutput<S> {
  expectStatus(response, statuses, where);
  const parsed = v.safeParse(schema, response.body);
  if (!parsed.success) throw garbage(where);
  return parsed.output;
}

export function expectStatus(response: HttpResponse, statuses: number[], where: string): void {
  if (statuses.includes(response.status)) return;
  const code = errorCode(response.body);
  if (response.status >= 400 && response.status < 500 && code !== undefined && isRefusalCode(code)) {
    throw new PosError('provider_rejected', `The provider refused ${where}: ${errorMessage(response.body) ?? code}`, {
      reason: `astrapay.${code}`,
    });
  }
  throw unexpectedStatus(response.status, where, errorMessage(response.body));
}

export function garbage(where: string): PosError {
  return new PosError('provider_bad_response', `The provider's answer to ${where} is not what its documentation says`, {
    retryable: true,
    reason: 'provider.garbage',
  });
}

function errorCode(body: unknown): string | undefined {
  if (typeof body === 'object' && body !== null && 'code' in body && typeof body.code === 'string') return body.code;
  return undefined;
}
