import { describe, expect, it } from 'vitest';
import { createFakeTime } from '../../support/fake-scheduler.ts';

describe('fake time', () => {
  it('fires timers in due order, each seeing its own due time', () => {
    const time = createFakeTime(1_000);
    const fired: string[] = [];
    time.scheduler.after(300, () => fired.push(`b@${time.clock.now()}`));
    time.scheduler.after(100, () => fired.push(`a@${time.clock.now()}`));
    time.scheduler.after(900, () => fired.push('late'));
    time.advance(500);
    expect(fired).toEqual(['a@1100', 'b@1300']);
    expect(time.clock.now()).toBe(1_500);
    expect(time.pending()).toBe(1);
  });

  it('runs a timer set by a firing timer when it falls due within the same advance', () => {
    const time = createFakeTime(0);
    const fired: number[] = [];
    time.scheduler.after(10, () => time.scheduler.after(10, () => fired.push(time.clock.now())));
    time.advance(25);
    expect(fired).toEqual([20]);
  });

  it('never fires a cancelled timer', () => {
    const time = createFakeTime(0);
    let fired = false;
    const cancel = time.scheduler.after(10, () => (fired = true));
    cancel();
    time.advance(100);
    expect(fired).toBe(false);
    expect(time.pending()).toBe(0);
  });
});
