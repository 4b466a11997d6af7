/** How far apart our clock and Astrapay's may be when a lookup compares creation times with ours. */
export const CLOCK_SKEW_MS = 10 * 60_000;
