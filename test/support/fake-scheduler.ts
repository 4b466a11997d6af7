import type { Scheduler } from '../../src-main/core/ports.ts';
import { createFakeClock, type FakeClock } from './fake-clock.ts';
import { waitFor } from './wait-for.ts';

/** A clock and a scheduler that only move when the test says so: timers fire in due order as time advances. */
export interface FakeTime {
  clock: FakeClock;
  scheduler: Scheduler;
  /** Moves time forward by `ms`, firing every timer that falls due on the way, earliest first. */
  advance(ms: number): void;
  /** Timers set and not yet fired or cancelled. */
  pending(): number;
}

interface Timer {
  dueAt: number;
  order: number;
  run: () => void;
}

export function createFakeTime(startMs = Date.now()): FakeTime {
  const clock = createFakeClock(startMs);
  const timers = new Set<Timer>();
  let order = 0;
  const nextDue = (until: number): Timer | undefined =>
    [...timers].filter((timer) => timer.dueAt <= until).sort((a, b) => a.dueAt - b.dueAt || a.order - b.order)[0];

  return {
    clock,
    scheduler: {
      after(ms, run) {
        const timer = { dueAt: clock.now() + Math.max(0, ms), order: order++, run };
        timers.add(timer);
        return () => timers.delete(timer);
      },
    },
    advance(ms) {
      const until = clock.now() + ms;
      for (let timer = nextDue(until); timer; timer = nextDue(until)) {
        timers.delete(timer);
        clock.set(Math.max(clock.now(), timer.dueAt));
        timer.run();
      }
      clock.set(until);
    },
    pending: () => timers.size,
  };
}

/**
 * Advances fake time a step at a time, real I/O running in between, until `probe` holds, and returns what it
 * found. The probe is asked before each step, so time stops where it first holds: work that a step started
 * (a poll, a lookup) has finished by then, and whatever it planned next is still pending.
 */
export function driveUntil<T>(time: FakeTime, probe: () => Promise<T | undefined | null | false> | T | undefined | null | false, what: string, stepMs = 1000): Promise<T> {
  return waitFor(
    async () => {
      const found = await probe();
      if (found === undefined || found === null || found === false) time.advance(stepMs);
      return found;
    },
    what,
    { timeoutMs: 15_000, intervalMs: 20 },
  );
}
