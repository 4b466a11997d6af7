import { describe, expect, it } from 'vitest';
import type { ShiftReportView } from '../../../../src-preload/contract.ts';
import { changeFor } from '../../../../src-renderer/src/lib/cash-change.ts';
import { translator } from '../../../../src-renderer/src/lib/i18n.ts';
import { zReportCsv } from '../../../../src-renderer/src/lib/z-report-csv.ts';

const at = (hours: number, minutes: number) => new Date(2026, 2, 2, hours, minutes, 0).toISOString();

const report: ShiftReportView = {
  shift: {
    id: 'a5b3c2d1-0000-4000-8000-000000000001',
    openedAt: at(8, 0),
    openedBy: 'Caio',
    floatCents: 10_000,
    movements: [{ kind: 'sangria', amountCents: 2_000, reason: 'Banco; depósito', at: at(12, 0), operatorName: 'Caio' }],
    closedAt: at(18, 30),
    closedBy: 'Rita',
  },
  sales: { count: 2, totalCents: 123_456 },
  refunds: { count: 0, totalCents: 0 },
  rows: [
    { method: 'cash', expectedCents: 10_550, countedCents: 10_000, differenceCents: -550 },
    { method: 'credit', expectedCents: 112_906, countedCents: 112_906, differenceCents: 0 },
  ],
  byOperator: [],
};

describe('Z report CSV', () => {
  it('writes a Brazilian spreadsheet: ; between fields, comma decimals, local times, the separator quoted', () => {
    const lines = zReportCsv(report, translator('pt-BR')).split('\r\n');

    expect(lines).toEqual([
      'Turno;a5b3c2d1-0000-4000-8000-000000000001',
      'Aberto em;2026-03-02 08:00:00;Caio',
      'Fechado em;2026-03-02 18:30:00;Rita',
      'Fundo de troco;100,00',
      'Sangria;20,00;"Banco; depósito";Caio',
      'Vendas;2;1234,56',
      'Estornos;0;0,00',
      '',
      'Forma de pagamento;Esperado;Contado;Diferença',
      'Dinheiro;105,50;100,00;-5,50',
      'Crédito;1129,06;1129,06;0,00',
      '',
    ]);
  });

  it('writes English with commas and points', () => {
    expect(zReportCsv(report, translator('en'))).toContain('\r\nCash,105.50,100.00,-5.50\r\n');
  });
});

describe('change', () => {
  it('is what was handed over less the amount, and nothing until it covers the amount', () => {
    expect(changeFor(2_550, 5_000)).toBe(2_450);
    expect(changeFor(2_550, 2_550)).toBe(0);
    expect(changeFor(2_550, 2_549)).toBeNull();
    expect(changeFor(2_550, undefined)).toBeNull();
  });
});
