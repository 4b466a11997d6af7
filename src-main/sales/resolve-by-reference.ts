/**
 * An ambiguous create (timeout, dropped connection, 5xx after sending, an unreadable answer) is resolved by
 * asking the provider for what carries our reference, never guessed and never sent again. The first
 * request may still be in flight at the provider, so an empty answer proves nothing until the provider's
 * own processing time is over: we keep asking until a lookup made after `deadlineMs` (the HTTP client
 * timeout plus a margin) answers. A provider that cannot be asked past `giveUpMs` leaves the outcome unknown.
 */
import { toErrorData } from '../core/errors.ts';
import type { BridgeErrorData } from '../../src-preload/contract.ts';
import type { CancelTimer, Clock, Scheduler } from '../core/ports.ts';

export interface ResolveTiming {
  /** From the call's start: before this, "nothing found" may just mean "not committed yet". */
  deadlineMs: number;
  /** From the call's start: past this without an answer, only a person can tell. */
  giveUpMs: number;
  /** Pause between lookups. */
  everyMs: number;
}

export type Resolution<T> = { kind: 'found'; found: T[] } | { kind: 'absent' } | { kind: 'unknown'; problem: BridgeErrorData };

export interface Resolver {
  /**
   * `inFlight`: the request may still be at the provider (a timeout, a dropped connection). When the provider
   * did answer (a 5xx, an unreadable body) its processing is over, and one answer from a lookup is enough.
   */
  resolve<T>(lookup: () => Promise<T[]>, startedAt: number, inFlight: boolean): Promise<Resolution<T>>;
  /** One more look a while after "absent": a create the provider committed very late is an orphan. */
  lookLater(run: () => Promise<void>): void;
  close(): void;
}

export interface ResolverDeps {
  timing: ResolveTiming;
  clock: Clock;
  scheduler: Scheduler;
}

export function createResolver({ timing, clock, scheduler }: ResolverDeps): Resolver {
  const timers = new Set<CancelTimer>();
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const cancel = scheduler.after(ms, () => {
        timers.delete(cancel);
        resolve();
      });
      timers.add(cancel);
    });

  return {
    async resolve(lookup, startedAt, inFlight) {
      const deadlineMs = inFlight ? timing.deadlineMs : 0;
      let problem: BridgeErrorData = { code: 'provider_unavailable', message: 'The provider could not be asked', retryable: false };
      for (;;) {
        const askedAt = clock.now();
        try {
          const found = await lookup();
          if (found.length > 0) return { kind: 'found', found };
          if (askedAt >= startedAt + deadlineMs) return { kind: 'absent' };
        } catch (error) {
          problem = toErrorData(error);
        }
        if (clock.now() >= startedAt + timing.giveUpMs) return { kind: 'unknown', problem };
        const untilDeadline = startedAt + deadlineMs - clock.now();
        await pause(untilDeadline > 0 ? Math.min(timing.everyMs, untilDeadline) : timing.everyMs);
      }
    },
    lookLater(run) {
      const cancel = scheduler.after(timing.giveUpMs, () => {
        timers.delete(cancel);
        void run().catch(() => undefined);
      });
      timers.add(cancel);
    },
    close() {
      for (const cancel of timers) cancel();
      timers.clear();
    },
  };
}

/** Defaults from the HTTP client timeout: answers can commit up to that late, plus a margin for the provider's queue. */
export function resolveTimingFor(providerTimeoutMs: number): ResolveTiming {
  return { deadlineMs: 2 * providerTimeoutMs, giveUpMs: 6 * providerTimeoutMs, everyMs: Math.min(1000, providerTimeoutMs / 2) };
}
