/**
 * The one contract between the UI and the main process: every operation the renderer may call,
 * with its input schema, output type and who may call it, and every event main pushes.
 * Both shells (Electron IPC and the web shell's WebSocket) carry exactly this; main validates
 * every input against these schemas because the renderer is untrusted.
 * No electron import here: main, preload, renderer and tests all share this file.
 */
import * as v from 'valibot';
import { MAX_INSTALLMENTS } from '../src-shared/card-checks.ts';
import { DeviceSettingsSchema } from '../src-shared/device-settings.ts';
import { isPixKey } from '../src-shared/pix-key.ts';
import {
  ENVIRONMENTS,
  LANGUAGES,
  PROVIDER_IDS,
  type BridgeErrorData,
  type AlertView,
  type BillView,
  type BillPartRefundView,
  type BillRefundPlanView,
  type AppInfo,
  type CounterPreview,
  type DayReportView,
  type DeviceStatusView,
  type DiscoveredPort,
  type PrintJobView,
  type ReconciliationView,
  type SalesByHourView,
  STATIC_PIX_MODES,
  MANUAL_REFUND_PAID_BACK,
  type SaleView,
  type SavedCardView,
  type SettingsView,
  type ShellAccessView,
  type SessionView,
} from './views.ts';
import type { OtherTillRefundView, StoreSyncView } from './store-views.ts';

export * from './views.ts';
export * from './store-views.ts';
import { AmountCents, BillId, Day, Empty, NewCard, operation, Payer, SaleId, SavedCardRef, Selection, ShortText, type Access, type ManagerApproval } from './operation-kit.ts';
import { peopleOperations } from './people-operations.ts';
import { storeOperations } from './store-operations.ts';

export type { Access, Requirement } from './operation-kit.ts';
export { ManagerApprovalSchema, type ManagerApproval } from './operation-kit.ts';

export type Reply<T> = { ok: true; value: T } | { ok: false; error: BridgeErrorData };

