/**
 * Keys of a Brazilian till's amount entry: digits shift in from the cents, Backspace drops the last
 * digit, Esc (or Delete) starts over.
 */
import { appendDigit, removeLastDigit, type Cents } from '../../../src-shared/money.ts';

/** The new amount, or undefined when the key is not an amount-entry key. */
export function applyEntryKey(cents: Cents, key: string): Cents | undefined {
  if (/^[0-9]$/.test(key)) return appendDigit(cents, Number(key));
  if (key === 'Backspace') return removeLastDigit(cents);
  if (key === 'Escape' || key === 'Delete') return 0;
  return undefined;
}
