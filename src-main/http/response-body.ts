/**
 * The one check of a provider's answer: a status we expect and a body of the documented shape, or the
 * provider's own explanation of the failure (each adapter says how to read its error bodies).
 */
import * as v from 'valibot';
import { badResponse, type PosError } from '../core/errors.ts';
import type { HttpResponse } from './http-client.ts';

/** Turns an answer with an unexpected status into the adapter's error. */
export type ExplainFailure = (response: HttpResponse, where: string) => PosError;

export function expectBody<S extends v.GenericSchema>(
  response: HttpResponse,
  statuses: readonly number[],
  where: string,
  schema: S,
  explain: ExplainFailure,
): v.InferOutput<S> {
  if (!statuses.includes(response.status)) throw explain(response, where);
  const parsed = v.safeParse(schema, response.body);
  if (!parsed.success) throw badResponse(where);
  return parsed.output;
}
