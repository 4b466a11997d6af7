import { describe, expect, it } from 'vitest';
import { centsToInput, parseBRL } from '../../../../src-renderer/src/lib/brl-input.ts';

describe('parseBRL', () => {
  it('reads Brazilian amounts', () => {
    expect(parseBRL('12,34')).toBe(1234);
    expect(parseBRL('12,3')).toBe(1230);
    expect(parseBRL('12')).toBe(1200);
    expect(parseBRL('1.234,56')).toBe(123_456);
    expect(parseBRL('R$ 1.234,56')).toBe(123_456);
    expect(parseBRL(' 0,01 ')).toBe(1);
  });

  it('takes a dot as the decimal separator when it can only be one', () => {
    expect(parseBRL('12.34')).toBe(1234);
    expect(parseBRL('12.5')).toBe(1250);
  });

  it('refuses what is not an amount', () => {
    for (const text of ['', 'abc', '12,345', '1,2,3', '-5', '12.345.6', '1.23,4.5']) expect(parseBRL(text), text).toBeUndefined();
  });
});

describe('centsToInput', () => {
  it('writes cents back the way the field reads them', () => {
    expect(centsToInput(1234)).toBe('12,34');
    expect(centsToInput(5)).toBe('0,05');
    expect(parseBRL(centsToInput(123_456))).toBe(123_456);
  });
});
