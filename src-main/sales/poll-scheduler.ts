import type { CancelTimer, Scheduler } from '../core/ports.ts';

/**
 * Polls each watched sale on its own timer: fast while a customer is likely paying, then backing
 * off so a long-open QR stays within the provider's usage limits.
 */
export type PollCheck = (saleId: string) => Promise<'done' | 'again'>;

/** Delay before the n-th check (0-based). */
export type PollSchedule = (checkNumber: number) => number;

export const DEFAULT_POLL_SCHEDULE: PollSchedule = (n) => (n < 30 ? 1000 : n < 60 ? 2000 : 5000);

export interface PollScheduler {
  watch(saleId: string): void;
  /** Check now instead of waiting for the next tick (e.g. right after a simulated payment). */
  nudge(saleId: string): void;
  stopAll(): void;
}

export function createPollScheduler(check: PollCheck, schedule: PollSchedule, scheduler: Scheduler): PollScheduler {
  const watched = new Map<string, { cancel: CancelTimer | undefined; count: number; running: boolean }>();

  const run = async (saleId: string) => {
    const entry = watched.get(saleId);
    if (!entry || entry.running) return;
    entry.running = true;
    entry.cancel?.();
    const outcome = await check(saleId).catch(() => 'again' as const);
    entry.running = false;
    if (!watched.has(saleId)) return;
    if (outcome === 'done') {
      watched.delete(saleId);
      return;
    }
    plan(saleId);
  };

  const plan = (saleId: string) => {
    const entry = watched.get(saleId);
    if (!entry) return;
    entry.cancel = scheduler.after(schedule(entry.count++), () => void run(saleId));
  };

  return {
    watch(saleId) {
      if (watched.has(saleId)) return;
      watched.set(saleId, { cancel: undefined, count: 0, running: false });
      plan(saleId);
    },
    nudge(saleId) {
      void run(saleId);
    },
    stopAll() {
      for (const entry of watched.values()) entry.cancel?.();
      watched.clear();
    },
  };
}