export const operations = {
  'app.info': operation<AppInfo>()(Empty, 'display'),
  'settings.setLanguage': operation<AppInfo>()(v.strictObject({ language: v.picklist(LANGUAGES) }), 'lock_screen'),
  'sale.current': operation<SaleView | null>()(Empty, 'display'),
  'counter.preview': operation<CounterPreview | null>()(Empty, 'display'),
  'counter.setPreview': operation<null>()(
    v.strictObject({ preview: v.nullable(v.strictObject({ amountCents: AmountCents, method: v.picklist(['card', 'bank_transfer']) })) }),
    'cashier',
  ),
  'sale.startPix': operation<SaleView>()(
    v.strictObject({
      amountCents: AmountCents,
      /** Required by providers whose capabilities say `pixRequiresPayer`; the provider checks the details. */
      payer: v.optional(Payer),
    }),
    'cashier',
  ),
  'sale.cancel': operation<SaleView>()(v.strictObject({ saleId: SaleId }), 'cashier'),
  'sale.dismiss': operation<null>()(Empty, 'cashier'),
  'sale.simulatePayment': operation<SaleView>()(v.strictObject({ saleId: SaleId }), 'cashier'),
  'sale.startCard': operation<SaleView>()(
    v.strictObject({
      amountCents: AmountCents,
      paymentType: v.picklist(['credit', 'debit'], 'card.payment_type_invalid'),
      installments: v.pipe(v.number('card.installments_invalid'), v.integer('card.installments_invalid'), v.minValue(1, 'card.installments_invalid'), v.maxValue(MAX_INSTALLMENTS, 'card.installments_invalid')),
      card: v.union([NewCard, SavedCardRef], 'card.invalid'),
      saveCard: v.optional(v.boolean(), false),
    }),
    'cashier',
  ),
  'sale.startBankTransfer': operation<SaleView>()(v.strictObject({ amountCents: AmountCents, payer: Payer }), 'cashier'),
  'sale.refund': operation<SaleView>()(
    v.strictObject({ saleId: SaleId, amountCents: AmountCents, reason: ShortText(140, 'refund.reason_too_long') }),
    'manager',
  ),
  /** This till's refunds of other tills' sales that a person must check at the provider. */
  'store.refundsToCheck': operation<OtherTillRefundView[]>()(Empty, 'cashier'),
  /** A manager says whether such a refund was paid ("foi pago") or not (its amount is free again). */
  'store.resolveRefund': operation<OtherTillRefundView[]>()(
    v.strictObject({ refundId: v.pipe(v.string(), v.uuid('refund.id_invalid')), paid: v.boolean('refund.paid_invalid') }),
    'manager',
  ),
  /** A person checked with the provider what the till could not learn: the refund was paid, or it was not. */
  'refund.resolve': operation<SaleView>()(v.strictObject({ refundId: v.pipe(v.string(), v.uuid('refund.id_invalid')), paid: v.boolean('refund.paid_invalid') }), 'manager'),
  'sale.get': operation<SaleView>()(v.strictObject({ saleId: SaleId }), 'cashier'),
  'sales.list': operation<SaleView[]>()(
    v.strictObject({ day: Day }),
    'cashier',
  ),
  'report.day': operation<DayReportView>()(v.strictObject({ day: Day }), 'cashier'),
  'printer.printDayReport': operation<PrintJobView>()(v.strictObject({ day: Day }), 'cashier'),
  'report.reconcile': operation<ReconciliationView>()(v.strictObject({ day: Day }), 'cashier'),
  /** A manager settles a reconciliation difference of `day`: the till reverses, refunds or books it (or keeps a note), and keeps the decision. */
  'report.resolveDifference': operation<null>()(
    v.strictObject({
      day: Day,
      key: v.pipe(v.string('reconcile.key_invalid'), v.maxLength(200, 'reconcile.key_invalid')),
      action: v.picklist(['reverse', 'refund', 'book', 'mark_resolved'], 'reconcile.action_invalid'),
      note: ShortText(200, 'reconcile.note_too_long'),
    }),
    'manager',
  ),
  'cards.listSaved': operation<SavedCardView[]>()(Empty, 'cashier'),
  'cards.deleteSaved': operation<null>()(v.strictObject({ savedCardId: SavedCardRef.entries.savedCardId }), 'manager'),

  'settings.get': operation<SettingsView>()(Empty, 'cashier'),
  'settings.setMerchant': operation<SettingsView>()(
    v.strictObject({
      name: v.pipe(ShortText(60, 'merchant.name_invalid'), v.minLength(1, 'merchant.name_invalid')),
      city: v.pipe(ShortText(60, 'merchant.city_invalid'), v.minLength(1, 'merchant.city_invalid')),
      taxId: ShortText(20, 'merchant.tax_id_invalid'),
      address: ShortText(120, 'merchant.address_invalid'),
      /** Charges at or above this make the cashier confirm the amount first. */
      largeAmountCents: v.optional(AmountCents),
    }),
    'manager',
  ),
  'settings.setProviders': operation<SettingsView>()(v.strictObject({ pix: Selection, card: Selection }), 'manager'),
  'settings.setCredentials': operation<SettingsView>()(
    v.strictObject({
      id: v.picklist(PROVIDER_IDS, 'provider.unknown'),
      environment: v.picklist(['sandbox', 'production'], 'provider.environment_invalid'),
      values: v.record(v.pipe(v.string(), v.maxLength(40)), v.pipe(v.string('credentials.invalid'), v.maxLength(2000, 'credentials.invalid'))),
    }),
    'manager',
  ),
  'settings.testConnection': operation<null>()(
    v.strictObject({ id: v.picklist(PROVIDER_IDS, 'provider.unknown'), environment: v.picklist(ENVIRONMENTS, 'provider.environment_invalid') }),
    'cashier',
  ),
  'settings.setDevices': operation<SettingsView>()(DeviceSettingsSchema, 'manager'),

  'devices.status': operation<DeviceStatusView>()(Empty, 'cashier'),
  'devices.listPorts': operation<DiscoveredPort[]>()(Empty, 'cashier'),
  'printer.testPrint': operation<PrintJobView>()(Empty, 'cashier'),
  'printer.printPixQr': operation<PrintJobView>()(v.strictObject({ saleId: SaleId }), 'cashier'),
  'printer.reprintSale': operation<PrintJobView>()(v.strictObject({ saleId: SaleId }), 'cashier'),
  'display.test': operation<null>()(Empty, 'cashier'),

  'shell.access': operation<ShellAccessView>()(Empty, 'cashier'),
  'shell.rotateTokens': operation<ShellAccessView>()(Empty, 'manager'),
  'shell.confirmWeakStorage': operation<ShellAccessView>()(Empty, 'manager'),
  'shell.setAutoStart': operation<ShellAccessView>()(v.strictObject({ enabled: v.boolean() }), 'manager'),
  ...storeOperations,
  // Offline PIX and the day's chart (issue 8, points 5 and 6).
  /** The cashier saw the customer's proof of a static PIX; refused when the shop wants a manager (then the next one). */
  'sale.confirmStaticPix': operation<SaleView>()(v.strictObject({ saleId: SaleId }), 'cashier'),
  'sale.confirmStaticPixByManager': operation<SaleView>()(v.strictObject({ saleId: SaleId }), 'manager'),
  'settings.setStaticPix': operation<SettingsView>()(
    v.strictObject({
      pixKey: v.union([v.literal(''), v.pipe(v.string('static_pix.key_invalid'), v.trim(), v.check(isPixKey, 'static_pix.key_invalid'))], 'static_pix.key_invalid'),
      mode: v.picklist(STATIC_PIX_MODES, 'static_pix.mode_invalid'),
      managerConfirms: v.boolean(),
    }),
    'manager',
  ),
  'report.salesByHour': operation<SalesByHourView>()(v.strictObject({ day: Day }), 'cashier'),

  /** A manager records what a "needs checking" sale turned out to be: charged (books it paid) or not (fails it). */
  'sale.resolveChecking': operation<SaleView>()(
    v.strictObject({ saleId: SaleId, outcome: v.picklist(['charged', 'not_charged'], 'checking.outcome_invalid') }),
    'manager',
  ),
  'settings.setAutoRefundLate': operation<SettingsView>()(v.strictObject({ enabled: v.boolean() }), 'manager'),
  ...peopleOperations,
  // Split tender (issue 8, point 4): while a bill is open, sale.start* make its tenders.
  'bill.current': operation<BillView | null>()(Empty, 'display'),
  'bill.open': operation<BillView>()(v.strictObject({ totalCents: AmountCents }), 'cashier'),
  'bill.get': operation<BillView>()(v.strictObject({ billId: BillId }), 'cashier'),
  /** Only while nothing is paid on it and no tender is under way. */
  'bill.abandon': operation<BillView>()(v.strictObject({ billId: BillId }), 'cashier'),
  /** Refunds every paid tender in full at its own provider, newest first. */
  'bill.refund': operation<BillPartRefundView>()(v.strictObject({ billId: BillId, reason: ShortText(140, 'refund.reason_too_long') }), 'manager'),
  /** How an amount would go back through the paid tenders, newest first; nothing is sent. */
  'bill.planRefund': operation<BillRefundPlanView>()(v.strictObject({ billId: BillId, amountCents: AmountCents }), 'cashier'),
  /** Gives part of a bill back as planned, each share through its tender's own refund. */
  'bill.refundPart': operation<BillPartRefundView>()(
    v.strictObject({ billId: BillId, amountCents: AmountCents, reason: ShortText(140, 'refund.reason_too_long') }),
    'manager',
  ),
  // A static PIX refunded by hand (issue 8, point 5): cash from the drawer or a PIX the shop sends itself.
  'sale.refundManually': operation<SaleView>()(
    v.strictObject({
      saleId: SaleId,
      amountCents: AmountCents,
      reason: ShortText(140, 'refund.reason_too_long'),
      paidBack: v.picklist(MANUAL_REFUND_PAID_BACK, 'refund.paid_back_invalid'),
    }),
    'manager',
  ),
} as const;

