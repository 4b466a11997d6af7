/**
 * The sale on the counter and the one way every service changes a sale: read it fresh, check the
 * state machine, write the ledger, then tell the windows. PIX, card and refund services share it.
 */
import { randomUUID } from 'node:crypto';
import type { CounterPreview, Environment, PaymentMethod, ProviderId, ProviderSelection, SaleView } from '../../src-preload/contract.ts';
import type { Cents, Currency } from '../../src-shared/money.ts';
import { PosError, toErrorData } from '../core/errors.ts';
import type { EventBus } from '../core/events.ts';
import type { Clock } from '../core/ports.ts';
import type { SaleChange, SalesRepository, StoredSale } from '../ledger/sales-repository.ts';
import { assertTransition, isOpen } from './sale-state.ts';

export function toSaleView(sale: StoredSale): SaleView {
  const { providerId: _id, providerEnvironment: _environment, pixSettled: _settled, cardChargeId: _charge, operatorId: _operator, shiftId: _shift, ...view } = sale;
  return view;
}

/** The provider account that took a sale; a cash sale has none. */
export function providerOfSale(sale: StoredSale): { providerId: ProviderId; providerEnvironment: Environment } {
  if (!sale.providerId) throw new PosError('invalid_state', 'No provider took this sale', { reason: 'sale.no_provider' });
  return { providerId: sale.providerId, providerEnvironment: sale.providerEnvironment };
}

/** Who sells now and in which shift; throws (e.g. no shift open) when nobody may. */
export type SaleOwner = () => { operatorId: string; shiftId: string };

export function createSaleBook(sales: SalesRepository, events: EventBus, clock: Clock, owner?: SaleOwner) {
  let currentId: string | null = null;
  let preview: CounterPreview | null = null;
  const showPreview = (next: CounterPreview | null) => {
    preview = next;
    events.emit('counter.preview', next);
  };
  const now = () => new Date(clock.now()).toISOString();
  const current = (): StoredSale | undefined => (currentId ? sales.get(currentId) : undefined);

  const require = (saleId: string): StoredSale => {
    const sale = sales.get(saleId);
    if (!sale) throw new PosError('not_found', 'No such sale', { reason: 'sale.not_found' });
    return sale;
  };

  const announce = (sale: StoredSale) => {
    const view = toSaleView(sale);
    if (sale.id === currentId) events.emit('sale.changed', view);
    events.emit('sales.changed', view);
  };

  const change = (saleId: string, patch: SaleChange): StoredSale => {
    const sale = require(saleId);
    if (patch.state && patch.state !== sale.state) assertTransition(sale.state, patch.state);
    const updated = sales.update(sale.id, patch, now());
    announce(updated);
    return updated;
  };

  const clearCounter = () => {
    currentId = null;
    events.emit('sale.changed', null);
    if (preview) showPreview(null);
  };

  return {
    sales,
    now,
    require,
    announce,
    current,
    currentView: (): SaleView | null => {
      const sale = current();
      return sale ? toSaleView(sale) : null;
    },
    /** Refuses to start a sale while another can still be paid at the counter. */
    assertCounterFree(): void {
      const open = current();
      if (open && isOpen(open.state)) {
        throw new PosError('invalid_state', 'Finish or cancel the sale on the counter first', { reason: 'sale.busy' });
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
     * A new sale, written as a draft for the provider that will take it (none for cash) in the currency it
     * charges, stamped with the operator and the shift, and put on the counter.
     */
    open(amountCents: Cents, method: PaymentMethod, selection: ProviderSelection | null, currency: Currency): StoredSale {
      const stamp = owner?.() ?? {};
      const sale = sales.create({
        id: randomUUID(),
        amountCents,
        currency,
        method,
        providerId: selection?.id ?? null,
        providerEnvironment: selection?.environment ?? 'embedded',
        at: now(),
        ...stamp,
      });
      currentId = sale.id;
      if (preview) showPreview(null);
      return sale;
    },
    clearCounter,
    /** Reads the sale fresh and writes in the same tick, so a late answer can never undo what just happened. */
    change,
    /**
     * The cashier calls off a sale the customer has not paid yet. A card being authorized cannot be called
     * off from here. The QR or the account stays payable at the provider, so its service keeps watching.
     */
    cancel(saleId: string): StoredSale {
      const sale = require(saleId);
      if (sale.method === 'card' || (sale.state !== 'awaiting_payment' && sale.state !== 'draft')) {
        throw new PosError('invalid_state', `A ${sale.state} ${sale.method} sale cannot be cancelled`, { reason: 'sale.not_cancellable' });
      }
      return change(sale.id, { state: 'cancelled' });
    },
    /**
     * One provider call for a sale, with the ledger around it: the attempt (and the idempotency handle the
     * provider gets) is durable before the call and closed after it. A failed call fails the sale; unless
     * `keepOnCounter`, the counter goes back to amount entry so the cashier can simply retry.
     */
    async attempt<T>(saleId: string, operation: string, call: (transactionId: string) => Promise<T>, keepOnCounter = false): Promise<T> {
      const transactionId = randomUUID();
      sales.startAttempt(saleId, operation, transactionId, now());
      try {
        const result = await call(transactionId);
        sales.finishAttempt(transactionId, 'ok', null, now());
        return result;
      } catch (error) {
        const problem = toErrorData(error);
        sales.finishAttempt(transactionId, 'error', problem.code, now());
        if (keepOnCounter) {
          change(saleId, { state: 'failed', problem });
        } else {
          events.emit('sales.changed', toSaleView(sales.update(saleId, { state: 'failed', problem }, now())));
          clearCounter();
        }
        throw error;
      }
    },
  };
}

export type SaleBook = ReturnType<typeof createSaleBook>;
