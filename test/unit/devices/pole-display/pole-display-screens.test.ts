import { describe, expect, it } from 'vitest';
import type { CodePage } from '../../../../src-shared/device-settings.ts';
import type { SaleState, SaleView } from '../../../../src-preload/contract.ts';
import { displayInit, displayScreen, type DisplayCommandSet } from '../../../../src-main/devices/pole-display/display-encoder.ts';
import { saleScreen, testScreen } from '../../../../src-main/devices/pole-display/display-messages.ts';
import { PoleDisplayEmulator } from '../../../fixtures/pole-display-emulator.ts';

function sale(state: SaleState, amountCents = 1201): SaleView {
  const at = '2025-11-21T17:03:05.000Z';
  return { id: '3f2c9a1e-7b4d-4e8a-9c21-5d6e7f809a1b', amountCents, currency: 'BRL', method: 'pix', state, createdAt: at, updatedAt: at, pix: null, card: null, bankTransfer: null, refunds: [], problem: null };
}

/** What the customer reads after the display received init and one screen. */
function shown(lines: readonly [string, string], commandSet: DisplayCommandSet, codePage: CodePage, dipSwitchPage: CodePage = codePage): [string, string] {
  const display = new PoleDisplayEmulator(commandSet, dipSwitchPage);
  display.feed(displayInit(commandSet));
  display.feed(displayScreen(lines, commandSet, codePage));
  expect(display.unknown).toEqual([]);
  return display.lines();
}

describe.each(['epson', 'cd5220'] as const)('%s command set', (commandSet) => {
  it.each([
    [null, ['  Padaria São João', '     Bem-vindo!']],
    [sale('draft'), ['Total a pagar', '            R$ 12,01']],
    [sale('awaiting_payment'), ['Pague com PIX', '            R$ 12,01']],
    [sale('paid'), ['Pago        R$ 12,01', 'Obrigado, até logo!']],
    [sale('expired'), ['    PIX expirado', 'Peça um novo código']],
    [sale('cancelled'), ['  Venda cancelada', '']],
    [sale('failed'), ['   Pagamento não', '     concluído']],
  ] as const)('shows %j', (current, expected) => {
    expect(shown(saleScreen(current, 'pt-BR', 'Padaria São João'), commandSet, 'cp860')).toEqual(expected);
  });

  it('transliterates to a display set to PC437', () => {
    expect(shown(saleScreen(sale('failed'), 'pt-BR', 'x'), commandSet, 'cp437')).toEqual(['   Pagamento nao', '     concluído']);
    expect(shown(saleScreen(null, 'pt-BR', 'Padaria São João'), commandSet, 'cp437')[0]).toBe('  Padaria Sao Joao');
  });

  it('falls back to plain ASCII when the display has no known code page', () => {
    expect(shown(saleScreen(sale('expired'), 'pt-BR', 'x'), commandSet, 'ascii', 'cp437')).toEqual(['    PIX expirado', 'Peca um novo codigo']);
  });

  it('shows English, and big amounts within 20 columns', () => {
    expect(shown(saleScreen(sale('awaiting_payment', 123_456_789), 'en', 'x'), commandSet, 'cp437')).toEqual([
      'Pay with PIX',
      '     R$ 1.234.567,89',
    ]);
    expect(shown(saleScreen(sale('paid'), 'en', 'x'), commandSet, 'cp437')).toEqual(['Paid        R$ 12,01', '     Thank you!']);
  });

  it('cuts long text at 20 columns and overwrites the previous screen entirely', () => {
    const display = new PoleDisplayEmulator(commandSet, 'cp860');
    display.feed(displayInit(commandSet));
    display.feed(displayScreen(['Supermercado Bom Preço do Bairro', 'linha de baixo longa demais'], commandSet, 'cp860'));
    display.feed(displayScreen(['Oi', ''], commandSet, 'cp860'));
    expect(display.lines()).toEqual(['Oi', '']);
    display.feed(displayScreen(['Supermercado Bom Preço do Bairro', 'x'], commandSet, 'cp860'));
    expect(display.lines()).toEqual(['Supermercado Bom Pre', 'x']);
  });

  it('has a test screen with accents', () => {
    expect(shown(testScreen('pt-BR'), commandSet, 'cp860')).toEqual(['Teste do visor', 'ÃÕÇÉ ãõçé 123456789']);
  });
});

it('selects the code table on Epson displays with ESC t', () => {
  expect(Buffer.from(displayScreen(['a', 'b'], 'epson', 'cp860')).includes(Buffer.from([0x1b, 0x74, 3]))).toBe(true);
  expect(Buffer.from(displayScreen(['a', 'b'], 'cd5220', 'cp860')).includes(Buffer.from([0x1b, 0x74]))).toBe(false);
});
