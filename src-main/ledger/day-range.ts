const DAY_MS = 24 * 3600 * 1000;

/** The shop's local calendar day, as the cashier reads the clock on the wall, as an ISO range. */
export function dayRange(day: string): { from: string; to: string } {
  const start = new Date(`${day}T00:00:00`);
  return { from: start.toISOString(), to: new Date(start.getTime() + DAY_MS).toISOString() };
}
