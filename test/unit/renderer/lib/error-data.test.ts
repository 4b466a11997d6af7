import { describe, expect, it } from 'vitest';
import { BridgeError } from '../../../../src-preload/bridge.ts';
import type { BridgeErrorData } from '../../../../src-preload/contract.ts';
import { sameProblem, toErrorData } from '../../../../src-renderer/src/lib/error-data.ts';

const unreachable: BridgeErrorData = {
  code: 'provider_unavailable',
  message: 'Could not connect to the provider',
  retryable: true,
  reason: 'provider.unreachable',
};

describe('toErrorData', () => {
  it('keeps a bridge error’s data as it came from main', () => {
    expect(toErrorData(new BridgeError(unreachable))).toBe(unreachable);
  });

  it('turns anything else into an internal error', () => {
    expect(toErrorData(new TypeError('boom'))).toEqual({ code: 'internal', message: 'boom', retryable: false });
    expect(toErrorData('odd')).toEqual({ code: 'internal', message: 'odd', retryable: false });
  });
});

describe('sameProblem', () => {
  it('matches on code and reason, not on the wording', () => {
    expect(sameProblem(unreachable, { ...unreachable, message: 'other words' })).toBe(true);
    expect(sameProblem(unreachable, { ...unreachable, reason: 'provider.timeout' })).toBe(false);
    expect(sameProblem(unreachable, { ...unreachable, code: 'internal' })).toBe(false);
  });

  it('never matches a missing problem', () => {
    expect(sameProblem(unreachable, null)).toBe(false);
    expect(sameProblem(null, null)).toBe(false);
  });
});
