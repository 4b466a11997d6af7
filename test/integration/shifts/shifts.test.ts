/**
 * Shifts: a counted float, sangria and suprimento with a reason, a blind close with expected against counted
 * per method, the Z report journaled for the printer, every sale stamped with its shift and operator, and
 * the day report's totals by operator and shift.
 */
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import type { DayReportView, SaleView, SessionView, ShiftReportView, ShiftView } from '../../../src-preload/contract.ts';
import { LEDGER_FILE } from '../../../src-main/ledger/open-ledger.ts';
import { readSales } from '../../support/ledger-reader.ts';
import { addOperator, session, signIn, signInDemoManager } from '../../support/operators.ts';
import { errorOf, okValue } from '../../support/replies.ts';
import { startTestCore, type TestCore } from '../../support/test-core.ts';

const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

async function cash(t: TestCore, amountCents: number, receivedCents = amountCents): Promise<SaleView> {
  const sale = okValue<SaleView>(await t.invoke('sale.startCash', { amountCents, receivedCents }));
  okValue(await t.invoke('sale.dismiss'));
  return sale;
}

async function paidPix(t: TestCore, amountCents: number): Promise<SaleView> {
  const sale = okValue<SaleView>(await t.invoke('sale.startPix', { amountCents }));
  okValue(await t.invoke('sale.simulatePayment', { saleId: sale.id }));
  okValue(await t.invoke('sale.dismiss'));
  return sale;
}

function printedDocuments(dataDir: string, kind: string): Record<string, unknown>[] {
  const db = new DatabaseSync(join(dataDir, LEDGER_FILE), { readOnly: true });
  try {
    const rows = db.prepare('SELECT document_json FROM print_jobs WHERE kind = ? ORDER BY id').all(kind) as { document_json: string }[];
    return rows.map((row) => JSON.parse(row.document_json) as Record<string, unknown>);
  } finally {
    db.close();
  }
}

async function openedWithFloat(floatCents: number): Promise<TestCore> {
  const t = await startTestCore({ locked: true });
  await signInDemoManager(t.invoke);
  okValue(await t.invoke('shift.open', { floatCents }));
  return t;
}

describe('a shift', () => {
  it('closes blind: expected against counted per method, with the difference, and the Z report goes to the printer', async () => {
    const t = await openedWithFloat(10_000);
    await cash(t, 2_550, 5_000);
    const small = await cash(t, 1_000);
    await paidPix(t, 1_250);
    okValue(await t.invoke('shift.moveCash', { kind: 'sangria', amountCents: 2_000, reason: 'Depósito no banco' }));
    okValue(await t.invoke('shift.moveCash', { kind: 'suprimento', amountCents: 500, reason: 'Moedas' }));
    okValue(await t.invoke('sale.refund', { saleId: small.id, amountCents: 1_000, reason: 'Desistiu' }));

    const report = okValue<ShiftReportView>(await t.invoke('shift.close', { counted: { cash: 11_000 } }));

    // Cash: 100,00 float + 25,50 + 10,00 sold - 10,00 refunded - 20,00 sangria + 5,00 suprimento = 110,50.
    expect(report.rows).toEqual([
      { method: 'cash', expectedCents: 11_050, countedCents: 11_000, differenceCents: -50 },
      { method: 'pix', expectedCents: 1_250, countedCents: 1_250, differenceCents: 0 },
    ]);
    expect(report.sales).toEqual({ count: 3, totalCents: 4_800 });
    expect(report.refunds).toEqual({ count: 1, totalCents: 1_000 });
    expect(report.byOperator).toEqual([{ operatorId: expect.any(String), name: 'Gerente demo', count: 3, totalCents: 4_800 }]);
    expect(report.shift).toMatchObject({ floatCents: 10_000, openedBy: 'Gerente demo', closedBy: 'Gerente demo', closedAt: expect.any(String) });
    expect(report.shift.movements.map(({ kind, amountCents, reason }) => [kind, amountCents, reason])).toEqual([
      ['sangria', 2_000, 'Depósito no banco'],
      ['suprimento', 500, 'Moedas'],
    ]);
    expect(printedDocuments(t.dataDir, 'shift_report')).toEqual([
      expect.objectContaining({ shiftId: report.shift.id, floatCents: 10_000, rows: report.rows, closedBy: 'Gerente demo' }),
    ]);
    // Read again later, the report is the same.
    expect(okValue<ShiftReportView>(await t.invoke('shift.report', { shiftId: report.shift.id }))).toEqual(report);
  });

  it('takes a count for card and PIX too, and reports what does not match', async () => {
    const t = await openedWithFloat(0);
    await paidPix(t, 5_000);

    const report = okValue<ShiftReportView>(await t.invoke('shift.close', { counted: { cash: 0, pix: 4_000, credit: 300 } }));

    expect(report.rows).toEqual([
      { method: 'cash', expectedCents: 0, countedCents: 0, differenceCents: 0 },
      { method: 'pix', expectedCents: 5_000, countedCents: 4_000, differenceCents: -1_000 },
      { method: 'credit', expectedCents: 0, countedCents: 300, differenceCents: 300 },
    ]);
  });

  it('is needed to sell, opens once, and takes no sangria larger than the drawer or without a reason', async () => {
    const t = await startTestCore({ locked: true });
    await signInDemoManager(t.invoke);

    expect(errorOf(await t.invoke('sale.startCash', { amountCents: 100, receivedCents: 100 }))).toMatchObject({ reason: 'shift.not_open' });
    expect(errorOf(await t.invoke('sale.startPix', { amountCents: 100 }))).toMatchObject({ reason: 'shift.not_open' });
    expect(errorOf(await t.invoke('shift.moveCash', { kind: 'suprimento', amountCents: 100, reason: 'x' }))).toMatchObject({ reason: 'shift.not_open' });
    expect(readSales(t.dataDir)).toEqual([]);
    expect(t.sim.stats().requests).toEqual({});

    okValue<ShiftView>(await t.invoke('shift.open', { floatCents: 5_000 }));
    expect(errorOf(await t.invoke('shift.open', { floatCents: 0 }))).toMatchObject({ reason: 'shift.already_open' });
    expect(errorOf(await t.invoke('shift.moveCash', { kind: 'sangria', amountCents: 5_001, reason: 'Banco' }))).toMatchObject({
      reason: 'shift.not_enough_cash',
    });
    expect(errorOf(await t.invoke('shift.moveCash', { kind: 'sangria', amountCents: 100, reason: '   ' }))).toMatchObject({ reason: 'shift.reason_required' });
    expect((await session(t.invoke)).shift?.movements).toEqual([]);
  });
});

