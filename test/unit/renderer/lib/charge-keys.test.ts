import { describe, expect, it } from 'vitest';
import { chargeKeyMethod } from '../../../../src-renderer/src/lib/charge-keys.ts';

const ALL = { card: true, transfer: true, split: true };
const NONE = { card: false, transfer: false, split: false };

describe('chargeKeyMethod', () => {
  it('maps each charge key to its method when the till offers it', () => {
    expect(['Enter', 'F2', 'F3', 'F4', 'F6', 'F1'].map((key) => chargeKeyMethod(key, ALL))).toEqual(['pix', 'pix', 'card', 'transfer', 'cash', 'split']);
  });

  it('gives no method for a key whose method the till cannot take now, nor for other keys', () => {
    expect(['F3', 'F4', 'F1'].map((key) => chargeKeyMethod(key, NONE))).toEqual([undefined, undefined, undefined]);
    expect(chargeKeyMethod('F6', NONE)).toBe('cash');
    expect(chargeKeyMethod('F5', ALL)).toBeUndefined();
    expect(chargeKeyMethod('a', ALL)).toBeUndefined();
  });
});
