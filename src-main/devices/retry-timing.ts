/** Backoff and an interruptible pause, shared by the serial reconnect loop and the print queue. */
export interface Backoff {
  initialMs: number;
  maxMs: number;
}

export function backoffDelay(attempt: number, backoff: Backoff): number {
  return Math.min(backoff.maxMs, backoff.initialMs * 2 ** Math.min(attempt, 30));
}

export interface Waiter {
  /** Resolves after `ms`, or at once when `wake()` was called since the last wait. */
  wait(ms: number): Promise<void>;
  wake(): void;
}

export function createWaiter(): Waiter {
  let woken = false;
  let release: (() => void) | undefined;
  return {
    wait(ms) {
      if (woken) {
        woken = false;
        return Promise.resolve();
      }
      return new Promise((resolve) => {
        const timer = setTimeout(done, ms);
        function done(): void {
          clearTimeout(timer);
          release = undefined;
          woken = false;
          resolve();
        }
        release = done;
      });
    },
    wake() {
      woken = true;
      release?.();
    },
  };
}
