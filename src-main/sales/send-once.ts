/**
 * One provider create, sent once. What its answer means for the sale:
 * - `made`: the provider answered, or a lookup by our reference found it (with any others it holds for
 *   the same reference, which are orphans);
 * - `refused`: the provider said no, or the request never left: nothing was made, trying again is safe;
 * - `absent`: the answer was lost, and the provider, asked past its processing time, holds nothing of
 *   this call (anything else under our reference is an orphan);
 * - `unknown`: the answer was lost and the provider cannot be asked (no lookup, or not answering).
 */
import { mayHaveApplied, notCreatedError, PosError, providerUnavailable } from '../core/errors.ts';
import type { BridgeErrorData } from '../../src-preload/contract.ts';
import type { Resolver } from './resolve-by-reference.ts';

export type SendOutcome<T> =
  | { kind: 'made'; value: T; others: T[] }
  | { kind: 'refused'; error: unknown }
  | { kind: 'absent'; error: unknown; orphans: T[] }
  | { kind: 'unknown'; error: unknown; problem: BridgeErrorData | null };

export interface SendOnce<T> {
  /** Undefined when the call was made before a crash: only asking the provider is left. */
  call: (() => Promise<T>) | undefined;
  /** Everything the provider holds with our reference; undefined where it documents no lookup. */
  lookup: (() => Promise<T[]>) | undefined;
  /** Which of the found is the one this call made (e.g. the same amount); the rest are orphans. */
  pick: (found: T[]) => T | undefined;
  startedAt: number;
}

export async function sendOnce<T>(resolver: Resolver, request: SendOnce<T>): Promise<SendOutcome<T>> {
  try {
    if (!request.call) throw interruptedError();
    return { kind: 'made', value: await request.call(), others: [] };
  } catch (error) {
    if (!mayHaveApplied(error)) return { kind: 'refused', error };
    if (!request.lookup) return { kind: 'unknown', error, problem: null };
    const resolution = await resolver.resolve(request.lookup, request.startedAt, stillInFlight(error));
    if (resolution.kind === 'unknown') return { kind: 'unknown', error, problem: resolution.problem };
    if (resolution.kind === 'absent') return { kind: 'absent', error: notCreatedError(), orphans: [] };
    const value = request.pick(resolution.found);
    if (value === undefined) return { kind: 'absent', error: notCreatedError(), orphans: resolution.found };
    return { kind: 'made', value, others: resolution.found.filter((found) => found !== value) };
  }
}

/** A timeout or a dropped connection: the provider may still be working on it. An answer (5xx, garbage) means it is done. */
function stillInFlight(error: unknown): boolean {
  return !(error instanceof PosError) || error.reason === 'provider.timeout' || error.reason === 'provider.connection_lost' || error.reason === 'card.outcome_unknown';
}

function interruptedError(): PosError {
  return providerUnavailable('provider.connection_lost', 'The till stopped while the provider was being called');
}
