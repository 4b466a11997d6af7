/**
 * Hand-confirmed static PIX through the router on a real core: the confirmation goes to the audit journal
 * (who, when, amount, txid), and such a sale is refunded by hand only (no provider took the money), with
 * a manager's authorization, journaled, counted apart in the day report and, for cash, out of the drawer.
 */
import { describe, expect, it } from 'vitest';
import type { AuditEntryView, DayReportView, SaleView, ShiftReportView } from '../../../src-preload/contract.ts';
import { readLedger } from '../../support/ledger-reader.ts';
import { addOperator, operatorNamed, signIn, signInDemoManager } from '../../support/operators.ts';
import { errorOf, okValue } from '../../support/replies.ts';
import { startTestCore, type TestCore } from '../../support/test-core.ts';

const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

/** A till selling offline PIX only, with the cashier Caio signed in. */
async function tillWithCaio(managerConfirms = false): Promise<TestCore & { managerId: string }> {
  const t = await startTestCore({ settings: { staticPix: { pixKey: '12345678909', mode: 'always', managerConfirms } } });
  await addOperator(t.invoke, 'Caio', 'cashier', '2468');
  const manager = await operatorNamed(t.invoke, 'Gerente demo');
  okValue(await t.invoke('session.lock'));
  await signIn(t.invoke, 'Caio', '2468');
  return Object.assign(t, { managerId: manager.id });
}

async function paidStatic(t: TestCore, amountCents: number): Promise<SaleView> {
  const sale = okValue<SaleView>(await t.invoke('sale.startPix', { amountCents }));
  const paid = okValue<SaleView>(await t.invoke('sale.confirmStaticPix', { saleId: sale.id }));
  okValue(await t.invoke('sale.dismiss'));
  return paid;
}

async function journal(t: TestCore & { managerId: string }): Promise<AuditEntryView[]> {
  return okValue<AuditEntryView[]>(await t.invoke('audit.list', { approval: { operatorId: t.managerId, pin: '1234' } }));
}

