/**
 * The router is the only door from a window into main: it checks that the operation exists and that
 * the caller may use it, validates the input against the contract's schema, asks the gate whether the
 * signed-in operator (or a manager's authorization at the spot) may do it, calls one handler and answers
 * with plain JSON or a typed error. A refused call never reaches a service.
 */
import * as v from 'valibot';
import {
  isOperationName,
  ManagerApprovalSchema,
  operations,
  type Access,
  type ManagerApproval,
  type OperationName,
  type OperationOutput,
  type Reply,
} from '../../src-preload/contract.ts';
import { forbidden, invalidInput, type PosError, toErrorData } from './errors.ts';
import type { Actor, Gate } from './gate.ts';
import type { Logger } from './ports.ts';

export type Handlers = {
  [K in OperationName]: (
    input: v.InferOutput<(typeof operations)[K]['input']>,
    actor: Actor | null,
  ) => OperationOutput<K> | Promise<OperationOutput<K>>;
};

export interface Router {
  handle(name: unknown, input: unknown, access: Access): Promise<Reply<unknown>>;
}

export function createRouter(handlers: Handlers, logger: Logger, gate: Gate): Router {
  return {
    async handle(name, input, access) {
      try {
        if (!isOperationName(name)) {
          throw invalidInput('operation.unknown', 'Unknown operation');
        }
        const spec = operations[name];
        if (spec.access !== 'display' && access !== 'cashier') {
          throw forbidden('access.read_only', 'The customer display cannot do that');
        }
        const { approval, body } = takeApproval(spec.access, input ?? {});
        const parsed = v.safeParse(spec.input, body);
        if (!parsed.success) throw inputError(spec.input, parsed.issues[0]);
        const actor = await gate.admit(name, spec.access, approval);
        const handler = handlers[name] as (input: unknown, actor: Actor | null) => unknown;
        const value = await gate.journal(name, spec.access, actor, parsed.output, async () => handler(parsed.output, actor));
        return { ok: true, value: value ?? null };
      } catch (error) {
        const data = toErrorData(error);
        if (data.code === 'internal') logger.error('Operation failed', { operation: String(name), error: String(error) });
        else logger.warn('Operation refused', { operation: String(name), code: data.code, reason: data.reason });
        return { ok: false, error: data };
      }
    },
  };
}

/** A manager's authorization rides next to a 'manager' operation's own fields; the handler never sees it. */
function takeApproval(access: string, input: unknown): { approval: ManagerApproval | undefined; body: unknown } {
  if (access !== 'manager' || typeof input !== 'object' || input === null || !('approval' in input)) return { approval: undefined, body: input };
  const { approval, ...body } = input;
  if (approval === undefined) return { approval: undefined, body };
  const parsed = v.safeParse(ManagerApprovalSchema, approval);
  if (!parsed.success) throw invalidInput('approval.invalid', 'Invalid approval', 'approval');
  return { approval: parsed.output, body };
}

function inputError(schema: v.GenericSchema, issue: v.BaseIssue<unknown>): PosError {
  const field = issue.path?.map((item) => String(item.key)).join('.');
  // Contract schemas name their messages with stable keys (e.g. amount.too_large) the UI translates.
  const message = missingFieldMessage(schema, issue) ?? issue.message;
  const reason = /^[a-z_]+\.[a-z_]+$/.test(message) ? message : 'input.invalid';
  // Only our own keys go into the message: valibot's default messages quote the received value (a card number, say).
  const said = reason === 'input.invalid' ? 'not accepted' : reason;
  return invalidInput(reason, field ? `Invalid ${field}: ${said}` : `Invalid input: ${said}`, field || undefined);
}

/** Valibot reports a missing key with the object's message; the field's own schema names it better. */
function missingFieldMessage(schema: v.GenericSchema, issue: v.BaseIssue<unknown>): string | undefined {
  const key = issue.path?.length === 1 ? issue.path[0]?.key : undefined;
  if (issue.input !== undefined || typeof key !== 'string' || !('entries' in schema)) return undefined;
  const entry = (schema.entries as Record<string, v.GenericSchema>)[key];
  const reparsed = entry && v.safeParse(entry, undefined);
  return reparsed && !reparsed.success ? reparsed.issues[0].message : undefined;
}
