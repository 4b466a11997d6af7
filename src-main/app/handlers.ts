/** Every contract operation mapped to the one service method that does it. */
import type { TillDevices } from '../devices/till-devices.ts';
import type { ProviderHub } from '../providers/provider-hub.ts';
import { dayRange } from '../ledger/day-range.ts';
import { dayReport } from '../reports/day-report.ts';
import { reconcileDay } from '../reports/reconcile.ts';
import { salesByHour } from '../reports/sales-by-hour.ts';
import type { BankTransferService } from '../sales/bank-transfer-service.ts';
import type { CardSaleService } from '../sales/card-sale-service.ts';
import type { PixSaleService } from '../sales/pix-sale-service.ts';
import type { ReconcileActions } from '../sales/reconcile-actions.ts';
import type { RefundService } from '../sales/refund-service.ts';
import type { StaticPixService } from '../sales/static-pix-service.ts';
import type { SaleBook } from '../sales/sale-book.ts';
import type { SaleDesk } from '../sales/sale-desk.ts';
import type { SettingsService } from '../settings/settings-service.ts';
import type { ShellPort } from '../core/ports.ts';
import type { StoreService } from '../store/store-service.ts';
import type { OtherTillRefundService } from '../sales/other-till-refund-service.ts';
import { reconcileStoreDay } from '../reports/store-reconcile.ts';
import type { Handlers } from '../core/router.ts';
import type { AuditJournal } from '../audit/audit-journal.ts';
import { sessionLockedError } from '../core/errors.ts';
import type { Actor } from '../core/gate.ts';
import type { OperatorService } from '../operators/operator-service.ts';
import type { TillSession } from '../operators/till-session.ts';
import type { CashSaleService } from '../sales/cash-sale-service.ts';
import type { ShiftService } from '../shifts/shift-service.ts';
import type { DayReportPeople } from '../reports/day-report.ts';
import type { BillService } from '../sales/bill-service.ts';
import type { ManualRefundService } from '../sales/manual-refund-service.ts';
import type { ManualRefundsRepository } from '../ledger/manual-refunds-repository.ts';

export interface Services {
  desk: SaleDesk;
  book: SaleBook;
  hub: ProviderHub;
  transfers: BankTransferService;
  pix: PixSaleService;
  card: CardSaleService;
  refunds: RefundService;
  settings: SettingsService;
  devices: TillDevices;
  shell: ShellPort;
  store: StoreService;
  session: TillSession;
  operators: OperatorService;
  audit: AuditJournal;
  shifts: ShiftService;
  cash: CashSaleService;
  people: DayReportPeople;
  staticPix: StaticPixService;
  bills: BillService;
  otherTillRefunds: OtherTillRefundService;
  manualRefunds: ManualRefundService;
  manualRefundBook: ManualRefundsRepository;
  reconcileActions: ReconcileActions;
}

/** The operator a call runs for; the gate admits cashier calls only with one signed in. */
function who(actor: Actor | null): string {
  if (!actor) throw sessionLockedError();
  return actor.approvedBy?.id ?? actor.operator.id;
}

/** The operator at the till and the manager who authorized the call, when one did. */
function byWhom(actor: Actor | null): { operatorId: string; approvedBy: string | null } {
  if (!actor) throw sessionLockedError();
  return { operatorId: actor.operator.id, approvedBy: actor.approvedBy?.id ?? null };
}

