import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import { describe, expect, it } from 'vitest';
import { byteFor, encodeText, upperHalf } from '../../../src-main/devices/code-pages.ts';
import { PRINTER_CODE_PAGES } from '../../../src-shared/device-settings.ts';
import { transliterate } from '../../../src-main/devices/transliterate.ts';

/** The bytes the receipt encoder sends for one character in a code page (after its ESC t n). */
function encoderByte(char: string, codePage: (typeof PRINTER_CODE_PAGES)[number]): number | undefined {
  const bytes = new ReceiptPrinterEncoder({ columns: 42 }).initialize().codepage(codePage).text(`x${char}x`).encode();
  const at = bytes.indexOf(0x78);
  return bytes[at + 1];
}

describe('code page tables', () => {
  it.each(PRINTER_CODE_PAGES)('%s agrees byte for byte with the receipt encoder', (codePage) => {
    const table = upperHalf(codePage);
    expect([...table]).toHaveLength(128);
    // The encoder treats spaces as layout, so the two no-break and soft-hyphen glyphs are checked by position only.
    const printable = [...table].map((char, index) => ({ char, byte: 0x80 + index })).filter(({ char }) => !/[\s\u00ad]/u.test(char));
    const mismatches = printable.filter(({ char, byte }) => encoderByte(char, codePage) !== byte).map(({ char }) => char);
    // cp850 also draws ¶ and § at 0x14 and 0x15, and the encoder takes the first match: a known quirk.
    expect(mismatches).toEqual(codePage === 'cp850' || codePage === 'cp858' ? ['¶', '§'] : []);
  });

  it('puts the Portuguese letters where Epson documents them in PC860', () => {
    expect([byteFor('ç', 'cp860'), byteFor('ã', 'cp860'), byteFor('é', 'cp860'), byteFor('õ', 'cp860')]).toEqual([
      0x87, 0x84, 0x82, 0x94,
    ]);
  });

  it('encodes ASCII as itself and what a page lacks as ?', () => {
    expect([...encodeText('R$ 1,00', 'cp437')]).toEqual([...Buffer.from('R$ 1,00')]);
    expect([...encodeText('ã', 'cp437')]).toEqual([0x3f]);
  });
});

describe('transliterate', () => {
  it('keeps what the code page has and drops only the accents it lacks', () => {
    expect(transliterate('Padaria São João', 'cp860')).toBe('Padaria São João');
    expect(transliterate('Padaria São João', 'cp437')).toBe('Padaria Sao Joao');
    expect(transliterate('Conceição', 'cp437')).toBe('Conceiçao');
    expect(transliterate('Conceição', 'ascii')).toBe('Conceicao');
  });

  it('turns no-break spaces from money formatting into plain spaces', () => {
    expect(transliterate('R$\u00a012,01', 'cp860')).toBe('R$ 12,01');
  });

  it('never lets control characters through, so data cannot carry device commands', () => {
    expect(transliterate('Loja\u001b@\nX', 'cp860')).toBe('Loja @ X');
  });

  it('uses stand-ins for signs, and ? for what has none', () => {
    expect(transliterate('5 € – “ok”', 'cp860')).toBe('5 EUR - "ok"');
    expect(transliterate('5 €', 'cp858')).toBe('5 €');
    expect(transliterate('中', 'cp860')).toBe('?');
  });
});
