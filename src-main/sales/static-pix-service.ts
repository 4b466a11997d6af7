/**
 * Offline PIX: when the provider cannot make a charge (or the shop always wants it), the till shows a
 * static BR Code built from the shop's own key. No one can tell the till it was paid, so the cashier
 * confirms after seeing the customer's proof, or a manager when the shop says so; the sale's method
 * (`pix_static`) keeps these apart in the day report. Where the provider documents static decoding,
 * it reads our code back and the outcome goes to the ledger as the attempt `pix.checkStatic`.
 */
import type { SaleView } from '../../src-preload/contract.ts';
import type { Cents } from '../../src-shared/money.ts';
import { forbidden, invalidState, PosError, toErrorData } from '../core/errors.ts';
import type { Logger, SettingsStore } from '../core/ports.ts';
import type { AuditJournal } from '../audit/audit-journal.ts';
import type { ProviderHub } from '../providers/provider-hub.ts';
import { pixOf } from '../providers/provider.ts';
import { toSaleView, type SaleBook } from './sale-book.ts';
import { buildStaticPixCode, staticCodeDifferences, type StaticPixCode } from './static-pix-code.ts';

/** A static code has no expiry; this only fills the ledger's field (BCB's default charge lifetime). */
const RECORDED_LIFETIME_MS = 86_400_000;

export interface StaticPixServiceDeps {
  book: SaleBook;
  hub: ProviderHub;
  settings: SettingsStore;
  logger: Logger;
  audit: Pick<AuditJournal, 'record'>;
}

/** Who confirmed a payment by hand: the operator at the till, and the manager when one authorized it. */
export interface ConfirmedBy {
  operatorId: string;
  approvedBy: string | null;
}

export interface StaticPixService {
  /** A PIX sale: the provider's charge, or the static code when the shop chose it or the provider is down. */
  startPix(amountCents: Cents, online: () => Promise<SaleView>): Promise<SaleView>;
  /** The cashier saw the proof; refused when the shop wants a manager to confirm. */
  confirmByCashier(saleId: string, operatorId: string): SaleView;
  /** The router has already made sure a manager is signed in or authorized this. */
  confirmByManager(saleId: string, by: ConfirmedBy): SaleView;
  close(): Promise<void>;
}

export function createStaticPixService({ book, hub, settings, logger, audit }: StaticPixServiceDeps): StaticPixService {
  /** Checks still talking to the provider; closing waits for them so none writes to a closed ledger. */
  const checking = new Set<Promise<void>>();
  const checkWithProvider = async (saleId: string, code: StaticPixCode): Promise<void> => {
    const api = pixOf(hub.forSale(book.require(saleId)));
    if (!api.decodeStatic) return;
    const transactionId = book.startAttempt(saleId, 'pix.checkStatic');
    try {
      const differs = staticCodeDifferences(code, await api.decodeStatic(code.copyAndPaste));
      if (differs.length > 0) logger.warn('The provider reads our static PIX code differently', { saleId, fields: differs.join(',') });
      book.closeAttempt(transactionId, differs.length === 0 ? 'ok' : 'error', differs.length === 0 ? null : 'provider_bad_response');
    } catch (error) {
      book.closeAttempt(transactionId, 'error', toErrorData(error).code);
    }
  };

  const start = (amountCents: Cents): SaleView => {
    const { pixKey } = settings.get('staticPix');
    if (!pixKey) throw invalidState('static_pix.no_key', 'Offline PIX needs the shop’s PIX key in Settings');
    book.assertCounterFree();
    const { selection, account } = hub.active('pix');
    const { sale } = book.open({ amountCents, currency: 'BRL', method: 'pix_static', selection, account });
    const code = buildStaticPixCode(sale.id, amountCents, pixKey, settings.get('merchant'));
    const pix = { txid: code.txid, copyAndPaste: code.copyAndPaste, expiresAt: new Date(Date.parse(book.now()) + RECORDED_LIFETIME_MS).toISOString(), quote: null };
    const awaiting = book.change(sale.id, { state: 'awaiting_payment', pix, problem: null });
    const check = checkWithProvider(sale.id, code)
      .catch((error: unknown) => logger.warn('Could not record the static PIX check', { saleId: sale.id, error: String(error) }))
      .finally(() => checking.delete(check));
    checking.add(check);
    return toSaleView(awaiting);
  };

  /** Nobody but the person at the counter saw the money: the journal keeps who said so, when, for how much and which code. */
  const confirm = (saleId: string, by: ConfirmedBy): SaleView => {
    const sale = book.require(saleId);
    if (sale.method !== 'pix_static' || sale.state !== 'awaiting_payment') {
      throw invalidState('static_pix.not_confirmable', `A ${sale.state} ${sale.method} sale cannot be confirmed by hand`);
    }
    const paid = book.change(saleId, { state: 'paid' });
    audit.record({ ...by, action: 'static_pix.confirmed', subject: saleId, after: { amountCents: paid.amountCents, txid: paid.pix?.txid ?? null } });
    return toSaleView(paid);
  };

  return {
    async startPix(amountCents: Cents, online: () => Promise<SaleView>): Promise<SaleView> {
      const { pixKey, mode } = settings.get('staticPix');
      if (mode === 'always') return start(amountCents);
      try {
        return await online();
      } catch (error) {
        if (!pixKey || !(error instanceof PosError) || error.code !== 'provider_unavailable') throw error;
        logger.warn('PIX provider unavailable: offline PIX with a static code', { reason: error.reason });
        return start(amountCents);
      }
    },

    confirmByCashier(saleId: string, operatorId: string): SaleView {
      if (settings.get('staticPix').managerConfirms) {
        throw forbidden('static_pix.manager_required', 'A manager must confirm this payment');
      }
      return confirm(saleId, { operatorId, approvedBy: null });
    },

    confirmByManager: (saleId: string, by: ConfirmedBy): SaleView => confirm(saleId, by),

    async close(): Promise<void> {
      await Promise.all(checking);
    },
  };
}
