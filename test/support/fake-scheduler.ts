import type { Scheduler } from '../../src-main/core/ports.ts';
import { createFakeClock, type FakeClock } from './fake-clock.ts';

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
