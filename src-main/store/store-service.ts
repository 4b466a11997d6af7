/**
 * "Loja com vários caixas": this till's code and name, the store's connection string (kept in the secret
 * store, never shown again), the link's status for the header, the store-wide views, and the refund guard.
 */
import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { StoreDayReportView, StoreManualRefundRow, StoreSaleView, StoreSettingsView, StoreSyncView } from '../../src-preload/contract.ts';
import type { Cents } from '../../src-shared/money.ts';
import { invalidInput, invalidState, PosError, toErrorData } from '../core/errors.ts';
import type { EventBus } from '../core/events.ts';
import type { Logger, RefundGuard, Scheduler, SecretStore, SettingsStore } from '../core/ports.ts';
import { releaseRefund, reserveRefund } from './refund-reservations.ts';
import { checkStoreServer } from './store-check.ts';
import { startStoreRuntime, type StoreRuntime, type StoreRuntimeDeps } from './store-runtime.ts';
import { storeDayReport } from './store-day-report.ts';
import { readStoreBooks, storeSaleIds, type StoreBookedSale } from './store-books.ts';
import { readStoreManualRefunds } from './store-manual-refunds.ts';
import { readStoreSale, type StoreSaleRecord } from './store-sale-record.ts';
import { storeSale, storeSales, type DayRange, type StoreSalesFilter } from './store-views.ts';
import { readTillIdentity, writeTillIdentity } from './till-identity.ts';

export const STORE_SECRET = 'store.connectionString';
const SINGLE: StoreSyncView = { state: 'single', pendingItems: 0, pendingChanges: 0, problem: null };

export interface StoreServiceDeps {
  db: DatabaseSync;
  settings: SettingsStore;
  secrets: SecretStore;
  events: EventBus;
  logger: Logger;
  scheduler: Scheduler;
  replicator?: StoreRuntimeDeps['replicator'];
}

export interface StoreConfigInput {
  enabled: boolean;
  tillCode: string;
  tillName: string;
  /** Absent: keep the saved one; empty: forget it. */
  connectionString?: string | undefined;
}

export interface StoreService {
  view(): StoreSettingsView;
  status(): StoreSyncView;
  /** The refund service's guard: the store is below sales, so it is handed in. */
  readonly refundGuard: RefundGuard;
  /** What a refund of another till's sale needs from the store (sales/other-till-refund-service.ts). */
  readonly otherTills: {
    /** Without a store this till knows only its own sales: it says so. */
    sale(saleId: string): Promise<StoreSaleRecord>;
    tillCode(): string;
    reserve(saleId: string, refundId: string, amountCents: Cents): Promise<{ leftCents: Cents }>;
    release(refundId: string): Promise<void>;
    /** Sends the refund's row now, so every till's store view has it; the replicator retries it otherwise. */
    publish(saleId: string): Promise<StoreSaleView | undefined>;
  };
  /** The store's books for store-wide reconciliation (reports/store-reconcile.ts). */
  readonly books: {
    books(range: DayRange): Promise<StoreBookedSale[]>;
    saleIds(ids: string[]): Promise<Set<string>>;
    manualRefunds(range: DayRange): Promise<StoreManualRefundRow[]>;
  };
  start(): void;
  configure(input: StoreConfigInput): Promise<StoreSettingsView>;
  /** Connects with the given string (or the saved one), checks the server's version, and disconnects. */
  testConnection(connectionString?: string): Promise<null>;
  sales(range: DayRange, filter: StoreSalesFilter): Promise<StoreSaleView[]>;
  dayReport(day: string, range: DayRange): Promise<StoreDayReportView>;
  /** Pushes what is queued now (tests, and "sync now"). */
  flush(): Promise<void>;
  close(): Promise<void>;
}

