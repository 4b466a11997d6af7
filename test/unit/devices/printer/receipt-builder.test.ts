import { describe, expect, it } from 'vitest';
import { DEFAULT_PRINTER_SETTINGS, type PrinterSettings } from '../../../../src-shared/device-settings.ts';
import type { PrintDocument } from '../../../../src-main/devices/printer/print-documents.ts';
import { printerProfile } from '../../../../src-main/devices/printer/printer-profile.ts';
import { buildReceipt } from '../../../../src-main/devices/printer/receipt-builder.ts';
import { EscPosPrinterEmulator, type Receipt } from '../../../fixtures/escpos-printer-emulator.ts';
import { decodeQrMatrix, imageToMatrix } from '../../../fixtures/qr-decoder.ts';
import {
  cardSaleReceipt,
  dayReport,
  MERCHANT,
  PIX_COPY_AND_PASTE,
  pixChargeSlip,
  pixSaleReceipt,
  refundSlip,
  TXID,
} from '../../../fixtures/receipt-samples.ts';

const TIME_ZONE = 'America/Sao_Paulo';

function print(document: PrintDocument, settings: Partial<PrinterSettings> = {}): { bytes: Uint8Array; paper: Receipt } {
  const bytes = buildReceipt(document, printerProfile({ ...DEFAULT_PRINTER_SETTINGS, ...settings }), { timeZone: TIME_ZONE });
  const printer = new EscPosPrinterEmulator();
  printer.feed(bytes);
  expect(printer.unknown).toEqual([]);
  const receipts = printer.receipts(true);
  expect(receipts).toHaveLength(1);
  return { bytes, paper: receipts[0] as Receipt };
}

function containsSequence(bytes: Uint8Array, sequence: number[]): boolean {
  return Buffer.from(bytes).includes(Buffer.from(sequence));
}

describe('PIX charge slip ("print QR")', () => {
  it('prints the QR natively with the exact copy-and-paste payload', () => {
    const { paper } = print(pixChargeSlip(), { model: 'epson-tm-t20iii' });
    expect(paper.qrCodes).toEqual([{ payload: PIX_COPY_AND_PASTE, model: 2, size: 6, errorLevel: 'M' }]);
    expect(paper.images).toEqual([]);
    expect(paper.cut).toBe('partial');
  });

  it('shows amount, method and txid, with Portuguese letters sent in PC860', () => {
    const { bytes, paper } = print(pixChargeSlip(), { model: 'epson-tm-t20iii', codePage: 'cp860' });
    expect(paper.text).toContain('R$ 12,01');
    expect(paper.text).toContain('PAGAMENTO COM PIX');
    expect(paper.text).toContain(TXID);
    expect(paper.text).toContain('Padaria São João');
    expect(paper.text).toContain('Transação (txid)');
    expect(paper.text).toMatch(/Data\/hora\s+21\/11\/2025 14:03:05/);
    expect(containsSequence(bytes, [0x1b, 0x74, 3])).toBe(true);
    // "São" and "Conceição" as PC860 bytes: ã = 0x84, ç = 0x87.
    expect(containsSequence(bytes, [0x53, 0x84, 0x6f])).toBe(true);
    expect(containsSequence(bytes, [0x43, 0x6f, 0x6e, 0x63, 0x65, 0x69, 0x87, 0x84, 0x6f])).toBe(true);
  });

  it('draws the QR as an image on a model without native QR, and the image scans to the payload', () => {
    const { bytes, paper } = print(pixChargeSlip(), { model: 'epson-tm-t88iii' });
    expect(containsSequence(bytes, [0x1d, 0x28, 0x6b])).toBe(false);
    expect(paper.qrCodes).toEqual([]);
    expect(paper.images).toHaveLength(1);
    const [image] = paper.images;
    expect(image?.width ?? 0).toBeLessThanOrEqual(504);
    expect(decodeQrMatrix(imageToMatrix(image as NonNullable<typeof image>))).toBe(PIX_COPY_AND_PASTE);
    expect(paper.text).toContain('R$ 12,01');
  });

  it('sends an image when the settings ask for raster QR even on a native-QR model', () => {
    const { paper } = print(pixChargeSlip(), { model: 'epson-tm-t20iii', qrCode: 'raster' });
    expect(paper.qrCodes).toEqual([]);
    expect(decodeQrMatrix(imageToMatrix(paper.images[0] as NonNullable<(typeof paper.images)[0]>))).toBe(PIX_COPY_AND_PASTE);
  });
});

