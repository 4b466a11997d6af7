import { describe, expect, it } from 'vitest';
import type { DayReportView } from '../../../../src-preload/contract.ts';
import { dayReportCsv } from '../../../../src-renderer/src/lib/day-report-csv.ts';
import { translator } from '../../../../src-renderer/src/lib/i18n.ts';

const report: DayReportView = {
  day: '2026-01-15',
  currency: 'BRL',
  sales: { count: 3, totalCents: 123_456 },
  refunds: { count: 1, totalCents: 1_000 },
  netCents: 122_456,
  byMethod: [],
  otherCurrencies: [{ currency: 'USD', sales: { count: 1, totalCents: 1_000 }, refunds: { count: 0, totalCents: 0 }, netCents: 1_000, byMethod: [] }],
  refundsByState: [
    { state: 'completed', count: 1, totals: [{ cents: 1_000, currency: 'BRL' }] },
    { state: 'needs_checking', count: 1, totals: [{ cents: 250, currency: 'USD' }] },
  ],
  reversals: [{ id: 'v1', kind: 'pix_refund', reason: 'reconciliation', providerRef: 'txid;1', amountCents: 5_500, currency: 'USD', state: 'completed', createdAt: '2026-01-15T15:00:00.000Z' }],
  handConfirmed: [{ saleId: 's1', number: 'C1-000042', createdAt: new Date(2026, 0, 15, 9, 5, 7).toISOString(), amountCents: 2_500, currency: 'BRL' }],
  byOperator: [],
  byShift: [],
};

describe('the day report in the exported file', () => {
  it('keeps each currency on its own line and lists refunds by state, reversals with reason and hand-confirmed PIX', () => {
    expect(dayReportCsv(report, translator('pt-BR')).split('\r\n')).toEqual([
      'Relatório do dia;2026-01-15',
      'Moeda;Pago;Estornado;Líquido',
      'BRL;1234,56;10,00;1224,56',
      'USD;10,00;0,00;10,00',
      'Estornos: Estornado;1;BRL;10,00',
      'Estornos: Conferir no provedor;1;USD;2,50',
      'Reversão;Moeda;Valor;Motivo;Referência no provedor',
      'PIX devolvido;USD;55,00;conciliação (gerente);"txid;1"',
      'PIX confirmado manualmente;Número da venda;Hora;Moeda;Valor',
      'PIX confirmado manualmente;C1-000042;09:05:07;BRL;25,00',
      '',
    ]);
  });

  it('writes English with commas and points, and nothing for lists that are empty', () => {
    const lines = dayReportCsv({ ...report, otherCurrencies: [], refundsByState: [], reversals: [], handConfirmed: [] }, translator('en')).split('\r\n');
    expect(lines).toEqual(['Day report,2026-01-15', 'Currency,Paid,Refunded,Net', 'BRL,1234.56,10.00,1224.56', '']);
  });
});