export type OperationName = keyof typeof operations;
export type OperationInput<K extends OperationName> = v.InferInput<(typeof operations)[K]['input']> &
  ((typeof operations)[K]['access'] extends 'manager' ? { approval?: ManagerApproval } : unknown);
export type OperationOutput<K extends OperationName> = Exclude<(typeof operations)[K]['output'], undefined>;

export interface EventPayloads {
  'sale.changed': SaleView | null;
  'app.changed': AppInfo;
  'devices.changed': DeviceStatusView;
  'counter.preview': CounterPreview | null;
  /** This till's link to the store changed, or the store ledger did (any till wrote to it): store views read again. */
  'store.changed': StoreSyncView;
  /** Who is signed in and which shift is open changed (sign-in, lock, shift open or close). */
  /** Any sale that changed, on the counter or not (a refund settling, a late payment): lists follow it. */
  'sales.changed': SaleView;
  /** Who is signed in and which shift is open changed (sign-in, lock, shift open or close). */
  'session.changed': SessionView;
  /** Something the cashier must see over any screen: a late payment, a reversal, a full disk. */
  'alert.raised': AlertView;
  /** The bill on the counter (split tender) changed; null when none is on it. */
  'bill.changed': BillView | null;
}
export type EventName = keyof EventPayloads;
export const EVENT_NAMES: readonly EventName[] = [
  'sale.changed',
  'app.changed',
  'devices.changed',
  'counter.preview',
  'store.changed',
  'sales.changed',
  'session.changed',
  'alert.raised',
  'bill.changed',
];

/**
 * What the customer display may hear: the sale on the counter and what it shows around it. It never learns who
 * works the till (names, the demo PIN), its alerts, other sales or the store's state: it may be a tablet on the
 * shop's network.
 */
const DISPLAY_EVENTS: readonly EventName[] = ['sale.changed', 'app.changed', 'devices.changed', 'counter.preview', 'bill.changed'];

export function eventReaches(name: EventName, access: Access): boolean {
  return access === 'cashier' || DISPLAY_EVENTS.includes(name);
}

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.hasOwn(operations, name);
}

/** What a shell hands the renderer: raw replies, so typed errors survive any transport. */
export interface PosTransport {
  invoke(name: OperationName, input: unknown): Promise<Reply<unknown>>;
  on(name: EventName, listener: (payload: unknown) => void): () => void;
}

/** The IPC channel names the Electron shell uses. */
export const IPC_INVOKE_CHANNEL = 'pos:invoke';
export const IPC_EVENT_CHANNEL = 'pos:event';
