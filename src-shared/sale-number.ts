/** A sale's number as the shop reads it: the till's code and its own running count, e.g. `C2-000123`. */
export function formatSaleNumber(tillCode: string, number: number): string {
  return `${tillCode}-${String(number).padStart(6, '0')}`;
}
