/**
 * Wrong PINs slow down: the first few are typos and cost nothing; after that each try waits twice as
 * long as the last, up to a ceiling, so guessing a 4-digit PIN takes days instead of seconds.
 */
export const FREE_TRIES = 3;
const FIRST_WAIT_MS = 30_000;
const MAX_WAIT_MS = 15 * 60_000;

/** How long after the last wrong PIN the next try is refused unheard. */
export function waitAfterFailures(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  return Math.min(FIRST_WAIT_MS * 2 ** (failures - FREE_TRIES), MAX_WAIT_MS);
}

/** When the next try may be made, or 0 when it may be made now. */
export function nextTryAt(failures: number, lastFailedAt: string | null): number {
  const wait = waitAfterFailures(failures);
  return wait > 0 && lastFailedAt ? Date.parse(lastFailedAt) + wait : 0;
}
