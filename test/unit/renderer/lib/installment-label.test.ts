import { describe, expect, it } from 'vitest';
import { translator } from '../../../../src-renderer/src/lib/i18n.ts';
import { installmentLabel } from '../../../../src-renderer/src/lib/installment-label.ts';

// formatBRL puts a no-break space after "R$": compare with plain spaces.
const label = (total: number, count: number, language: 'pt-BR' | 'en' = 'pt-BR') =>
  installmentLabel(translator(language), total, count).replace(/\s/g, ' ');

describe('installmentLabel', () => {
  it('counts every installment when the centavos divide, as card machines show it', () => {
    expect(label(4590, 3)).toBe('3x de R$ 15,30');
    expect(label(4800, 4)).toBe('4x de R$ 12,00');
    expect(label(9600, 8)).toBe('8x de R$ 12,00');
    expect(label(12_000, 12)).toBe('12x de R$ 10,00');
    expect(label(2590, 1)).toBe('1x de R$ 25,90');
  });

  it('names the first installment when it carries the centavos left over', () => {
    expect(label(1000, 3)).toBe('3x de R$ 3,33 (1ª de R$ 3,34)');
    expect(label(10_000, 12)).toBe('12x de R$ 8,33 (1ª de R$ 8,37)');
    expect(label(1000, 3, 'en')).toBe('3x of R$ 3,33 (1st of R$ 3,34)');
  });
});
