/**
 * The sale on the counter and the only code that changes a sale: read it fresh, check the state machine,
 * write the ledger, then tell the windows. Around a provider call the ledger is written twice: one
 * transaction before (the sale, its first change and the attempt; if it cannot be written, nothing is
 * sent) and one after (the attempt's end and what it brought). A write that fails after the call is held
 * in memory (unwritten-changes.ts) and the sale is `needs_checking`, never stuck on the counter.
 */
import { randomUUID } from 'node:crypto';
import type { CounterPreview, Environment, PaymentMethod, ProviderId, ProviderSelection, SaleState, SaleView } from '../../src-preload/contract.ts';
import type { Cents, Currency } from '../../src-shared/money.ts';
import { invalidState, ledgerWriteError, noProviderError, notFound, toErrorData } from '../core/errors.ts';
import type { EventBus } from '../core/events.ts';
import type { Clock, Logger, Scheduler } from '../core/ports.ts';
import type { OpenAttempt, SaleChange, SalesRepository, StoredSale } from '../ledger/sales-repository.ts';
import type { Alerts } from './alerts.ts';
import { assertTransition, isOpen } from './sale-state.ts';
import { toSaleView } from './sale-view.ts';
import { createUnwrittenBook } from './unwritten-book.ts';
import type { FinishedAttempt } from './unwritten-changes.ts';

export { toSaleView };

/** The provider account that took a sale; a cash sale has none. */
export function providerOfSale(sale: StoredSale): { providerId: ProviderId; providerEnvironment: Environment } {
  if (!sale.providerId) throw noProviderError();
  return { providerId: sale.providerId, providerEnvironment: sale.providerEnvironment };
}

/** Who sells now and in which shift; throws (e.g. no shift open) when nobody may. */
export type SaleOwner = () => { operatorId: string; shiftId: string };

export interface SaleBookDeps {
  sales: SalesRepository;
  events: EventBus;
  alerts: Alerts;
  clock: Clock;
  scheduler: Scheduler;
  logger: Logger;
  owner?: SaleOwner;
  /** The bill a new sale is a tender of, if one is on the counter (split tender); throws when it cannot take this one. */
  tender?: (sale: OpenSale) => string | null;
}

export interface OpenSale {
  amountCents: Cents;
  currency: Currency;
  method: PaymentMethod;
  /** None for cash. */
  selection: ProviderSelection | null;
  account: string | null;
  /** The first change, written with the sale (e.g. a card sale is awaiting payment with its last 4 before the call). */
  first?: SaleChange;
  /** The provider call about to be made; none for cash. */
  operation?: string;
}

/** The sale on the counter and every change to a sale; each member is described where it is built below. */
export interface SaleBook {
  now(): string;
  get(saleId: string): StoredSale | undefined;
  require(saleId: string): StoredSale;
  announce(sale: StoredSale): void;
  currentView(): SaleView | null;
  listByState(state: SaleState): StoredSale[];
  listBetween(from: string, to: string): StoredSale[];
  openAttempts(): OpenAttempt[];
  assertCounterFree(): void;
  putOnCounter(sale: StoredSale): void;
  preview(): CounterPreview | null;
  setPreview(next: CounterPreview | null): void;
  open(input: OpenSale): { sale: StoredSale; transactionId: string };
  startAttempt(saleId: string, operation: string, transactionId?: string): string;
  settle(saleId: string, attempt: FinishedAttempt, patch: SaleChange): StoredSale;
  failed(saleId: string, transactionId: string, error: unknown): StoredSale;
  closeAttempt(transactionId: string, outcome: 'ok' | 'error', errorCode: string | null): void;
  clearCounter(): void;
  leaveCounter(saleId: string): void;
  change(saleId: string, patch: SaleChange): StoredSale;
  cancel(saleId: string): StoredSale;
  readonly refunds: SalesRepository['refunds'];
  readonly reversals: SalesRepository['reversals'];
  readonly resolutions: SalesRepository['resolutions'];
  write<T>(work: () => T): T;
  close(): void;
}

