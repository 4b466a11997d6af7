/** The two lines the customer reads on the pole display for each moment of a sale, in both languages. */
import type { Language, SaleView } from '../../../src-preload/contract.ts';
import { formatBRL } from '../../../src-shared/money.ts';
import { DISPLAY_COLUMNS, type DisplayLines } from './display-encoder.ts';

const TEXT = {
  'pt-BR': {
    welcome: 'Bem-vindo!',
    amountDue: 'Total a pagar',
    payWithPix: 'Pague com PIX',
    paid: 'Pago',
    change: 'Troco',
    thanks: 'Obrigado, até logo!',
    expired: ['PIX expirado', 'Peça um novo código'],
    cancelled: ['Venda cancelada', ''],
    failed: ['Pagamento não', 'concluído'],
    checking: ['Aguarde, estamos', 'conferindo'],
    test: ['Teste do visor', 'ÃÕÇÉ ãõçé 123456789'],
  },
  en: {
    welcome: 'Welcome!',
    amountDue: 'Amount due',
    payWithPix: 'Pay with PIX',
    paid: 'Paid',
    change: 'Change',
    thanks: 'Thank you!',
    expired: ['PIX code expired', 'Ask for a new one'],
    cancelled: ['Sale cancelled', ''],
    failed: ['Payment failed', 'Please try again'],
    checking: ['Please wait,', 'we are checking'],
    test: ['Display test', 'ÃÕÇÉ ãõçé 123456789'],
  },
} as const;

export function saleScreen(sale: SaleView | null, language: Language, merchantName: string): DisplayLines {
  const text = TEXT[language];
  if (!sale) return [center(merchantName), center(text.welcome)];
  const amount = formatBRL(sale.amountCents);
  switch (sale.state) {
    case 'draft':
      return [text.amountDue, right(amount)];
    case 'awaiting_payment':
      return [text.payWithPix, right(amount)];
    case 'paid':
      if (sale.cash && sale.cash.changeCents > 0) return [spread(text.paid, amount), spread(text.change, formatBRL(sale.cash.changeCents))];
      return [spread(text.paid, amount), center(text.thanks)];
    case 'expired':
      return [center(text.expired[0]), center(text.expired[1])];
    case 'cancelled':
      return [center(text.cancelled[0]), text.cancelled[1]];
    case 'failed':
      return [center(text.failed[0]), center(text.failed[1])];
    case 'needs_checking':
      return [center(text.checking[0]), center(text.checking[1])];
  }
}

export function testScreen(language: Language): DisplayLines {
  return TEXT[language].test;
}

function center(text: string): string {
  const left = Math.max(0, Math.floor((DISPLAY_COLUMNS - text.length) / 2));
  return ' '.repeat(left) + text;
}

function right(text: string): string {
  return text.padStart(DISPLAY_COLUMNS, ' ');
}

function spread(left: string, rightText: string): string {
  return left + rightText.padStart(DISPLAY_COLUMNS - left.length, ' ');
}
