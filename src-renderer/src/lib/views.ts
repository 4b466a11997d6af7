/** Where the cashier's window can be: the counter is home; the others are one key away and Esc brings it back. */
export type View = 'counter' | 'sales' | 'settings' | 'shift';

/** F9 and F10 open the day's sales and the settings; a till keyboard has them where a mouse is not. */
export const VIEW_KEYS: Readonly<Record<string, View>> = { F7: 'shift', F9: 'sales', F10: 'settings' };

/** Locks the till at once: the next operator signs in with their PIN. */
export const LOCK_KEY = 'F8';
