import type { shell as en } from '../en/shell.ts';

/** The frame around every screen: title, header, navigation, connection. */
export const shell: Record<keyof typeof en, string> = {
  'app.title': 'PDV',
  'app.customerTitle': 'PDV — tela do cliente',

  'header.pixProvider': 'PIX: {name}',
  'header.cardProvider': 'Cartão: {name}',
  'header.demo': 'DEMO',
  'header.demoHint': 'Modo demonstração: nenhum dinheiro de verdade é movimentado',

  'language.label': 'Idioma',

  'connection.lost': 'Conexão com o caixa perdida. Reconectando…',

  'nav.label': 'Menu',
  'nav.counter': 'Caixa (Esc)',
  'nav.sales': 'Vendas do dia (F9)',
  'nav.settings': 'Configurações (F10)',
  'nav.lockedHint': 'Conclua ou cancele a venda em andamento antes',
  'nav.backToCounter': 'Voltar ao caixa (Esc)',
};
