/** The frame around every screen: title, header, navigation, connection. */
export const shell = {
  'app.title': 'PDV',
  'app.customerTitle': 'PDV — customer display',

  'header.pixProvider': 'PIX: {name}',
  'header.cardProvider': 'Card: {name}',
  'header.demo': 'DEMO',
  'header.demoHint': 'Demo mode: no real money moves',

  'language.label': 'Language',

  'connection.lost': 'Connection to the till lost. Reconnecting…',

  'nav.label': 'Menu',
  'nav.counter': 'Counter (Esc)',
  'nav.sales': 'Today’s sales (F9)',
  'nav.settings': 'Settings (F10)',
  'nav.lockedHint': 'Finish or cancel the sale on the counter first',
  'nav.backToCounter': 'Back to the counter (Esc)',
} as const;
