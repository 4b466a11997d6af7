import { describe, expect, it } from 'vitest';
import type { BillRefundPlanView, BillView, RefundView, SaleView } from '../../../../src-preload/contract.ts';
import { billRefundableCents, outcomeWords, planWords } from '../../../../src-renderer/src/lib/bill-refund-words.ts';
import { translator } from '../../../../src-renderer/src/lib/i18n.ts';

const pt = translator('pt-BR');
const en = translator('en');

const plan: BillRefundPlanView = {
  billId: 'bill-1',
  amountCents: 3_500,
  currency: 'BRL',
  shares: [
    { saleId: 'cash', method: 'cash', amountCents: 2_999 },
    { saleId: 'pix', method: 'pix', amountCents: 501 },
  ],
};

describe('a partial refund of a bill in words', () => {
  it('says how the amount goes back, share by share, in both languages', () => {
    expect(planWords(plan, pt).replace(/\s/g, ' ')).toBe('R$ 35,00 de volta: R$ 29,99 em Dinheiro, R$ 5,01 em PIX');
    expect(planWords(plan, en).replace(/\s/g, ' ')).toBe('R$ 35,00 back: R$ 29,99 in Cash, R$ 5,01 in PIX');
  });

  it('names the share a provider refused, with the reason in the cashier’s words', () => {
    const [cash, pix] = plan.shares;
    if (!cash || !pix) throw new Error('two shares');
    expect(outcomeWords({ ...cash, outcome: 'sent', problem: null }, 'BRL', pt).replace(/\s/g, ' ')).toBe('R$ 29,99 em Dinheiro: estorno enviado');
    const refused = outcomeWords({ ...pix, outcome: 'failed', problem: { code: 'invalid_input', message: 'x', retryable: false, reason: 'bill.refund_over_left' } }, 'BRL', pt);
    expect(refused.replace(/\s/g, ' ')).toBe('R$ 5,01 em PIX: não estornado. O valor é maior do que resta estornar nesta conta.');
  });

  it('counts what the paid tenders can still give back, as main does (failed refunds free their amount)', () => {
    const tender = (state: SaleView['state'], amountCents: number, refunds: SaleView['refunds']): SaleView => ({
      id: `${state}-${amountCents}`, amountCents, currency: 'BRL', method: 'cash', state, createdAt: '', updatedAt: '', pix: null, card: null,
      bankTransfer: null, refunds, problem: null, billId: 'bill-1',
    });
    const refund = (amountCents: number, state: RefundView['state']): RefundView => ({ id: `r-${amountCents}-${state}`, amountCents, currency: 'BRL', state, reason: 'Troca', createdAt: '' });
    const tenders = [tender('paid', 2_000, [refund(500, 'completed'), refund(300, 'failed')]), tender('failed', 1_000, []), tender('paid', 900, [refund(100, 'processing')])];
    const view: BillView = { id: 'bill-1', totalCents: 3_900, currency: 'BRL', state: 'paid', paidCents: 2_900, pendingCents: 0, leftCents: 0, changeCents: 0, tenders, createdAt: '' };
    expect(billRefundableCents(view)).toBe(1_500 + 800);
  });
});
