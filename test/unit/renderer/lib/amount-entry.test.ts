import { describe, expect, it } from 'vitest';
import { applyEntryKey } from '../../../../src-renderer/src/lib/amount-entry.ts';
import { formatBRL, MAX_AMOUNT_CENTS } from '../../../../src-shared/money.ts';

function type(keys: string[], start = 0): number {
  return keys.reduce((cents, key) => applyEntryKey(cents, key) ?? cents, start);
}

describe('amount entry', () => {
  it('fills from the cents like a till: 1, 2, 3 reads R$ 1,23', () => {
    const cents = type(['1', '2', '3']);
    expect(cents).toBe(123);
    expect(formatBRL(cents).replace(/\s/g, ' ')).toBe('R$ 1,23');
  });

  it('shifts further digits into reais', () => {
    expect(type(['1', '2', '3', '4', '5', '0'])).toBe(123_450);
  });

  it('ignores leading zeros', () => {
    expect(type(['0', '0', '7'])).toBe(7);
  });

  it('removes the last digit on Backspace, down to zero and no further', () => {
    expect(type(['4', '5', '6', 'Backspace'])).toBe(45);
    expect(type(['4', 'Backspace', 'Backspace'])).toBe(0);
  });

  it('clears on Escape and Delete', () => {
    expect(applyEntryKey(98_765, 'Escape')).toBe(0);
    expect(applyEntryKey(98_765, 'Delete')).toBe(0);
  });

  it('refuses a digit that would pass the till limit', () => {
    expect(applyEntryKey(MAX_AMOUNT_CENTS, '1')).toBe(MAX_AMOUNT_CENTS);
  });

  it('takes the keypad’s "00" as two zeros, or none when both would not fit', () => {
    expect(type(['1', '5', '00'])).toBe(1_500);
    expect(type(['00', '7'])).toBe(7);
    expect(applyEntryKey(MAX_AMOUNT_CENTS / 10, '00')).toBe(MAX_AMOUNT_CENTS / 10);
    expect(applyEntryKey(MAX_AMOUNT_CENTS / 100, '00')).toBe(MAX_AMOUNT_CENTS);
  });

  it('leaves other keys to someone else', () => {
    for (const key of ['a', 'Enter', 'F2', ',', '.', 'Tab', '12', '000']) expect(applyEntryKey(100, key)).toBeUndefined();
  });
});
