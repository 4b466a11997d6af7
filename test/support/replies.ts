import type { BridgeErrorData, Reply } from '../../src-preload/contract.ts';

/** The value of a successful reply; a failed reply fails the test with its error data. */
export function okValue<T = unknown>(reply: Reply<unknown>): T {
  if (!reply.ok) throw new Error(`Expected ok, got error ${JSON.stringify(reply.error)}`);
  return reply.value as T;
}

/** The error of a failed reply; a successful reply fails the test. */
export function errorOf(reply: Reply<unknown>): BridgeErrorData {
  if (reply.ok) throw new Error(`Expected an error, got ${JSON.stringify(reply.value)}`);
  return reply.error;
}
