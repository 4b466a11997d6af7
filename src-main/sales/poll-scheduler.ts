import type { CancelTimer, Scheduler } from '../core/ports.ts';

/**
 * Polls each watched sale on its own timer: fast while a customer is likely paying, then backing
 * off so a long-open QR stays within the provider's usage limits.
 */
export type PollCheck = (saleId: string) => Promise<'done' | 'again'>;

/** Delay before the n-th check (0-based). */
export type PollSchedule = (checkNumber: number) => number;

/** While the QR or account is on the counter: once a second, the most the providers' limits allow, and no back-off. */
export const DEFAULT_POLL_SCHEDULE: PollSchedule = () => 1000;
/** After a cancel or expiry, a payment is unlikely but must still be seen: back off. */
export const SETTLE_POLL_SCHEDULE: PollSchedule = (n) => (n < 30 ? 2000 : n < 60 ? 5000 : 15_000);

export interface PollScheduler {
  /** Starts checking the sale, on its own schedule when given one. */
  watch(saleId: string, schedule?: PollSchedule): void;
  /** Goes on checking on another schedule (e.g. slower after a cancel), counting from 0. */
  rewatch(saleId: string, schedule: PollSchedule): void;
  /** Check now instead of waiting for the next tick (e.g. right after a simulated payment). */
  nudge(saleId: string): void;
  stopAll(): void;
}

export interface PollSchedulerDeps {
  check: PollCheck;
  /** The schedule of a sale watched without one of its own. */
  schedule: PollSchedule;
  scheduler: Scheduler;
}

export function createPollScheduler({ check, schedule, scheduler }: PollSchedulerDeps): PollScheduler {
  const watched = new Map<string, { cancel: CancelTimer | undefined; count: number; running: boolean; schedule: PollSchedule }>();

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
    entry.cancel = scheduler.after(entry.schedule(entry.count++), () => void run(saleId));
  };

  return {
    watch(saleId, own = schedule) {
      if (watched.has(saleId)) return;
      watched.set(saleId, { cancel: undefined, count: 0, running: false, schedule: own });
      plan(saleId);
    },
    rewatch(saleId, own) {
      const entry = watched.get(saleId);
      if (!entry) return this.watch(saleId, own);
      entry.cancel?.();
      Object.assign(entry, { count: 0, schedule: own });
      if (!entry.running) plan(saleId);
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