describe('sale receipts', () => {
  it('shows a PIX payment with its txid and end-to-end id', () => {
    const { paper } = print(pixSaleReceipt());
    expect(paper.text).toMatch(/Pagamento\s+PIX/);
    expect(paper.text).toMatch(/Valor\s+R\$ 12,01/);
    expect(paper.text).toContain(TXID);
    expect(paper.text).toContain('E12345678202511211704abcdEFGH123');
    expect(paper.qrCodes).toEqual([]);
  });

  it('shows card type, installments, brand, last 4 and authorization', () => {
    const { paper } = print(cardSaleReceipt());
    expect(paper.text).toMatch(/Pagamento\s+Cartão de crédito/);
    expect(paper.text).toMatch(/Valor\s+R\$ 459,90/);
    expect(paper.text).toMatch(/Parcelas\s+3x/);
    expect(paper.text).toMatch(/Bandeira\s+Mastercard/);
    expect(paper.text).toMatch(/Cartão\s+\*\*\*\* 4242/);
    expect(paper.text).toMatch(/Autorização\s+A1B2C3/);
    expect(paper.text).toMatch(/NSU\s+000123456/);
  });

  it('says "à vista" for a single debit payment', () => {
    const receipt = cardSaleReceipt();
    if (receipt.payment.method !== 'card') throw new Error('sample is a card sale');
    const { paper } = print({ ...receipt, payment: { ...receipt.payment, cardType: 'debit', installments: 1 } });
    expect(paper.text).toMatch(/Pagamento\s+Cartão de débito/);
    expect(paper.text).toMatch(/Parcelas\s+À vista/);
  });

  it('marks a reprint as a copy', () => {
    expect(print(pixSaleReceipt({ copy: true })).paper.text).toContain('2ª VIA');
    expect(print(pixSaleReceipt()).paper.text).not.toContain('2ª VIA');
  });

  it('prints English labels for an English document', () => {
    const { paper } = print(cardSaleReceipt({ language: 'en' }));
    expect(paper.text).toMatch(/Installments\s+3x/);
    expect(paper.text).toContain('Not a tax document');
  });
});

describe('a tender of a split payment', () => {
  const BILL_ID = '9b1e4c2a-5d3f-4e6a-8b7c-0d1e2f3a4b5c';

  it('says which part it is, the bill total and what is left to pay after it', () => {
    const { paper } = print(cardSaleReceipt({ bill: { billId: BILL_ID, index: 2, count: null, totalCents: 100_000, leftCents: 30_010 } }));
    expect(paper.text).toMatch(/Pagamento dividido\s+parte 2/);
    expect(paper.text).toMatch(/Total da conta\s+R\$ 1\.000,00/);
    expect(paper.text).toMatch(/Falta pagar\s+R\$ 300,10/);
    expect(paper.text).not.toContain('Conta paga');
    // The tender's own amount is still the one paid by this card.
    expect(paper.text).toMatch(/Valor\s+R\$ 459,90/);
  });

  it('says the bill is paid on the part that closed it, counted k/n', () => {
    const { paper } = print(pixSaleReceipt({ bill: { billId: BILL_ID, index: 3, count: 3, totalCents: 5_000, leftCents: 0 } }));
    expect(paper.text).toMatch(/Pagamento dividido\s+3\/3/);
    expect(paper.text).toMatch(/Total da conta\s+R\$ 50,00/);
    expect(paper.text).toContain('Conta paga');
    expect(paper.text).not.toContain('Falta pagar');
  });

  it('prints the split in English, and nothing of it on a sale paid at once', () => {
    const english = print(pixSaleReceipt({ language: 'en', bill: { billId: BILL_ID, index: 1, count: 2, totalCents: 5_000, leftCents: 3_799 } })).paper.text;
    expect(english).toMatch(/Split payment\s+1\/2/);
    expect(english).toMatch(/Bill total\s+R\$ 50,00/);
    expect(english).toMatch(/Left to pay\s+R\$ 37,99/);
    const alone = print(pixSaleReceipt()).paper.text;
    expect(alone).not.toContain('Pagamento dividido');
    expect(alone).not.toContain('Total da conta');
  });
});

