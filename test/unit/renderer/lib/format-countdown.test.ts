import { describe, expect, it } from 'vitest';
import { formatCountdown } from '../../../../src-renderer/src/lib/format-countdown.ts';

describe('formatCountdown', () => {
  it('shows minutes and seconds, padded', () => {
    expect(formatCountdown(5 * 60_000)).toBe('05:00');
    expect(formatCountdown(61_000)).toBe('01:01');
    expect(formatCountdown(9_000)).toBe('00:09');
  });

  it('rounds up, so 00:00 means the time is really over', () => {
    expect(formatCountdown(59_001)).toBe('01:00');
    expect(formatCountdown(1)).toBe('00:01');
    expect(formatCountdown(0)).toBe('00:00');
  });

  it('never goes negative', () => {
    expect(formatCountdown(-30_000)).toBe('00:00');
  });

  it('keeps counting minutes past an hour', () => {
    expect(formatCountdown(3_600_000)).toBe('60:00');
  });
});
