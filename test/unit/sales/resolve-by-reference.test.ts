/**
 * The resolver on fake time: it keeps asking past the provider's processing time before it concludes
 * "not created", and a provider it cannot ask leaves the outcome unknown.
 */
import { describe, expect, it } from 'vitest';
import { createResolver, resolveTimingFor } from '../../../src-main/sales/resolve-by-reference.ts';
import { createFakeTime, type FakeTime } from '../../support/fake-scheduler.ts';

const TIMING = { deadlineMs: 1000, giveUpMs: 3000, everyMs: 200 };

/** Lets the resolver's awaited lookup settle, then moves time to its next pause. */
async function drive(time: FakeTime, done: () => boolean): Promise<void> {
  for (let step = 0; step < 100 && !done(); step++) {
    await new Promise((resolve) => setImmediate(resolve));
    time.advance(100);
  }
}

describe('resolving a lost create by reference', () => {
  it('finds a charge the provider committed after the timeout, however late within its processing time', async () => {
    const time = createFakeTime(0);
    const resolver = createResolver({ timing: TIMING, clock: time.clock, scheduler: time.scheduler });
    const committedAt = 900;
    const asked: number[] = [];
    let result: unknown;
    void resolver
      .resolve(async () => {
        asked.push(time.clock.now());
        return time.clock.now() >= committedAt ? ['charge-1'] : [];
      }, 0, true)
      .then((outcome) => (result = outcome));

    await drive(time, () => result !== undefined);

    expect(result).toEqual({ kind: 'found', found: ['charge-1'] });
    expect(asked[0]).toBe(0);
    expect(asked.at(-1)).toBeGreaterThanOrEqual(committedAt);
  });

  it('concludes "not created" only from an answer given after the deadline', async () => {
    const time = createFakeTime(0);
    const resolver = createResolver({ timing: TIMING, clock: time.clock, scheduler: time.scheduler });
    const asked: number[] = [];
    let result: unknown;
    void resolver
      .resolve(async () => {
        asked.push(time.clock.now());
        return [];
      }, 0, true)
      .then((outcome) => (result = outcome));

    await drive(time, () => result !== undefined);

    expect(result).toEqual({ kind: 'absent' });
    expect(asked.filter((at) => at >= TIMING.deadlineMs)).toHaveLength(1);
    expect(asked.every((at, index) => index === 0 || at - (asked[index - 1] ?? 0) <= TIMING.everyMs)).toBe(true);
  });

  it('leaves the outcome unknown when the provider cannot be asked past the give-up time', async () => {
    const time = createFakeTime(0);
    const resolver = createResolver({ timing: TIMING, clock: time.clock, scheduler: time.scheduler });
    let result: { kind: string } | undefined;
    void resolver
      .resolve(async () => {
        throw new Error('provider down');
      }, 0, true)
      .then((outcome) => (result = outcome));

    await drive(time, () => result !== undefined);

    expect(result?.kind).toBe('unknown');
    expect(time.clock.now()).toBeGreaterThanOrEqual(TIMING.giveUpMs);
  });

  it('after an answer (a 5xx), one empty lookup is enough: the provider is done with the request', async () => {
    const time = createFakeTime(0);
    const resolver = createResolver({ timing: TIMING, clock: time.clock, scheduler: time.scheduler });
    let asked = 0;
    const result = await resolver.resolve(async () => {
      asked += 1;
      return [];
    }, 0, false);

    expect(result).toEqual({ kind: 'absent' });
    expect(asked).toBe(1);
  });

  it('derives its timing from the client timeout: a deadline past it, lookups at most once a second', () => {
    const timing = resolveTimingFor(15_000);
    expect(timing.deadlineMs).toBeGreaterThan(15_000);
    expect(timing.giveUpMs).toBeGreaterThan(timing.deadlineMs);
    expect(timing.everyMs).toBeLessThanOrEqual(1000);
  });
});
