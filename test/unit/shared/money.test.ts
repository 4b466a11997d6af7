import { describe, expect, it } from 'vitest';
import {
  amountProblem,
  appendDigit,
  centsToDecimalString,
  decimalToCents,
  formatBRL,
  MAX_AMOUNT_CENTS,
  removeLastDigit,
} from '../../../src-shared/money.ts';

describe('money', () => {
  it('formats cents as Brazilian reais', () => {
    expect(formatBRL(123)).toBe('R$\u00a01,23');
    expect(formatBRL(10_000_000_000)).toBe('R$\u00a0100.000.000,00');
  });

  it('fills digits from the cents like a till', () => {
    const typed = [1, 2, 3].reduce(appendDigit, 0);
    expect(typed).toBe(123);
    expect(removeLastDigit(typed)).toBe(12);
    expect(appendDigit(MAX_AMOUNT_CENTS, 9)).toBe(MAX_AMOUNT_CENTS);
  });

  it('converts between cents and provider decimals without float drift', () => {
    expect(centsToDecimalString(1201)).toBe('12.01');
    expect(centsToDecimalString(5)).toBe('0.05');
    expect(decimalToCents('0.30')).toBe(30);
    expect(decimalToCents(1234567.89)).toBe(123456789);
    expect(decimalToCents('1.234')).toBeUndefined();
    expect(decimalToCents(String(0.1 + 0.2))).toBeUndefined();
  });

  it('names what is wrong with an amount', () => {
    expect(amountProblem(0)).toBe('not_positive');
    expect(amountProblem(-1)).toBe('not_positive');
    expect(amountProblem(1.5)).toBe('not_integer');
    expect(amountProblem(MAX_AMOUNT_CENTS + 1)).toBe('too_large');
    expect(amountProblem(MAX_AMOUNT_CENTS)).toBeUndefined();
  });
});
