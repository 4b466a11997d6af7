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
import { MAX_AMOUNT_CENTS } from '../src-shared/money.ts';
import { isPixKey } from '../src-shared/pix-key.ts';
import {
  ENVIRONMENTS,
  LANGUAGES,
  PROVIDER_IDS,
  type BridgeErrorData,
  type AlertView,
  type BillView,
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
  type AuditEntryView,
  type OperatorView,
  type SessionView,
  type ShiftReportView,
  type ShiftView,
} from './views.ts';
import type { OtherTillRefundView, StoreDayReportView, StoreReconciliationView, StoreSaleView, StoreSettingsView, StoreSyncView } from './store-views.ts';

export * from './views.ts';
export * from './store-views.ts';

/** Who is calling: the cashier's window or a read-only customer display. */
export type Access = 'cashier' | 'display';
/**
 * Who may call an operation:
 * - 'display': any window, signed in or not (read-only views);
 * - 'lock_screen': the cashier's window even while the till is locked (signing in, first run);
 * - 'cashier': the cashier's window with an operator signed in (the till starts locked);
 * - 'manager': as 'cashier', and the signed-in operator is a manager or the call carries a manager's
 *   authorization at the spot ("autorização do gerente"): the input gets one more field next to its own,
 *   `approval: { operatorId, pin }` (see ManagerApprovalSchema). The router takes it off, checks the input,
 *   then verifies the PIN (wrong PINs slow down like signing in), and only then calls the handler, which never
 *   sees it. Every 'manager' call that succeeds is written to the audit journal with who authorized it.
 */
export type Requirement = Access | 'manager' | 'lock_screen';

export type Reply<T> = { ok: true; value: T } | { ok: false; error: BridgeErrorData };

const AmountCents = v.pipe(
  v.number('amount.required'),
  v.integer('amount.too_many_decimals'),
  v.minValue(1, 'amount.not_positive'),
  v.maxValue(MAX_AMOUNT_CENTS, 'amount.too_large'),
);
const SaleId = v.pipe(v.string(), v.uuid('sale.id_invalid'));
const BillId = v.pipe(v.string('bill.id_invalid'), v.uuid('bill.id_invalid'));
const Empty = v.strictObject({});
const Digits = (min: number, max: number, key: string) => v.pipe(v.string(key), v.regex(new RegExp(`^\\d{${min},${max}}$`), key));
const HolderName = v.pipe(v.string('card.holder_name_required'), v.trim(), v.minLength(2, 'card.holder_name_required'), v.maxLength(40, 'card.holder_name_too_long'));
const HolderDocument = v.pipe(v.string('document.invalid'), v.regex(/^(\d{11}|\d{14})$/, 'document.invalid'));
const NewCard = v.strictObject({
  number: Digits(12, 19, 'card.number_invalid'),
  holderName: HolderName,
  holderDocument: HolderDocument,
  expiry: v.pipe(v.string('card.expiry_invalid'), v.regex(/^(0[1-9]|1[0-2])\d{4}$/, 'card.expiry_invalid')),
  cvv: Digits(3, 4, 'card.cvv_invalid'),
});
const SavedCardRef = v.strictObject({
  savedCardId: v.pipe(v.string('card.saved_invalid'), v.minLength(1, 'card.saved_invalid'), v.maxLength(100, 'card.saved_invalid')),
  holderName: HolderName,
  holderDocument: HolderDocument,
});
const Selection = v.nullable(v.strictObject({ id: v.picklist(PROVIDER_IDS, 'provider.unknown'), environment: v.picklist(ENVIRONMENTS, 'provider.environment_invalid') }));
const ShortText = (max: number, key: string) => v.pipe(v.string(key), v.trim(), v.maxLength(max, key));
const Payer = v.strictObject({
  name: ShortText(150, 'payer.name_invalid'),
  document: HolderDocument,
  email: v.optional(ShortText(255, 'payer.email_invalid')),
});
const Day = v.pipe(v.string('day.invalid'), v.isoDate('day.invalid'));
const OperatorId = v.pipe(v.string('operator.id_invalid'), v.uuid('operator.id_invalid'));
const Pin = v.pipe(v.string('operator.pin_invalid'), v.regex(/^\d{4,8}$/, 'operator.pin_invalid'));
const OperatorName = v.pipe(ShortText(40, 'operator.name_invalid'), v.minLength(1, 'operator.name_invalid'));
const CashCents = v.pipe(
  v.number('amount.required'),
  v.integer('amount.too_many_decimals'),
  v.minValue(0, 'amount.not_positive'),
  v.maxValue(MAX_AMOUNT_CENTS, 'amount.too_large'),
);
/** A manager's authorization at the spot, carried next to a 'manager' operation's own input. */
export const ManagerApprovalSchema = v.strictObject({ operatorId: OperatorId, pin: Pin }, 'approval.invalid');
export type ManagerApproval = v.InferInput<typeof ManagerApprovalSchema>;

