import { describe, expect, it } from 'vitest';
import type { RefundView, SaleView } from '../../../../src-preload/contract.ts';
import { translator } from '../../../../src-renderer/src/lib/i18n.ts';
import { CSV_FORMATS, csvField, csvLine, csvMoney, localClock, salesCsv, salesCsvName } from '../../../../src-renderer/src/lib/sales-csv.ts';

const BR = CSV_FORMATS['pt-BR'];
const EN = CSV_FORMATS.en;

const refund = (amountCents: number, state: RefundView['state']): RefundView => ({
  id: `r-${amountCents}-${state}`,
  amountCents,
  currency: 'BRL',
  state,
  reason: 'x',
  createdAt: '2026-01-15T15:00:00.000Z',
});

// Local times, so the HH:mm:ss in the file is the till's clock whatever the test machine's zone.
const at = (hours: number, minutes: number, seconds: number) => new Date(2026, 0, 15, hours, minutes, seconds).toISOString();

const sale = (patch: Partial<SaleView>): SaleView => ({
  id: '00000000-0000-4000-8000-000000000001',
  amountCents: 1000,
  currency: 'BRL',
  method: 'pix',
  state: 'paid',
  createdAt: at(9, 5, 7),
  updatedAt: at(9, 5, 7),
  pix: null,
  card: null,
  bankTransfer: null,
  refunds: [],
  problem: null,
  ...patch,
});

const card = (paymentType: 'credit' | 'debit', installments: number) => ({
  paymentType,
  installments,
  brand: 'Visa',
  first6: '411111',
  last4: '1111',
  authorizationCode: 'A1',
  decline: null,
});

describe('csvField', () => {
  it('leaves plain text alone', () => {
    expect(csvField('PIX', BR)).toBe('PIX');
    expect(csvField('', BR)).toBe('');
    // A comma is plain text where the separator is a semicolon (it is the decimal mark there).
    expect(csvField('12,01', BR)).toBe('12,01');
  });

  it('quotes the separator, quotes and line breaks, doubling the quotes', () => {
    expect(csvField('a;b', BR)).toBe('"a;b"');
    expect(csvField('o "melhor" café', BR)).toBe('"o ""melhor"" café"');
    expect(csvField('linha 1\nlinha 2', BR)).toBe('"linha 1\nlinha 2"');
    expect(csvField('fim\r\n', BR)).toBe('"fim\r\n"');
    expect(csvField('"', BR)).toBe('""""');
  });

  it('quotes by the separator in use', () => {
    expect(csvField('1,5', EN)).toBe('"1,5"');
    expect(csvField('a;b', EN)).toBe('a;b');
  });

  it('joins a line with the separator', () => {
    expect(csvLine(['a', 'b;c', 'd"e'], BR)).toBe('a;"b;c";"d""e"');
    expect(csvLine(['a', 'b,c'], EN)).toBe('a,"b,c"');
  });
});

describe('csvMoney', () => {
  it('writes integer centavos with the language’s decimal mark, no sign, no thousands marks', () => {
    expect(csvMoney(1201, BR)).toBe('12,01');
    expect(csvMoney(5, BR)).toBe('0,05');
    expect(csvMoney(0, BR)).toBe('0,00');
    expect(csvMoney(123_456_789, BR)).toBe('1234567,89');
    expect(csvMoney(1201, EN)).toBe('12.01');
    // No float on the way: 0.1 + 0.2 style drift cannot happen.
    expect(csvMoney(30, BR)).toBe('0,30');
  });
});

describe('salesCsv', () => {
  const day = [
    sale({ id: 'b', createdAt: at(14, 30, 0), method: 'card', card: card('credit', 3), amountCents: 3000, refunds: [refund(1000, 'completed')] }),
    sale({ id: 'a', createdAt: at(9, 5, 7), amountCents: 1201, refunds: [refund(500, 'completed'), refund(200, 'processing'), refund(100, 'failed')] }),
    sale({ id: 'c', createdAt: at(16, 0, 59), method: 'bank_transfer', amountCents: 15_001, state: 'failed' }),
    sale({ id: 'd', createdAt: at(17, 1, 2), method: 'card', card: card('debit', 1), amountCents: 999, state: 'paid' }),
    sale({ id: 'e', createdAt: at(18, 0, 0), method: 'card', card: null, amountCents: 500, state: 'failed' }),
  ];

  it('has a header and one row per sale, oldest first, in the till’s words, with ; and , for pt-BR', () => {
    const text = salesCsv(day, translator('pt-BR'));
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').slice(0, -1)).toEqual([
      'Hora;Código da venda;Forma;Parcelas;Situação;Valor;Estornado',
      '09:05:07;a;PIX;;Paga;12,01;5,00',
      '14:30:00;b;Crédito;3;Paga;30,00;10,00',
      '16:00:59;c;Transferência;;Não concluída;150,01;0,00',
      '17:01:02;d;Débito;1;Paga;9,99;0,00',
      '18:00:00;e;Cartão;;Não concluída;5,00;0,00',
    ]);
  });

  it('uses , and . in English', () => {
    const lines = salesCsv(day.slice(0, 2), translator('en')).split('\r\n');
    expect(lines[0]).toBe('Time,Sale ID,Method,Installments,Status,Amount,Refunded');
    expect(lines[1]).toBe('09:05:07,a,PIX,,Paid,12.01,5.00');
  });

  it('quotes what would break a row', () => {
    const odd = sale({ id: 'x;"y"\nz' });
    expect(salesCsv([odd], translator('pt-BR')).split('\r\n')[1]).toBe('09:05:07;"x;""y""\nz";PIX;;Paga;10,00;0,00');
  });

  it('is just the header for a day without sales', () => {
    expect(salesCsv([], translator('pt-BR'))).toBe('Hora;Código da venda;Forma;Parcelas;Situação;Valor;Estornado\r\n');
  });

  it('names the file after the day', () => {
    expect(salesCsvName('2026-01-15', translator('pt-BR'))).toBe('vendas-2026-01-15.csv');
    expect(salesCsvName('2026-01-15', translator('en'))).toBe('sales-2026-01-15.csv');
  });

  it('reads the time on the till’s clock', () => {
    expect(localClock(at(0, 0, 1))).toBe('00:00:01');
    expect(localClock('not a date')).toBe('');
  });
});
