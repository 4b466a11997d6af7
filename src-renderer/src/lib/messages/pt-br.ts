/** Português do Brasil: the till's default language. One module per area of the till, each with exactly the English keys. */
import type { MessageKey } from './en.ts';
import { shell } from './pt-br/shell.ts';
import { counter } from './pt-br/counter.ts';
import { customer } from './pt-br/customer.ts';
import { card } from './pt-br/card.ts';
import { sales } from './pt-br/sales.ts';
import { reconcile } from './pt-br/reconcile.ts';
import { settings } from './pt-br/settings.ts';
import { devices } from './pt-br/devices.ts';
import { errors } from './pt-br/errors.ts';
import { access } from './pt-br/access.ts';
import { store } from './pt-br/store.ts';
import { checking } from './pt-br/checking.ts';
import { operators } from './pt-br/operators.ts';
import { shifts } from './pt-br/shifts.ts';
import { bill } from './pt-br/bill.ts';
import { day } from './pt-br/day.ts';
import { dayClose } from './pt-br/day-close.ts';

export const ptBR: Record<MessageKey, string> = { ...shell, ...counter, ...customer, ...card, ...sales, ...reconcile, ...settings, ...devices, ...errors, ...access, ...store, ...checking, ...operators, ...shifts, ...bill, ...day, ...dayClose };