interface OperationSpec<Input extends v.GenericSchema, Output, A extends Requirement = Requirement> {
  input: Input;
  access: A;
  /** Type-level only: what the operation resolves to. */
  output?: Output;
}

function operation<Output>() {
  return <Input extends v.GenericSchema, A extends Requirement>(input: Input, access: A): OperationSpec<Input, Output, A> => ({
    input,
    access,
  });
}

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
  // Several tills, one shop ("Loja com vários caixas").
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
  // Operators, sessions, the audit journal, shifts and cash (issue 8).
  'session.get': operation<SessionView>()(Empty, 'lock_screen'),
  'session.signIn': operation<SessionView>()(v.strictObject({ operatorId: OperatorId, pin: Pin }), 'lock_screen'),
  'session.lock': operation<SessionView>()(Empty, 'lock_screen'),
  /** First run: the owner, a manager, while the till has no manager of its own (the demo one aside). */
  'operators.createOwner': operation<SessionView>()(v.strictObject({ name: OperatorName, pin: Pin }), 'lock_screen'),
  'operators.list': operation<OperatorView[]>()(Empty, 'manager'),
  'operators.add': operation<OperatorView[]>()(
    v.strictObject({ name: OperatorName, role: v.picklist(['manager', 'cashier'], 'operator.role_invalid'), pin: Pin }),
    'manager',
  ),
  'operators.setActive': operation<OperatorView[]>()(v.strictObject({ operatorId: OperatorId, active: v.boolean() }), 'manager'),
  'audit.list': operation<AuditEntryView[]>()(
    v.strictObject({ limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500)), 100) }),
    'manager',
  ),
  'shift.open': operation<ShiftView>()(v.strictObject({ floatCents: CashCents }), 'cashier'),
  'shift.moveCash': operation<ShiftView>()(
    v.strictObject({
      kind: v.picklist(['sangria', 'suprimento'], 'shift.movement_invalid'),
      amountCents: AmountCents,
      reason: v.pipe(ShortText(140, 'shift.reason_required'), v.minLength(1, 'shift.reason_required')),
    }),
    'cashier',
  ),
  /** Blind close: the cashier counts before seeing what was expected. Methods not counted count as expected. */
  'shift.close': operation<ShiftReportView>()(
    v.strictObject({
      counted: v.strictObject({
        cash: CashCents,
        pix: v.optional(CashCents),
        credit: v.optional(CashCents),
        debit: v.optional(CashCents),
        bank_transfer: v.optional(CashCents),
        pix_static: v.optional(CashCents),
      }),
    }),
    'manager',
  ),
  'shift.report': operation<ShiftReportView>()(v.strictObject({ shiftId: v.pipe(v.string(), v.uuid('shift.id_invalid')) }), 'cashier'),
  'printer.printShiftReport': operation<PrintJobView>()(v.strictObject({ shiftId: v.pipe(v.string(), v.uuid('shift.id_invalid')) }), 'cashier'),
  /** Cash: paid at once; `receivedCents` at least the amount, the change is the difference. */
  'sale.startCash': operation<SaleView>()(v.strictObject({ amountCents: AmountCents, receivedCents: CashCents }), 'cashier'),
  // Split tender (issue 8, point 4): while a bill is open, sale.start* make its tenders.
  'bill.current': operation<BillView | null>()(Empty, 'display'),
  'bill.open': operation<BillView>()(v.strictObject({ totalCents: AmountCents }), 'cashier'),
  'bill.get': operation<BillView>()(v.strictObject({ billId: BillId }), 'cashier'),
  /** Only while nothing is paid on it and no tender is under way. */
  'bill.abandon': operation<BillView>()(v.strictObject({ billId: BillId }), 'cashier'),
  /** Refunds every paid tender in full at its own provider, newest first. */
  'bill.refund': operation<BillView>()(v.strictObject({ billId: BillId, reason: ShortText(140, 'refund.reason_too_long') }), 'manager'),
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
