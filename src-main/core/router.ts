/**
 * The router is the only door from a window into main: it checks that the operation exists and that
 * the caller may use it, validates the input against the contract's schema, calls one handler and
 * answers with plain JSON or a typed error. A refused input never reaches a service.
 */
import * as v from 'valibot';
import {
  isOperationName,
  operations,
  type Access,
  type OperationName,
  type OperationOutput,
  type Reply,
} from '../../src-preload/contract.ts';
import { PosError, toErrorData } from './errors.ts';
import type { Logger } from './ports.ts';

export type Handlers = {
  [K in OperationName]: (
    input: v.InferOutput<(typeof operations)[K]['input']>,
  ) => OperationOutput<K> | Promise<OperationOutput<K>>;
};

export interface Router {
  handle(name: unknown, input: unknown, access: Access): Promise<Reply<unknown>>;
}

export function createRouter(handlers: Handlers, logger: Logger): Router {
  return {
    async handle(name, input, access) {
      try {
        if (!isOperationName(name)) {
          throw new PosError('invalid_input', 'Unknown operation', { reason: 'operation.unknown' });
        }
        const spec = operations[name];
        if (spec.access !== 'display' && access !== 'cashier') {
          throw new PosError('forbidden', 'The customer display cannot do that', { reason: 'access.read_only' });
        }
        const parsed = v.safeParse(spec.input, input ?? {});
        if (!parsed.success) throw inputError(spec.input, parsed.issues[0]);
        const handler = handlers[name] as (input: unknown) => unknown;
        return { ok: true, value: (await handler(parsed.output)) ?? null };
      } catch (error) {
        const data = toErrorData(error);
        if (data.code === 'internal') logger.error('Operation failed', { operation: String(name), error: String(error) });
        else logger.warn('Operation refused', { operation: String(name), code: data.code, reason: data.reason });
        return { ok: false, error: data };
      }
    },
  };
}

function inputError(schema: v.GenericSchema, issue: v.BaseIssue<unknown>): PosError {
  const field = issue.path?.map((item) => String(item.key)).join('.');
  // Contract schemas name their messages with stable keys (e.g. amount.too_large) the UI translates.
  const message = missingFieldMessage(schema, issue) ?? issue.message;
  const reason = /^[a-z_]+\.[a-z_]+$/.test(message) ? message : 'input.invalid';
  // Only our own keys go into the message: valibot's default messages quote the received value (a card number, say).
  const said = reason === 'input.invalid' ? 'not accepted' : reason;
  return new PosError('invalid_input', field ? `Invalid ${field}: ${said}` : `Invalid input: ${said}`, {
    reason,
    ...(field ? { field } : {}),
  });
}

/** Valibot reports a missing key with the object's message; the field's own schema names it better. */
function missingFieldMessage(schema: v.GenericSchema, issue: v.BaseIssue<unknown>): string | undefined {
  const key = issue.path?.length === 1 ? issue.path[0]?.key : undefined;
  if (issue.input !== undefined || typeof key !== 'string' || !('entries' in schema)) return undefined;
  const entry = (schema.entries as Record<string, v.GenericSchema>)[key];
  const reparsed = entry && v.safeParse(entry, undefined);
  return reparsed && !reparsed.success ? reparsed.issues[0].message : undefined;
}