export function createStoreService(deps: StoreServiceDeps): StoreService {
  const { db, settings, secrets, events, logger, scheduler } = deps;
  let runtime: StoreRuntime | undefined;

  const installId = (): string => {
    const current = settings.get('store');
    if (current.installId) return current.installId;
    const next = { ...current, installId: randomUUID() };
    settings.set('store', next);
    return next.installId;
  };

  const start = () => {
    const connectionString = secrets.get(STORE_SECRET);
    if (!settings.get('store').enabled || !connectionString) return;
    runtime = startStoreRuntime({ db, connectionString, installId: installId(), logger, scheduler, onStatus: (status) => events.emit('store.changed', status), replicator: deps.replicator });
  };

  // A sale or refund just written is in the outbox: the header says so at once, not after the next push.
  const unfollow = events.on('sales.changed', () => runtime?.replicator.nudge());

  const stop = async () => {
    const running = runtime;
    runtime = undefined;
    await running?.stop();
  };

  const live = (): StoreRuntime => {
    if (!runtime) throw invalidState('store.not_configured', 'This till is not part of a store');
    return runtime;
  };

  const view = (): StoreSettingsView => {
    const till = readTillIdentity(db);
    return { enabled: settings.get('store').enabled, tillCode: till.code, tillName: till.name, connectionSet: Boolean(secrets.get(STORE_SECRET)) };
  };

  const status = (): StoreSyncView => runtime?.replicator.status() ?? SINGLE;

  const refundGuard: RefundGuard = {
    async reserve(saleId: string, refundId: string, amountCents: number): Promise<void> {
      if (!runtime) return;
      // The sale and this till's own refunds of it go first, so the store counts them.
      const pushed = await runtime.replicator.flush().then(
        () => true,
        () => false,
      );
      try {
        if (pushed) {
          await reserveRefund(runtime.client, { refundId, saleId, amountCents, tillCode: runtime.tillCode() });
          return;
        }
      } catch (error) {
        if (!(error instanceof PosError) || error.code !== 'store_unavailable') throw error;
      }
      // The till is the truth for its own sales: it refunds them without the store, which counts them once it is back.
      logger.warn('Refund of an own sale without the store ledger', { saleId, reason: runtime.replicator.status().problem?.reason });
    },
    async release(refundId: string): Promise<void> {
      try {
        if (runtime) await releaseRefund(runtime.client, refundId);
      } catch (error) {
        // The failed refund reaches the store through the outbox and frees its amount there.
        logger.warn('Refund release deferred to replication', { refundId, code: toErrorData(error).code });
      }
    },
  };

  const otherTills: StoreService['otherTills'] = {
    sale: (saleId: string): Promise<StoreSaleRecord> => readStoreSale(live().client, saleId),
    tillCode: (): string => readTillIdentity(db).code,
    reserve: (saleId: string, refundId: string, amountCents: number) => reserveRefund(live().client, { refundId, saleId, amountCents, tillCode: readTillIdentity(db).code }),
    release: refundGuard.release,
    async publish(saleId: string): Promise<StoreSaleView | undefined> {
      const { replicator, client } = live();
      await replicator.flush().catch((error: unknown) => logger.warn('Refund row left to replication', { code: toErrorData(error).code }));
      return storeSale(client, saleId);
    },
  };

  return {
    view,
    status,
    refundGuard,
    otherTills,
    books: {
      books: (range: DayRange) => readStoreBooks(live().client, range),
      saleIds: (ids: string[]) => storeSaleIds(live().client, ids),
      manualRefunds: (range: DayRange) => readStoreManualRefunds(live().client, range),
    },
    start,
    async configure(input: StoreConfigInput): Promise<StoreSettingsView> {
      if (input.connectionString !== undefined) {
        if (input.connectionString === '') secrets.delete(STORE_SECRET);
        else secrets.set(STORE_SECRET, input.connectionString);
      }
      if (input.enabled && !secrets.get(STORE_SECRET)) {
        throw invalidInput('store.connection_missing', 'A store needs its server connection string', 'connectionString');
      }
      await stop();
      writeTillIdentity(db, { code: input.tillCode, name: input.tillName });
      settings.set('store', { ...settings.get('store'), enabled: input.enabled });
      start();
      events.emit('store.changed', status());
      return view();
    },
    async testConnection(connectionString?: string): Promise<null> {
      const target = connectionString || secrets.get(STORE_SECRET);
      if (!target) throw invalidInput('store.connection_missing', 'No store connection string to test', 'connectionString');
      await checkStoreServer(target, logger);
      return null;
    },
    sales: (range: DayRange, filter: StoreSalesFilter): Promise<StoreSaleView[]> => storeSales(live().client, range, filter),
    dayReport: (day: string, range: DayRange): Promise<StoreDayReportView> => storeDayReport(live().client, day, range),
    flush: (): Promise<void> => live().replicator.flush(),
    async close(): Promise<void> {
      unfollow();
      await stop();
    },
  };
}