describe('refund slip and day report', () => {
  it('shows what was refunded of which sale', () => {
    const { paper } = print(refundSlip());
    expect(paper.text).toContain('COMPROVANTE DE ESTORNO');
    expect(paper.text).toMatch(/Valor da venda\s+R\$ 12,01/);
    expect(paper.text).toMatch(/Valor estornado\s+R\$ 5,00/);
    expect(paper.text).toContain('Devolução de mercadoria');
  });

  it('opens the drawer for cash given back, and only on a printer that has one', () => {
    const pulses = (document: PrintDocument, drawer: boolean) => {
      const printer = new EscPosPrinterEmulator();
      printer.feed(buildReceipt(document, printerProfile({ ...DEFAULT_PRINTER_SETTINGS, drawer }), { timeZone: TIME_ZONE }));
      return printer.drawerPulses;
    };
    expect(pulses(refundSlip({ method: 'cash' }), true)).toEqual([0]);
    expect(pulses(refundSlip({ method: 'cash' }), false)).toEqual([]);
    expect(pulses(refundSlip({ method: 'pix' }), true)).toEqual([]);
    expect(pulses(refundSlip({ method: 'card' }), true)).toEqual([]);
  });

  it('adds up the day', () => {
    const { paper } = print(dayReport());
    expect(paper.text).toMatch(/Dia\s+21\/11\/2025/);
    expect(paper.text).toMatch(/Total vendido\s+R\$ 1\.234,56/);
    expect(paper.text).toMatch(/Líquido\s+R\$ 1\.229,56/);
    expect(paper.text).toMatch(/Crédito \(3\)\s+R\$ 400,00/);
  });

  it('keeps each currency apart and lists refunds by state, reversals with their reason and hand-confirmed PIX', () => {
    const { paper } = print({
      ...dayReport(),
      otherCurrencies: [{ currency: 'USD', sales: { count: 1, totalCents: 1_000 }, refunds: { count: 0, totalCents: 0 }, byMethod: [{ method: 'pix', count: 1, totalCents: 1_000 }] }],
      refundsByState: [
        { state: 'completed', count: 1, totals: [{ cents: 500, currency: 'BRL' }] },
        { state: 'needs_checking', count: 2, totals: [{ cents: 700, currency: 'BRL' }, { cents: 300, currency: 'USD' }] },
      ],
      // The first as journaled before reversals had a currency (reais); the second a PIX charged in dollars.
      reversals: [
        { kind: 'pix_refund', reason: 'reconciliation', providerRef: 'txid-stranger-1', amountCents: 5_500, state: 'completed' },
        { kind: 'pix_refund', reason: 'late_payment', providerRef: 'txid-usd-1', amountCents: 1_200, currency: 'USD', state: 'completed' },
      ],
      handConfirmed: [{ number: 'C1-000042', createdAt: '2025-11-21T15:30:00.000Z', amountCents: 2_500, currency: 'BRL' }],
    });
    expect(paper.text).toMatch(/Total vendido\s+R\$ 1\.234,56/);
    expect(paper.text).toContain('Em USD');
    expect(paper.text).toMatch(/Total vendido\s+US\$\s10,00/);
    expect(paper.text).toMatch(/Concluído \(1\)\s+R\$\s5,00/);
    expect(paper.text).toMatch(/A conferir \(2\)\s+R\$\s7,00 \+ US\$\s3,00/);
    expect(paper.text).toMatch(/PIX devolvido\s+R\$ 55,00/);
    expect(paper.text).toMatch(/PIX devolvido\s+US\$\s12,00/);
    expect(paper.text).toContain('Motivo: conciliação (gerente)');
    expect(paper.text).toContain('txid-stranger-1');
    expect(paper.text).toContain('PIX CONFIRMADO MANUALMENTE');
    expect(paper.text).toMatch(/C1-000042\s+R\$\s25,00\n\s+21\/11\/2025 12:30/);
  });

  it('gives the totals by operator and by shift, and the refunds made by hand apart', () => {
    const report = {
      ...dayReport(),
      byOperator: [
        { operatorId: 'a', name: 'Caio', count: 9, totalCents: 100000 },
        { operatorId: 'b', name: 'Bia', count: 3, totalCents: 23456 },
      ],
      byShift: [
        { shiftId: 's1', openedAt: '2025-11-21T11:00:00.000Z', closedAt: '2025-11-21T17:30:00.000Z', count: 9, totalCents: 100000 },
        { shiftId: 's2', openedAt: '2025-11-21T17:30:00.000Z', closedAt: null, count: 3, totalCents: 23456 },
      ],
      manualRefunds: [{ paidBack: 'cash' as const, count: 1, totalCents: 500 }],
    };
    const { paper } = print(report);
    expect(paper.text).toMatch(/Por operador\s+Caio \(9\)\s+R\$ 1\.000,00\s+Bia \(3\)\s+R\$ 234,56/);
    // São Paulo is UTC-3: the first shift ran 08:00 to 14:30, the second is still open.
    expect(paper.text).toMatch(/Por turno\s+08:00-14:30 \(9\)\s+R\$ 1\.000,00\s+14:30-aberto \(3\)\s+R\$ 234,56/);
    expect(paper.text).toMatch(/Estornos manuais \(PIX estático\)\s+Em dinheiro \(1\)\s+R\$ 5,00/);
  });

  it('prints a report journaled before operators existed without those sections', () => {
    const { paper } = print(dayReport());
    expect(paper.text).not.toContain('Por operador');
    expect(paper.text).not.toContain('Por turno');
  });
});