describe('sales in shifts', () => {
  it('belong to the operator who made them and the shift they were made in; the day report sums both', async () => {
    const t = await openedWithFloat(0);
    const caio = await addOperator(t.invoke, 'Caio', 'cashier', '2468');
    const byManager = await cash(t, 1_000);
    okValue(await t.invoke('session.lock'));
    await signIn(t.invoke, 'Caio', '2468');
    const byCaio = await cash(t, 2_000);
    await cash(t, 500);
    const first = okValue<SessionView>(await t.invoke('session.get')).shift;
    const manager = okValue<SessionView>(await t.invoke('session.get')).operators.find((operator) => operator.demo);
    okValue(await t.invoke('shift.close', { counted: { cash: 3_500 }, approval: { operatorId: manager?.id, pin: '1234' } }));
    okValue(await t.invoke('shift.open', { floatCents: 0 }));
    const later = await cash(t, 4_000);
    const second = (await session(t.invoke)).shift;

    const rows = readSales(t.dataDir);
    const stamp = (id: string) => rows.find((row) => row.id === id);
    expect(stamp(byManager.id)).toMatchObject({ operator_id: manager?.id, shift_id: first?.id });
    expect(stamp(byCaio.id)).toMatchObject({ operator_id: caio.id, shift_id: first?.id });
    expect(stamp(later.id)).toMatchObject({ shift_id: second?.id });

    const report = okValue<DayReportView>(await t.invoke('report.day', { day: today() }));
    expect(report.byOperator).toEqual([
      { operatorId: manager?.id, name: 'Gerente demo', count: 1, totalCents: 1_000 },
      { operatorId: caio.id, name: 'Caio', count: 3, totalCents: 6_500 },
    ]);
    expect(report.byShift).toEqual([
      { shiftId: first?.id, openedAt: first?.openedAt, closedAt: expect.any(String), count: 3, totalCents: 3_500 },
      { shiftId: second?.id, openedAt: second?.openedAt, closedAt: null, count: 1, totalCents: 4_000 },
    ]);
    expect(report.byMethod).toEqual([{ method: 'cash', count: 4, totalCents: 7_500 }]);
  });
});