export function createHandlers(services: Services): Handlers {
  const { desk, book, hub, transfers, pix, card, refunds, settings, devices, shell, store } = services;
  const { session, operators, audit, shifts, cash, people, staticPix, bills, otherTillRefunds, manualRefunds, manualRefundBook, reconcileActions } = services;
  return {
    'app.info': () => settings.info(),
    'settings.setLanguage': ({ language }) => settings.setLanguage(language),
    'sale.current': () => desk.current(),
    'counter.preview': () => book.preview(),
    'counter.setPreview': ({ preview }) => {
      book.setPreview(preview);
      return null;
    },
    'sale.startPix': ({ amountCents, payer }) => staticPix.startPix(amountCents, () => pix.startPix(amountCents, payer)),
    'sale.cancel': ({ saleId }) => desk.cancel(saleId),
    'sale.dismiss': () => desk.dismiss(),
    'sale.simulatePayment': ({ saleId }) => desk.simulatePayment(saleId),
    'sale.startCard': (input) => card.startCard(input),
    'sale.refund': ({ saleId, amountCents, reason }) => refunds.refund(saleId, amountCents, reason),
    'refund.resolve': ({ refundId, paid }) => refunds.resolve(refundId, paid),
    'sale.get': ({ saleId }) => desk.get(saleId),
    'sales.list': ({ day }) => desk.listDay(day),
    'report.day': ({ day }) => dayReport(book, day, people, manualRefundBook),
    'printer.printDayReport': ({ day }) => devices.printDayReport(dayReport(book, day, people, manualRefundBook)),
    'report.reconcile': ({ day }) => reconcileDay(book, hub, day, new Date(book.now())),
    'report.resolveDifference': (input) => reconcileActions.settle(input),
    'sale.startBankTransfer': ({ amountCents, payer }) => transfers.start(amountCents, payer),
    'cards.listSaved': () => card.listSaved(),
    'cards.deleteSaved': ({ savedCardId }) => card.deleteSaved(savedCardId),
    'settings.get': () => settings.view(),
    'settings.setMerchant': (merchant) => settings.setMerchant(merchant),
    'settings.setProviders': (selections) => settings.setProviders(selections),
    'settings.setCredentials': (input) => settings.setCredentials(input),
    'settings.testConnection': (selection) => settings.testConnection(selection),
    'settings.setDevices': async (input) => {
      await devices.apply(input);
      return settings.view();
    },
    'devices.status': () => devices.status(),
    'devices.listPorts': () => devices.listPorts(),
    'printer.testPrint': () => devices.testPrint(),
    'printer.printPixQr': ({ saleId }) => devices.printPixQr(desk.get(saleId)),
    'printer.reprintSale': ({ saleId }) => devices.reprintSale(saleId),
    'display.test': async () => {
      await devices.testDisplay();
      return null;
    },
    'shell.access': () => shell.access(),
    'shell.rotateTokens': () => shell.rotateTokens(),
    'shell.confirmWeakStorage': () => shell.confirmWeakStorage(),
    'shell.setAutoStart': ({ enabled }) => shell.setAutoStart(enabled),
    'store.settings': () => store.view(),
    'store.configure': (input) => store.configure(input),
    'store.testConnection': ({ connectionString }) => store.testConnection(connectionString),
    'store.status': () => store.status(),
    'store.sales': ({ day, tillCode, operator }) => store.sales(dayRange(day), { tillCode, operator }),
    'store.dayReport': ({ day }) => store.dayReport(day, dayRange(day)),
    'store.refund': ({ saleId, amountCents, reason }) => otherTillRefunds.refund(saleId, amountCents, reason),
    'store.refundsToCheck': () => otherTillRefunds.toCheck(),
    'store.resolveRefund': ({ refundId, paid }) => otherTillRefunds.resolve(refundId, paid),
    'store.reconcile': ({ day }) => reconcileStoreDay(store.books, hub, book, day, new Date(book.now())),
    'sale.confirmStaticPix': ({ saleId }, actor) => staticPix.confirmByCashier(saleId, who(actor)),
    'sale.confirmStaticPixByManager': ({ saleId }, actor) => staticPix.confirmByManager(saleId, byWhom(actor)),
    'settings.setStaticPix': (input) => settings.setStaticPix(input),
    'report.salesByHour': ({ day }) => salesByHour(book, day),
    'sale.resolveChecking': ({ saleId, outcome }, actor) => desk.resolveChecking(saleId, outcome, who(actor)),
    'settings.setAutoRefundLate': ({ enabled }) => settings.setAutoRefundLate(enabled),

    'session.get': () => session.view(),
    'session.signIn': ({ operatorId, pin }) => session.signIn(operatorId, pin),
    'session.lock': () => session.lock(),
    'operators.createOwner': ({ name, pin }) => session.createOwner(name, pin),
    'operators.list': () => operators.list(),
    'operators.add': ({ name, role, pin }) => operators.add(name, role, pin),
    'operators.setActive': ({ operatorId, active }) => operators.setActive(operatorId, active),
    'audit.list': ({ limit }) => audit.list(limit),
    'shift.open': ({ floatCents }, actor) => shifts.open(floatCents, who(actor)),
    'shift.moveCash': ({ kind, amountCents, reason }, actor) => shifts.moveCash(kind, amountCents, reason, who(actor)),
    'shift.close': ({ counted }, actor) => shifts.close(counted, who(actor)),
    'shift.report': ({ shiftId }) => shifts.report(shiftId),
    'printer.printShiftReport': ({ shiftId }) => devices.printShiftReport(shifts.report(shiftId)),
    'sale.startCash': ({ amountCents, receivedCents }) => cash.startCash(amountCents, receivedCents),
    'bill.current': () => bills.current(),
    'bill.open': ({ totalCents }) => bills.open(totalCents),
    'bill.get': ({ billId }) => bills.get(billId),
    'bill.abandon': ({ billId }) => bills.abandon(billId),
    'bill.refund': ({ billId, reason }) => bills.refund(billId, reason),
    'bill.planRefund': ({ billId, amountCents }) => bills.planRefund(billId, amountCents),
    'bill.refundPart': ({ billId, amountCents, reason }) => bills.refundPart(billId, amountCents, reason),
    'sale.refundManually': ({ saleId, amountCents, reason, paidBack }) => manualRefunds.refund(saleId, amountCents, reason, paidBack),
  };
}
