/** The contract's operations for several tills, one shop ("Loja com vários caixas"). */
import * as v from 'valibot';
import { AmountCents, Day, Empty, operation, SaleId, ShortText } from './operation-kit.ts';
import type { StoreDayReportView, StoreReconciliationView, StoreSaleView, StoreSettingsView, StoreSyncView } from './store-views.ts';

export const storeOperations = {
  'store.settings': operation<StoreSettingsView>()(Empty, 'cashier'),
  'store.configure': operation<StoreSettingsView>()(
    v.strictObject({
      enabled: v.boolean('store.enabled_invalid'),
      tillCode: v.pipe(v.string('store.till_code_invalid'), v.trim(), v.toUpperCase(), v.regex(/^[A-Z0-9]{1,6}$/, 'store.till_code_invalid')),
      tillName: v.pipe(ShortText(40, 'store.till_name_invalid'), v.minLength(1, 'store.till_name_invalid')),
      connectionString: v.optional(v.pipe(v.string('store.connection_invalid'), v.trim(), v.maxLength(1000, 'store.connection_invalid'))),
    }),
    'manager',
  ),
  'store.testConnection': operation<null>()(
    v.strictObject({ connectionString: v.optional(v.pipe(v.string('store.connection_invalid'), v.trim(), v.maxLength(1000, 'store.connection_invalid'))) }),
    'cashier',
  ),
  'store.status': operation<StoreSyncView>()(Empty, 'cashier'),
  'store.sales': operation<StoreSaleView[]>()(
    v.strictObject({
      day: Day,
      tillCode: v.optional(v.pipe(v.string('store.till_code_invalid'), v.maxLength(6, 'store.till_code_invalid'))),
      operator: v.optional(ShortText(60, 'store.operator_invalid')),
    }),
    'cashier',
  ),
  'store.dayReport': operation<StoreDayReportView>()(v.strictObject({ day: Day }), 'cashier'),
  'store.reconcile': operation<StoreReconciliationView>()(v.strictObject({ day: Day }), 'cashier'),
  /** Any till's sale, at the provider account that took it, with this till's credentials for that account. */
  'store.refund': operation<StoreSaleView>()(
    v.strictObject({ saleId: SaleId, amountCents: AmountCents, reason: ShortText(140, 'refund.reason_too_long') }),
    'manager',
  ),
} as const;
