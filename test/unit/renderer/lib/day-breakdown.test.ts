import { describe, expect, it } from 'vitest';
import type { DayReportView } from '../../../../src-preload/contract.ts';
import { dayTotalsCsv, shiftLabel } from '../../../../src-renderer/src/lib/day-breakdown.ts';
import { translator } from '../../../../src-renderer/src/lib/i18n.ts';

const at = (hours: number, minutes: number) => new Date(2026, 2, 2, hours, minutes, 0).toISOString();

const report: DayReportView = {
  day: '2026-03-02',
  currency: 'BRL',
  sales: { count: 3, totalCents: 15_550 },
  refunds: { count: 1, totalCents: 1_200 },
  netCents: 14_350,
  byMethod: [
    { method: 'cash', count: 2, totalCents: 10_550 },
    { method: 'pix_static', count: 1, totalCents: 5_000 },
  ],
  otherCurrencies: [],
  refundsByState: [],
  reversals: [],
  handConfirmed: [],
  byOperator: [
    { operatorId: 'a', name: 'Caio; o novo', count: 2, totalCents: 10_550 },
    { operatorId: null, name: null, count: 1, totalCents: 5_000 },
  ],
  byShift: [
    { shiftId: 's1', openedAt: at(8, 0), closedAt: at(14, 30), count: 2, totalCents: 10_550 },
    { shiftId: 's2', openedAt: at(14, 30), closedAt: null, count: 1, totalCents: 5_000 },
  ],
  manualRefunds: [{ paidBack: 'cash', count: 1, totalCents: 1_200 }],
};

describe('day report by operator and shift', () => {
  it('names shifts by their local hours, an open one by when it opened', () => {
    const pt = translator('pt-BR');
    expect(report.byShift.map((row) => shiftLabel(row, pt))).toEqual(['08:00 às 14:30', 'desde 14:30 (aberto)']);
    expect(shiftLabel({ shiftId: null, openedAt: null, closedAt: null, count: 1, totalCents: 1 }, pt)).toBe('Sem turno');
    const [, open] = report.byShift;
    expect(open && shiftLabel(open, translator('en'))).toBe('since 14:30 (open)');
  });

  it('exports every line of the report for a Brazilian spreadsheet, the separator quoted', () => {
    expect(dayTotalsCsv(report, translator('pt-BR')).split('\r\n')).toEqual([
      'Seção;Nome;Vendas;Total',
      'Dia;2026-03-02;;',
      'Vendas;;3;155,50',
      'Estornos;;1;12,00',
      'Líquido;;;143,50',
      'Por forma de pagamento;Dinheiro;2;105,50',
      'Por forma de pagamento;PIX (confirmado manualmente);1;50,00',
      'Por operador;"Caio; o novo";2;105,50',
      'Por operador;Sem operador;1;50,00',
      'Por turno;08:00 às 14:30;2;105,50',
      'Por turno;desde 14:30 (aberto);1;50,00',
      'Estornos manuais (PIX estático);Dinheiro do caixa;1;12,00',
      'Relatório do dia;2026-03-02',
      'Moeda;Pago;Estornado;Líquido',
      'BRL;155,50;12,00;143,50',
      '',
    ]);
  });

  it('uses commas and points in English', () => {
    const lines = dayTotalsCsv(report, translator('en')).split('\r\n');
    expect(lines[0]).toBe('Section,Name,Sales,Total');
    expect(lines).toContain('By operator,Caio; o novo,2,105.50');
    expect(lines).toContain('Manual refunds (static PIX),Cash from the drawer,1,12.00');
  });
});
