/** Where the cashier's window can be: the counter is home; the others are one key away and Esc brings it back. */
export type View = 'counter' | 'sales' | 'settings';

/** F9 and F10 open the day's sales and the settings; a till keyboard has them where a mouse is not. */
export const VIEW_KEYS: Readonly<Record<string, View>> = { F9: 'sales', F10: 'settings' };
