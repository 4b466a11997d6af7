import { describe, expect, it } from 'vitest';
import { formatDay, maskDay, parseDay, shiftDay } from '../../../../src-renderer/src/lib/day-input.ts';

describe('day input', () => {
  it('shows a day as dd/mm/aaaa and reads it back', () => {
    expect(formatDay('2026-03-07')).toBe('07/03/2026');
    expect(parseDay('07/03/2026')).toBe('2026-03-07');
    expect(parseDay(' 31/12/2025 ')).toBe('2025-12-31');
  });

  it('refuses days that are not on the calendar or not whole', () => {
    for (const text of ['31/02/2026', '00/01/2026', '12/13/2026', '7/3/2026', '2026-03-07', '07/03/26', '']) {
      expect(parseDay(text), text).toBeUndefined();
    }
    expect(parseDay('29/02/2028')).toBe('2028-02-29');
  });

  it('puts the slashes in as the digits are typed', () => {
    expect(maskDay('3')).toBe('3');
    expect(maskDay('3011')).toBe('30/11');
    expect(maskDay('30112026')).toBe('30/11/2026');
    expect(maskDay('30/11/20269')).toBe('30/11/2026');
    expect(maskDay('ab')).toBe('');
  });

  it('steps across months and years', () => {
    expect(shiftDay('2026-03-01', -1)).toBe('2026-02-28');
    expect(shiftDay('2025-12-31', 1)).toBe('2026-01-01');
  });
});
