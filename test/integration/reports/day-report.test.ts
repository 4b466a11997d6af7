/** The end-of-day report from the ledger, and its printing. */
import { describe, expect, it } from 'vitest';
import type { DayReportView, PrintJobView, SaleView } from '../../../src-preload/contract.ts';
import { okValue } from '../../support/replies.ts';
import { startTestCore, type TestCore } from '../../support/test-core.ts';
import { waitFor } from '../../support/wait-for.ts';

const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

async function paidPix(t: TestCore, amountCents: number): Promise<SaleView> {
  const sale = okValue<SaleView>(await t.invoke('sale.startPix', { amountCents }));
  okValue(await t.invoke('sale.simulatePayment', { saleId: sale.id }));
  okValue(await t.invoke('sale.dismiss'));
  return sale;
}

describe('day report', () => {
  it('adds up the day by method, takes off completed refunds, and leaves out unpaid sales', async () => {
    const t = await startTestCore();
    const first = await paidPix(t, 10_000);
    await paidPix(t, 2_500);
    const card = okValue<SaleView>(
      await t.invoke('sale.startCard', {
        amountCents: 7_000,
        paymentType: 'credit',
        installments: 2,
        card: { number: '4111111111111111', holderName: 'ANA LIMA', holderDocument: '11144477735', expiry: '122030', cvv: '123' },
      }),
    );
    expect(card.state).toBe('paid');
    okValue(await t.invoke('sale.dismiss'));
    const open = okValue<SaleView>(await t.invoke('sale.startPix', { amountCents: 999 }));
    okValue(await t.invoke('sale.cancel', { saleId: open.id }));
    okValue(await t.invoke('sale.dismiss'));
    okValue(await t.invoke('sale.refund', { saleId: first.id, amountCents: 1_000, reason: 'Troca' }));
    await waitFor(async () => okValue<SaleView>(await t.invoke('sale.get', { saleId: first.id })).refunds[0]?.state === 'completed', 'the refund');

    const report = okValue<DayReportView>(await t.invoke('report.day', { day: today() }));
    expect(report.sales).toEqual({ count: 3, totalCents: 19_500 });
    expect(report.refunds).toEqual({ count: 1, totalCents: 1_000 });
    expect(report.netCents).toBe(18_500);
    expect(report.byMethod).toEqual(
      expect.arrayContaining([
        { method: 'pix', count: 2, totalCents: 12_500 },
        { method: 'credit', count: 1, totalCents: 7_000 },
      ]),
    );
    expect(okValue<DayReportView>(await t.invoke('report.day', { day: '2001-01-01' })).sales.count).toBe(0);
  });

  it('journals the report for the printer even with no printer configured', async () => {
    const t = await startTestCore();
    await paidPix(t, 4_200);
    const job = okValue<PrintJobView>(await t.invoke('printer.printDayReport', { day: today() }));
    expect(job.kind).toBe('day_report');
    expect(job.problem).toBe('not_configured');
  });
});
