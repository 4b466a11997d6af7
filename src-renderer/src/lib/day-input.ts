/**
 * The day the sales screen shows, typed and read as dd/mm/aaaa whatever the browser's locale (a date
 * input would follow the browser), and sent to main as YYYY-MM-DD.
 */

/** "2026-11-30" as "30/11/2026". */
export function formatDay(isoDay: string): string {
  const [year, month, day] = isoDay.split('-');
  return year && month && day ? `${day}/${month}/${year}` : isoDay;
}

/** "30/11/2026" as "2026-11-30"; undefined unless it is a whole, real day. */
export function parseDay(text: string): string | undefined {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text.trim());
  if (!match) return undefined;
  const [, day = '', month = '', year = ''] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const real = date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
  return real ? `${year}-${month}-${day}` : undefined;
}

/** Digits as they are typed, with the slashes put in: "3011" reads "30/11". */
export function maskDay(text: string): string {
  const digits = text.replace(/\D/g, '').slice(0, 8);
  return [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4)].filter((part) => part !== '').join('/');
}

/** The day `days` after (or before) an ISO day, on the calendar. */
export function shiftDay(isoDay: string, days: number): string {
  const [year = 0, month = 1, day = 1] = isoDay.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