describe('paper width and code pages', () => {
  it('keeps every line within the paper columns', () => {
    for (const columns of [32, 42, 48] as const) {
      const { paper } = print(cardSaleReceipt(), { columns });
      expect(Math.max(...paper.lines.map((line) => line.length))).toBeLessThanOrEqual(columns);
    }
  });

  it('transliterates what PC437 lacks and keeps what it has', () => {
    const { paper } = print(pixChargeSlip(), { codePage: 'cp437' });
    expect(paper.text).toContain('Padaria Sao Joao');
    expect(paper.text).toContain('Conceiçao');
    expect(paper.text).toContain('Transaçao (txid)');
  });

  it('cannot be made to send commands through the data', () => {
    const { paper } = print(pixSaleReceipt({ merchant: { ...MERCHANT, name: 'Loja\u001b@\u001dV\u0000X' } }));
    expect(paper.text).toContain('Loja @ V X');
  });

  it('prints a test page with the printer settings, the accents and a QR', () => {
    const settings = { ...DEFAULT_PRINTER_SETTINGS, model: 'epson-tm-t20iii' as const, serial: { ...DEFAULT_PRINTER_SETTINGS.serial, path: '/dev/ttyS0' } };
    const { paper } = print({ kind: 'test_page', language: 'pt-BR', merchant: MERCHANT, at: '2025-11-21T12:00:00Z' }, settings);
    expect(paper.text).toContain('PÁGINA DE TESTE');
    expect(paper.text).toMatch(/Modelo\s+Epson TM-T20III/);
    expect(paper.text).toMatch(/Porta\s+\/dev\/ttyS0/);
    expect(paper.text).toContain('9600 8N1');
    expect(paper.text).toContain('ÁÀÂÃÉÊÍÓÔÕÚÇ áàâãéêíóôõúç');
    expect(paper.qrCodes.map((qr) => qr.payload)).toEqual(['PDV']);
  });
});
