/**
 * The composition root: both shells call this with their ports and get the router to serve,
 * the event bus to forward, and `close`.
 */
import { createTillDevices } from '../devices/till-devices.ts';
import { createHttpClient } from '../http/http-client.ts';
import type { DatabaseSync } from 'node:sqlite';
import { openLedger } from '../ledger/open-ledger.ts';
import { createPrintJournal } from '../ledger/print-journal.ts';
import type { PrintDocument } from '../devices/printer/print-documents.ts';
import { createSalesRepository } from '../ledger/sales-repository.ts';
import { createResolutionsRepository } from '../ledger/resolutions-repository.ts';
import { createSavedCardsRepository } from '../ledger/saved-cards-repository.ts';
import { createProviderHub, PROVIDER_TIMEOUT_MS } from '../providers/provider-hub.ts';
import { createAlerts } from '../sales/alerts.ts';
import { createCheckingService } from '../sales/checking-service.ts';
import { resumeInterruptedCalls } from '../sales/interrupted-calls.ts';
import { createLatePayments } from '../sales/late-payments.ts';
import { createOrphanReverser } from '../sales/orphan-reverser.ts';
import { createReversalFollowUp } from '../sales/reversal-follow-up.ts';
import { createResolver, resolveTimingFor, type ResolveTiming } from '../sales/resolve-by-reference.ts';
import { createSaleDesk } from '../sales/sale-desk.ts';
import { createBankTransferService } from '../sales/bank-transfer-service.ts';
import { createCardSaleService } from '../sales/card-sale-service.ts';
import { createPixSaleService } from '../sales/pix-sale-service.ts';
import type { PollSchedule } from '../sales/poll-scheduler.ts';
import { createReconcileActions } from '../sales/reconcile-actions.ts';
import { findDifference } from '../reports/reconcile.ts';
import { createRefundService } from '../sales/refund-service.ts';
import { createSaleBook } from '../sales/sale-book.ts';
import { createStaticPixService } from '../sales/static-pix-service.ts';
import { createSettingsService } from '../settings/settings-service.ts';
import { startSimulator, type Simulator } from '../simulator/simulator.ts';
import { createStoreService, type StoreServiceDeps } from '../store/store-service.ts';
import { createOtherTillRefundsRepository } from '../ledger/other-till-refunds-repository.ts';
import { createOtherTillRefundService } from '../sales/other-till-refund-service.ts';
import { createPaidTwiceRecorder } from '../sales/refund-paid-twice.ts';
import type { PortFactory } from '../devices/serial-line.ts';
import { createEventBus, type EventBus } from '../core/events.ts';
import { createHandlers } from './handlers.ts';
import type { Ports, ShellPort } from '../core/ports.ts';
import { standaloneShell } from './standalone-shell.ts';
import { createRouter, type Router } from '../core/router.ts';
import { createOperatorsRepository } from '../operators/operators-repository.ts';
import { createOperatorService } from '../operators/operator-service.ts';
import { createTillSession } from '../operators/till-session.ts';
import { createTillGate } from '../operators/till-gate.ts';
import { createAuditJournal } from '../audit/audit-journal.ts';
import { createShiftsRepository } from '../shifts/shifts-repository.ts';
import { createShiftService } from '../shifts/shift-service.ts';
import { createManualRefundsRepository } from '../ledger/manual-refunds-repository.ts';
import { createManualRefundService } from '../sales/manual-refund-service.ts';
import { createCashSaleService } from '../sales/cash-sale-service.ts';
import { sessionLockedError } from '../core/errors.ts';
import { createBillsRepository } from '../ledger/bills-repository.ts';
import { createBillService } from '../sales/bill-service.ts';

export interface CoreOptions {
  version: string;
  /** Demo mode: how long a charge the sandbox pays by itself takes. */
  demoAutoPayDelayMs?: number;
  /**
   * Demo mode against a sandbox running in its own process (`npm run simulator`). Without it the
   * till starts the sandbox in this process, keeping its state in the data dir.
   */
  sandboxUrl?: string;
  pixExpiresInSeconds?: number;
  pollSchedule?: PollSchedule;
  providerTimeoutMs?: number;
  /** How long after a refund request the till keeps looking it up before it concludes nothing was made. */
  refundLookupWindowMs?: number;
  /** Serial ports for the printer and pole display; the real `serialport` unless a test hands another. */
  portFactory?: PortFactory;
  /** The shell's access tokens, certificate and credential storage, for Settings. */
  shell?: ShellPort;
  /** Store replication pacing (tests and benchmarks). */
  storeReplicator?: StoreServiceDeps['replicator'];
  /** How long a lost create is looked up before "not created" (default: from the provider timeout). */
  resolveTiming?: ResolveTiming;
  /** Opens the ledger (tests hand a connection that fails writes on demand). */
  openDatabase?: (dataDir: string) => DatabaseSync;
  /** The till locks itself after this long without a call (default 5 minutes). */
  idleLockMs?: number;
}

