import { describe, expect, it } from 'vitest';
import type { ChargeQuote } from '../../../../src-preload/contract.ts';
import { formatMoney } from '../../../../src-shared/money.ts';
import { amountDue, formatRate, saleAmountText } from '../../../../src-renderer/src/lib/quote.ts';

// Intl puts a no-break space between the sign and the figure: compare with plain spaces.
const plain = (text: string) => text.replace(/\s/g, ' ');
const lines = (due: ReturnType<typeof amountDue>) => due.lines.map((line) => [line.key, plain(line.value)]);

const quote = (patch: Partial<ChargeQuote>): ChargeQuote => ({
  currency: 'BRL',
  totalCents: 15_226,
  subtotalCents: 15_001,
  exchangeRate: '1.0000',
  feeCents: 225,
  ...patch,
});

describe('money in the quote’s currency', () => {
  it('writes reais as R$ and dollars as US$, pt-BR style, from integer centavos', () => {
    expect(plain(formatMoney(1000, 'USD'))).toBe('US$ 10,00');
    expect(plain(formatMoney(123_456_789, 'USD'))).toBe('US$ 1.234.567,89');
    expect(plain(formatMoney(1, 'BRL'))).toBe('R$ 0,01');
    expect(plain(formatMoney(1, 'USD'))).toBe('US$ 0,01');
    expect(plain(saleAmountText(1000, null))).toBe('R$ 10,00');
    expect(plain(saleAmountText(1000, quote({ currency: 'USD' })))).toBe('US$ 10,00');
  });

  it('keeps the decimals the provider gave the exchange rate', () => {
    expect(plain(formatRate('5.2500'))).toBe('R$ 5,2500');
    expect(plain(formatRate('5.25'))).toBe('R$ 5,25');
    expect(plain(formatRate('5'))).toBe('R$ 5,00');
    expect(plain(formatRate('1234.123456'))).toBe('R$ 1.234,123456');
    // Not a number: shown as given rather than as "NaN".
    expect(formatRate(' n/a ')).toBe('n/a');
  });
});

describe('amountDue', () => {
  it('is the sale’s amount, with nothing to explain, when there is no quote', () => {
    const due = amountDue(1201, null);
    expect(due.totalCents).toBe(1201);
    expect(plain(due.total)).toBe('R$ 12,01');
    expect(due.lines).toEqual([]);
  });

  it('is the total with the fee for a BRL quote: sale amount and fee, no exchange, no subtotal', () => {
    const due = amountDue(15_001, quote({}));
    expect(due.totalCents).toBe(15_226);
    expect(plain(due.total)).toBe('R$ 152,26');
    expect(lines(due)).toEqual([
      ['quote.amount', 'R$ 150,01'],
      ['quote.fee', 'R$ 2,25'],
    ]);
  });

  it('explains a USD charge: dollars, the rate, the reais and the fee', () => {
    const due = amountDue(1000, quote({ currency: 'USD', subtotalCents: 5250, feeCents: 79, totalCents: 5329, exchangeRate: '5.2500' }));
    expect(plain(due.total)).toBe('R$ 53,29');
    expect(lines(due)).toEqual([
      ['quote.amount', 'US$ 10,00'],
      ['quote.exchange', 'US$ 1,00 = R$ 5,2500'],
      ['quote.subtotal', 'R$ 52,50'],
      ['quote.fee', 'R$ 0,79'],
    ]);
  });

  it('says nothing more when the quote changes nothing', () => {
    const due = amountDue(5000, quote({ totalCents: 5000, subtotalCents: 5000, feeCents: 0 }));
    expect(due.lines).toEqual([]);
    expect(plain(due.total)).toBe('R$ 50,00');
  });

  it('shows only the parts that differ', () => {
    // A USD charge without a fee: no fee line, but the conversion.
    const noFee = amountDue(1000, quote({ currency: 'USD', subtotalCents: 5250, feeCents: 0, totalCents: 5250, exchangeRate: '5.2500' }));
    expect(noFee.lines.map((line) => line.key)).toEqual(['quote.amount', 'quote.exchange', 'quote.subtotal']);
    // A total that differs for no stated reason still shows what the sale was.
    const odd = amountDue(5000, quote({ totalCents: 5100, subtotalCents: 5000, feeCents: 0 }));
    expect(lines(odd)).toEqual([['quote.amount', 'R$ 50,00']]);
    expect(odd.totalCents).toBe(5100);
  });
});
