import { describe, expect, it } from 'vitest';
import { installmentChoices, isEven, splitInstallments } from '../../../../src-renderer/src/lib/installments.ts';

describe('splitInstallments', () => {
  it('splits evenly when the centavos divide', () => {
    expect(splitInstallments(1200, 3)).toEqual({ count: 3, regularCents: 400, firstCents: 400 });
    expect(isEven(splitInstallments(1200, 3))).toBe(true);
  });

  it('rounds every installment down and lets the first one absorb the rest, as card machines do', () => {
    expect(splitInstallments(1000, 3)).toEqual({ count: 3, regularCents: 333, firstCents: 334 });
    expect(splitInstallments(1001, 3)).toEqual({ count: 3, regularCents: 333, firstCents: 335 });
    expect(splitInstallments(9999, 12)).toEqual({ count: 12, regularCents: 833, firstCents: 836 });
  });

  it('always adds up to the charge exactly', () => {
    for (const total of [1, 7, 99, 1000, 1001, 123_457, 10_000_000_000]) {
      for (let count = 1; count <= Math.min(12, total); count++) {
        const plan = splitInstallments(total, count);
        expect(plan.regularCents * (count - 1) + plan.firstCents, `${total}/${count}`).toBe(total);
        expect(plan.firstCents - plan.regularCents).toBeGreaterThanOrEqual(0);
        expect(plan.firstCents - plan.regularCents).toBeLessThan(count);
      }
    }
  });

  it('refuses a plan with installments under one centavo or no installments', () => {
    expect(() => splitInstallments(2, 3)).toThrow(RangeError);
    expect(() => splitInstallments(100, 0)).toThrow(RangeError);
    expect(() => splitInstallments(0, 1)).toThrow(RangeError);
    expect(() => splitInstallments(100, 1.5)).toThrow(RangeError);
  });
});

describe('installmentChoices', () => {
  it('offers 1 up to the provider maximum', () => {
    expect(installmentChoices(1200, 12)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(installmentChoices(1200, 3)).toEqual([1, 2, 3]);
  });

  it('never more than the gateway’s 12, nor more than there are centavos', () => {
    expect(installmentChoices(1200, 24)).toHaveLength(12);
    expect(installmentChoices(2, 12)).toEqual([1, 2]);
  });

  it('always at least one', () => {
    expect(installmentChoices(1200, 0)).toEqual([1]);
  });
});
