import { describe, expect, it } from 'vitest';
import { checkRefund } from '../../../../src-renderer/src/lib/refund-form.ts';
import { parseBRL } from '../../../../src-renderer/src/lib/brl-input.ts';

const check = (text: string, reason: string, remaining: number) => checkRefund(parseBRL(text), text, reason, { cents: remaining, currency: 'BRL' });

describe('checkRefund', () => {
  it('takes a partial or full refund with a reason', () => {
    expect(check('5,00', ' cliente desistiu ', 1200)).toEqual({ ok: true, refund: { amountCents: 500, reason: 'cliente desistiu' } });
    expect(check('12,00', 'troca', 1200)).toEqual({ ok: true, refund: { amountCents: 1200, reason: 'troca' } });
  });

  it('refuses more than what is left, before anything is sent', () => {
    const result = check('12,01', 'troca', 1200);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.amount).toEqual({ key: 'refund.problem.amountTooMuch', params: { amount: expect.stringMatching(/R\$\s12,00/) } });
  });

  it('names what is left in the sale’s own currency', () => {
    const result = checkRefund(parseBRL('10,01'), '10,01', 'troca', { cents: 1000, currency: 'USD' });
    expect(result.ok ? null : result.problems.amount?.params?.['amount']).toMatch(/US\$\s10,00/);
  });

  it('refuses no amount, a zero amount, a non-amount, no reason and a reason over 140 characters', () => {
    const problems = (text: string, reason: string) => {
      const result = check(text, reason, 1000);
      return result.ok ? {} : result.problems;
    };
    expect(problems('', 'x').amount?.key).toBe('refund.problem.amountRequired');
    expect(problems('0,00', 'x').amount?.key).toBe('refund.problem.amountZero');
    expect(problems('dez', 'x').amount?.key).toBe('refund.problem.amountInvalid');
    expect(problems('1,00', '   ').reason).toBe('refund.problem.reasonRequired');
    expect(problems('1,00', 'a'.repeat(141)).reason).toBe('refund.problem.reasonTooLong');
    expect(check('1,00', 'a'.repeat(140), 1000).ok).toBe(true);
  });
});
