/**
 * Keys of a Brazilian till's amount entry: digits (and "00") shift in from the cents, Backspace drops the last
 * digit, Esc (or Delete) starts over.
 */
import { appendDigit, removeLastDigit, type Cents } from '../../../src-shared/money.ts';

/** The new amount, or undefined when the key is not an amount-entry key. */
export function applyEntryKey(cents: Cents, key: string): Cents | undefined {
  if (/^[0-9]$/.test(key)) return appendDigit(cents, Number(key));
  // The keypad's "00" key, as on card machines: whole reais in two taps fewer.
  if (key === '00') {
    // Both zeros or neither: half of "00" would read as a different amount.
    const next = appendDigit(appendDigit(cents, 0), 0);
    return next === cents * 100 ? next : cents;
  }
  if (key === 'Backspace') return removeLastDigit(cents);
  if (key === 'Escape' || key === 'Delete') return 0;
  return undefined;
}