export function createSaleBook(deps: SaleBookDeps): SaleBook {
  const { sales, events, clock, owner } = deps;
  let currentId: string | null = null;
  let preview: CounterPreview | null = null;
  const now = () => new Date(clock.now()).toISOString();
  const write = <T>(work: () => T): T => {
    try {
      return sales.atomically(work);
    } catch (error) {
      throw ledgerWriteError(error);
    }
  };
  const unwritten = createUnwrittenBook({ ...deps, write });
  const get = (saleId: string): StoredSale | undefined => unwritten.read(sales.get(saleId));
  const require = (saleId: string): StoredSale => {
    const sale = get(saleId);
    if (!sale) throw notFound('sale.not_found', 'No such sale');
    return sale;
  };
  const showPreview = (next: CounterPreview | null) => {
    preview = next;
    events.emit('counter.preview', next);
  };
  const announce = (sale: StoredSale) => {
    const view = toSaleView(sale);
    if (sale.id === currentId) events.emit('sale.changed', view);
    events.emit('sales.changed', view);
  };
  const current = (): StoredSale | undefined => (currentId ? get(currentId) : undefined);

  /** Writes the change with the attempt's end; a write that fails is held in memory and the sale announced as it is. */
  const apply = (saleId: string, patch: SaleChange, attempt?: FinishedAttempt): StoredSale => {
    unwritten.flush();
    const sale = require(saleId);
    if (patch.state && patch.state !== sale.state) assertTransition(sale.state, patch.state);
    const at = now();
    if (!unwritten.holds(saleId)) {
      try {
        write(() => {
          sales.update(saleId, patch, at);
          if (attempt) sales.finishAttempt(attempt.transactionId, attempt.outcome, attempt.errorCode, at);
        });
        const updated = require(saleId);
        announce(updated);
        return updated;
      } catch (error) {
        unwritten.hold(saleId, patch, at, attempt, error);
        const held = require(saleId);
        announce(held);
        return held;
      }
    }
    unwritten.hold(saleId, patch, at, attempt);
    const held = require(saleId);
    announce(held);
    return held;
  };

  const clearCounter = () => {
    currentId = null;
    events.emit('sale.changed', null);
    if (preview) showPreview(null);
  };

  return {
    now,
    get,
    require,
    announce,
    currentView: (): SaleView | null => {
      const sale = current();
      return sale ? toSaleView(sale) : null;
    },
    listByState: (state: SaleState): StoredSale[] => sales.listByState(state).map((sale) => unwritten.read(sale) ?? sale),
    /** Sales made in [from, to), oldest first, as they are in memory. */
    listBetween: (from: string, to: string): StoredSale[] => sales.listBetween(from, to).map((sale) => unwritten.read(sale) ?? sale),
    openAttempts: () => sales.openAttempts(),
    /** Refuses to start a sale while another can still be paid at the counter. */
    assertCounterFree(): void {
      const open = current();
      if (open && isOpen(open.state)) {
        throw invalidState('sale.busy', 'Finish or cancel the sale on the counter first');
      }
    },
    /** From now on this sale's changes reach the windows; its first announcement is its first change. */
    putOnCounter(sale: StoredSale): void {
      currentId = sale.id;
    },
    preview: () => preview,
    /** The cashier is typing a card or a payer: the customer already sees the amount. A sale replaces it. */
    setPreview(next: CounterPreview | null): void {
      if (next && current() && isOpen(current()?.state ?? 'failed')) return;
      showPreview(next);
    },
    /**
     * A new sale for the provider and account that will take it (none for cash) in the currency it charges,
     * stamped with the operator and the shift, with its first change and the provider attempt, in one durable
     * transaction, then put on the counter. Throws `ledger.disk_full` when it cannot be written: then no call
     * is made and nothing is charged.
     */
    open(input: OpenSale): { sale: StoredSale; transactionId: string } {
      unwritten.flush();
      const stamp = owner?.() ?? {};
      const billId = deps.tender?.(input) ?? null;
      const id = randomUUID();
      const transactionId = randomUUID();
      const at = now();
      const { selection, operation } = input;
      write(() => {
        sales.create({
          id,
          amountCents: input.amountCents,
          currency: input.currency,
          method: input.method,
          providerId: selection?.id ?? null,
          providerEnvironment: selection?.environment ?? 'embedded',
          providerAccount: input.account,
          at,
          ...stamp,
          billId,
        });
        if (input.first) sales.update(id, input.first, at);
        if (operation) sales.startAttempt(id, operation, transactionId, at);
      });
      currentId = id;
      if (preview) showPreview(null);
      const sale = require(id);
      if (input.first) announce(sale);
      return { sale, transactionId };
    },
    /** Another provider call for a sale (e.g. the charge after a card is saved), durable before it is made. */
    startAttempt(saleId: string, operation: string, transactionId: string = randomUUID()): string {
      write(() => sales.startAttempt(saleId, operation, transactionId, now()));
      return transactionId;
    },
    /** The call is over: its end and what it brought, in one transaction. */
    settle(saleId: string, attempt: FinishedAttempt, patch: SaleChange): StoredSale {
      return apply(saleId, patch, attempt);
    },
    /** The call failed before anything could have been made (refused, unreachable): the sale fails. */
    failed(saleId: string, transactionId: string, error: unknown): StoredSale {
      const problem = toErrorData(error);
      return apply(saleId, { state: 'failed', problem }, { transactionId, outcome: 'error', errorCode: problem.code });
    },
    /** Closes attempts a crash left open, with what the provider told us about them. */
    closeAttempt(transactionId: string, outcome: 'ok' | 'error', errorCode: string | null): void {
      try {
        write(() => sales.finishAttempt(transactionId, outcome, errorCode, now()));
      } catch (error) {
        deps.logger.warn('Could not close an interrupted attempt', { transactionId, reason: toErrorData(error).reason });
      }
    },
    clearCounter,
    /** Takes the sale off the counter (if it is there) without a word to the windows but "counter clear". */
    leaveCounter(saleId: string): void {
      if (currentId === saleId) clearCounter();
    },
    /** Reads the sale fresh and writes in the same tick, so a late answer can never undo what just happened. */
    change: (saleId: string, patch: SaleChange): StoredSale => apply(saleId, patch),
    /**
     * The cashier calls off a sale the customer has not paid yet. A card being authorized cannot be called
     * off from here. The QR or the account stays payable at the provider, so its service keeps watching.
     */
    cancel(saleId: string): StoredSale {
      const sale = require(saleId);
      if (sale.method === 'card' || (sale.state !== 'awaiting_payment' && sale.state !== 'draft')) {
        throw invalidState('sale.not_cancellable', `A ${sale.state} ${sale.method} sale cannot be cancelled`);
      }
      return apply(sale.id, { state: 'cancelled' });
    },
    /** The sale's refunds and reversals ledgers, for the services that keep them, and reconciliation decisions. */
    refunds: sales.refunds,
    reversals: sales.reversals,
    resolutions: sales.resolutions,
    write,
    close: () => unwritten.close(),
  };
}
