/** English. Its keys define the catalog: every other language must have exactly these. One module per area of the till. */
import { shell } from './en/shell.ts';
import { counter } from './en/counter.ts';
import { customer } from './en/customer.ts';
import { card } from './en/card.ts';
import { sales } from './en/sales.ts';
import { reconcile } from './en/reconcile.ts';
import { settings } from './en/settings.ts';
import { devices } from './en/devices.ts';
import { errors } from './en/errors.ts';
import { access } from './en/access.ts';
import { store } from './en/store.ts';
import { checking } from './en/checking.ts';
import { operators } from './en/operators.ts';
import { shifts } from './en/shifts.ts';
import { bill } from './en/bill.ts';
import { day } from './en/day.ts';
import { dayClose } from './en/day-close.ts';

export const en = { ...shell, ...counter, ...customer, ...card, ...sales, ...reconcile, ...settings, ...devices, ...errors, ...access, ...store, ...checking, ...operators, ...shifts, ...bill, ...day, ...dayClose } as const;

export type MessageKey = keyof typeof en;
