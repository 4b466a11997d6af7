import { BridgeError } from '../../../src-preload/bridge.ts';
import type { BridgeErrorData } from '../../../src-preload/contract.ts';

/** Whatever a call threw, in the one shape the UI knows how to put into words. */
export function toErrorData(error: unknown): BridgeErrorData {
  if (error instanceof BridgeError) return error.data;
  return { code: 'internal', message: error instanceof Error ? error.message : String(error), retryable: false };
}

/** Same cause, so a screen shows a sale's problem and the failed call that reported it only once. */
export function sameProblem(a: BridgeErrorData | null, b: BridgeErrorData | null): boolean {
  return a !== null && b !== null && a.code === b.code && a.reason === b.reason;
}