describe('hand-confirmed static PIX', () => {
  it('the cashier’s confirmation is journaled with who, when, the amount and the txid', async () => {
    const t = await tillWithCaio();
    const paid = await paidStatic(t, 4_290);

    const entry = (await journal(t)).find((row) => row.action === 'static_pix.confirmed');
    expect(entry).toMatchObject({ operatorName: 'Caio', approvedByName: null, subject: paid.id, after: { amountCents: 4_290, txid: paid.pix?.txid } });
    expect(Date.parse(entry?.at ?? '')).not.toBeNaN();
    expect(paid.pix?.txid).toMatch(/^[A-Za-z0-9]{1,25}$/);
  });

  it('when the shop wants a manager, the journal names the manager who authorized it', async () => {
    const t = await tillWithCaio(true);
    const sale = okValue<SaleView>(await t.invoke('sale.startPix', { amountCents: 1_000 }));
    expect(errorOf(await t.invoke('sale.confirmStaticPix', { saleId: sale.id })).reason).toBe('static_pix.manager_required');
    expect((await journal(t)).some((row) => row.action === 'static_pix.confirmed')).toBe(false);

    okValue(await t.invoke('sale.confirmStaticPixByManager', { saleId: sale.id, approval: { operatorId: t.managerId, pin: '1234' } }));
    const entry = (await journal(t)).find((row) => row.action === 'static_pix.confirmed');
    expect(entry).toMatchObject({ operatorName: 'Caio', approvedByName: 'Gerente demo', after: { amountCents: 1_000 } });
  });

  it('goes back by hand only, with a manager, and the day report and the drawer count it apart', async () => {
    const t = await tillWithCaio();
    const first = await paidStatic(t, 5_000);
    const second = await paidStatic(t, 3_000);

    // No provider took the money: the provider refund is refused before anything is written.
    const viaProvider = errorOf(await t.invoke('sale.refund', { saleId: first.id, amountCents: 1_000, reason: 'Troca', approval: { operatorId: t.managerId, pin: '1234' } }));
    expect(viaProvider.reason).toBe('refund.manual_only');
    // A cashier alone cannot give money back.
    const alone = errorOf(await t.invoke('sale.refundManually', { saleId: first.id, amountCents: 1_000, reason: 'Troca', paidBack: 'cash' }));
    expect(alone.reason).toBe('access.manager_required');
    expect(okValue<SaleView>(await t.invoke('sale.get', { saleId: first.id })).refunds).toEqual([]);

    const approval = { operatorId: t.managerId, pin: '1234' };
    const refunded = okValue<SaleView>(await t.invoke('sale.refundManually', { saleId: first.id, amountCents: 1_200, reason: 'Troca', paidBack: 'cash', approval }));
    expect(refunded.refunds).toEqual([expect.objectContaining({ amountCents: 1_200, state: 'completed', reason: 'Troca' })]);
    okValue(await t.invoke('sale.refundManually', { saleId: second.id, amountCents: 3_000, reason: 'Desistência', paidBack: 'pix', approval }));
    const tooMuch = errorOf(await t.invoke('sale.refundManually', { saleId: second.id, amountCents: 1, reason: 'De novo', paidBack: 'pix', approval }));
    expect(tooMuch.reason).toBe('refund.too_much');
    expect(readLedger(t.dataDir, first.id).attempts.map((attempt) => attempt.operation)).toEqual(['pix.checkStatic']);

    const entries = (await journal(t)).filter((row) => row.action === 'sale.refundManually');
    expect(entries.map((row) => [row.operatorName, row.approvedByName, row.subject])).toEqual([
      ['Caio', 'Gerente demo', second.id],
      ['Caio', 'Gerente demo', second.id],
      ['Caio', 'Gerente demo', first.id],
    ]);
    expect(entries[0]?.after).toEqual({ failed: 'refund.too_much' });

    const report = okValue<DayReportView>(await t.invoke('report.day', { day: today() }));
    expect(report.refunds).toEqual({ count: 2, totalCents: 4_200 });
    expect(report.manualRefunds).toEqual([
      { paidBack: 'cash', count: 1, totalCents: 1_200 },
      { paidBack: 'pix', count: 1, totalCents: 3_000 },
    ]);

    // Cash given back leaves the drawer; the PIX the shop sent comes off the static PIX line.
    okValue(await t.invoke('session.lock'));
    await signInDemoManager(t.invoke);
    const closed = okValue<ShiftReportView>(await t.invoke('shift.close', { counted: { cash: 0 } }));
    expect(closed.rows.find((row) => row.method === 'cash')?.expectedCents).toBe(-1_200);
    expect(closed.rows.find((row) => row.method === 'pix_static')?.expectedCents).toBe(8_000 - 3_000);
  });

  it('a sale that was not a static PIX, or is not paid, is not refunded by hand', async () => {
    const t = await tillWithCaio();
    const approval = { operatorId: t.managerId, pin: '1234' };
    const cash = okValue<SaleView>(await t.invoke('sale.startCash', { amountCents: 1_000, receivedCents: 1_000 }));
    okValue(await t.invoke('sale.dismiss'));
    expect(errorOf(await t.invoke('sale.refundManually', { saleId: cash.id, amountCents: 500, reason: 'x', paidBack: 'cash', approval })).reason).toBe('refund.not_manual');
    const open = okValue<SaleView>(await t.invoke('sale.startPix', { amountCents: 2_000 }));
    expect(errorOf(await t.invoke('sale.refundManually', { saleId: open.id, amountCents: 500, reason: 'x', paidBack: 'pix', approval })).reason).toBe('refund.not_paid');
    expect(errorOf(await t.invoke('sale.refundManually', { saleId: open.id, amountCents: 500, reason: 'x', paidBack: 'card', approval })).reason).toBe('refund.paid_back_invalid');
  });
});