export interface PosCore {
  router: Router;
  events: EventBus;
  /** Present in demo mode with the sandbox in this process: the sandbox the demo providers talk to. */
  readonly simulator: Simulator | undefined;
  /** Resolves when every call a crash interrupted has been resolved with the provider. */
  settled(): Promise<void>;
  close(): Promise<void>;
}

export async function createPosCore(ports: Ports, options: CoreOptions): Promise<PosCore> {
  const db = (options.openDatabase ?? openLedger)(ports.dataDir);
  const events = createEventBus();
  let embedded: Promise<Simulator> | undefined;
  let simulator: Simulator | undefined;
  const startEmbedded = async () => {
    embedded ??= startSimulator({ clock: ports.clock, autoPayDelayMs: options.demoAutoPayDelayMs ?? 4000, dataDir: ports.dataDir });
    simulator = await embedded;
    return simulator.url;
  };
  const { sandboxUrl } = options;
  const alerts = createAlerts({ events, clock: ports.clock });
  const { clock, scheduler, logger } = ports;
  const hub = await createProviderHub({
    selections: ports.settings.get('providers'),
    secrets: ports.secrets,
    logger: ports.logger,
    http: createHttpClient(ports.fetch),
    clock: ports.clock,
    sandboxUrl: sandboxUrl ? () => Promise.resolve(sandboxUrl) : startEmbedded,
    ...(options.providerTimeoutMs ? { timeoutMs: options.providerTimeoutMs } : {}),
  });
  const settings = createSettingsService({ settings: ports.settings, secrets: ports.secrets, hub, events, version: options.version });
  const operators = createOperatorService({ operators: createOperatorsRepository(db), clock: ports.clock, isDemo: () => hub.demo() });
  await operators.ensureDemoManager();
  const audit = createAuditJournal({ db, clock: ports.clock });
  const salesRepository = createSalesRepository(db);
  // The session and the shifts tell each other: a shift change is a session change for the windows.
  const manualRefundBook = createManualRefundsRepository(db);
  const shifts = createShiftService({
    shifts: createShiftsRepository(db),
    sales: salesRepository,
    operatorName: (id) => operators.get(id)?.name ?? null,
    paidBackOf: (refundId) => manualRefundBook.get(refundId)?.paidBack,
    clock: ports.clock,
    print: (report) => {
      try {
        devices.printShiftReport(report);
      } catch (error) {
        ports.logger.error('Could not journal the Z report', { error: String(error) });
      }
    },
    onChange: () => session.announce(),
  });
  const session = createTillSession({ operators, clock: ports.clock, events, idleLockMs: options.idleLockMs ?? 5 * 60_000, openShift: shifts.current });
  const owner = () => {
    const operator = session.current();
    if (!operator) throw sessionLockedError();
    return { operatorId: operator.id, shiftId: shifts.requireOpenId() };
  };
  // The bill service needs the book; the book asks it, as each sale opens, which bill the sale is a tender of.
  const book = createSaleBook({ sales: salesRepository, events, alerts, clock, scheduler, logger, owner, tender: (sale) => bills.tender(sale) });
  const resolver = createResolver({ timing: options.resolveTiming ?? resolveTimingFor(options.providerTimeoutMs ?? PROVIDER_TIMEOUT_MS), clock, scheduler });
  const reversals = createReversalFollowUp({ book, hub, alerts, logger, scheduler, pollSchedule: options.pollSchedule, lookupWindowMs: options.refundLookupWindowMs });
  const orphans = createOrphanReverser({ book, alerts, reversals });
  let refundSale: (saleId: string, amountCents: number, reason: string) => Promise<unknown> = () => Promise.reject(new Error('Refunds not ready'));
  const late = createLatePayments({ book, alerts, settings: ports.settings, logger, refund: (...args) => refundSale(...args) });
  const { pollSchedule } = options;
  const pix = createPixSaleService({ book, hub, clock, scheduler, logger, resolver, orphans, late, pixExpiresInSeconds: options.pixExpiresInSeconds ?? 600, pollSchedule });
  const card = createCardSaleService({ book, hub, savedCards: createSavedCardsRepository(db), clock, logger, resolver, orphans });
  const transfers = createBankTransferService({ book, hub, clock, scheduler, logger, resolver, late, pollSchedule });
  const desk = createSaleDesk({ book, pix, transfers, checking: createCheckingService({ book, resolutions: createResolutionsRepository(db) }) });
  const devices = createTillDevices({
    journal: createPrintJournal<PrintDocument>(db),
    events,
    clock: ports.clock,
    logger: ports.logger,
    settings: ports.settings,
    ...(options.portFactory ? { portFactory: options.portFactory } : {}),
    bill: (billId) => bills.get(billId),
  });
  const store = createStoreService({ db, settings: ports.settings, secrets: ports.secrets, events, logger: ports.logger, scheduler: ports.scheduler, replicator: options.storeReplicator });
  const refunds = createRefundService({
    book,
    hub,
    logger,
    scheduler,
    alerts,
    refundGuard: store.refundGuard,
    pollSchedule: options.pollSchedule,
    lookupWindowMs: options.refundLookupWindowMs,
    onCompleted: (sale, refund) => devices.printRefundSlip(sale, refund),
  });
  refundSale = (saleId, amountCents, reason) => refunds.refund(saleId, amountCents, reason);
  const bills = createBillService({ book, bills: createBillsRepository(db), events, logger, owner, refund: refundSale });
  const otherTillRefunds = createOtherTillRefundService({
    store: store.otherTills, hub, refunds: createOtherTillRefundsRepository(db), now: book.now, logger, scheduler, pollSchedule,
    paidTwice: createPaidTwiceRecorder({ reversals: book.reversals, write: book.write, alerts, logger, now: book.now }),
    lookupWindowMs: options.refundLookupWindowMs,
    own: { has: (saleId) => book.get(saleId) !== undefined, refund: refundSale },
  });

  const staticPix = createStaticPixService({ book, hub, settings: ports.settings, logger: ports.logger, audit });
  const manualRefunds = createManualRefundService({
    book, manualRefunds: manualRefundBook, refundGuard: store.refundGuard, onCompleted: (sale, refund) => devices.printRefundSlip(sale, refund),
  });
  const reconcileActions = createReconcileActions({ book, hub, orphans, refunds, find: (day, key) => findDifference(book, hub, day, key, new Date(book.now())) });
  const people = { operatorName: (id: string) => operators.get(id)?.name ?? null, shift: shifts.find };
  const handlers = createHandlers({
    desk, book, hub, transfers, pix, card, refunds, settings, devices, store, shell: options.shell ?? standaloneShell,
    session, operators, audit, shifts, cash: createCashSaleService({ book }), people, staticPix, bills, otherTillRefunds, manualRefunds, manualRefundBook, reconcileActions,
  });
  const gate = createTillGate({ session, operators, audit, snapshots: {
    'settings.setMerchant': () => settings.view().merchant,
    'settings.setAutoRefundLate': () => settings.view().autoRefundLate,
    'settings.setProviders': () => settings.view().providers,
    'settings.setCredentials': () => settings.view().credentialsSet,
    'settings.setDevices': () => settings.view().devices,
    'settings.setStaticPix': () => settings.view().staticPix,
    'operators.add': () => operators.list(),
    'operators.setActive': () => operators.list(),
    'report.resolveDifference': ({ key }) => reconcileActions.snapshot(key),
    'refund.resolve': ({ refundId }) => book.refunds.get(refundId)?.state ?? null,
  } });
  const router = createRouter(handlers, ports.logger, gate);
  const interrupted = { 'pix.create': pix.resolveInterrupted, 'card.charge': card.resolveInterrupted, 'bank_transfer.create': transfers.resolveInterrupted };
  const resolving = resumeInterruptedCalls({ book, logger, resolvers: interrupted });
  transfers.resume();
  pix.resume();
  refunds.resume();
  reversals.resume();
  otherTillRefunds.resume();
  store.start();
  ports.logger.info('Till ready', { providers: hub.selections(), dataDir: ports.dataDir });

  return {
    router,
    events,
    get simulator() {
      return simulator;
    },
    settled: () => Promise.all(resolving).then(() => undefined),
    async close() {
      resolver.close();
      book.close();
      pix.close();
      transfers.close();
      refunds.close();
      reversals.close();
      otherTillRefunds.close();
      await staticPix.close();
      await store.close();
      await devices.close();
      await (await embedded)?.close();
      db.close();
    },
  };
}
