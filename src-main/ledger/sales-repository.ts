/** Sales, provider attempts and state transitions in the ledger. Every write is its own durable transaction. */
import type { DatabaseSync } from 'node:sqlite';
import type {
  BankTransferView,
  BridgeErrorData,
  CardPaymentView,
  CashPaymentView,
  ChargeQuote,
  Environment,
  PaymentMethod,
  PixCharge,
  ProviderId,
  SaleState,
  SaleView,
} from '../../src-preload/contract.ts';
import { formatSaleNumber } from '../../src-shared/sale-number.ts';
import type { Cents, Currency } from '../../src-shared/money.ts';
import { createReconcileResolutions, type ReconcileResolutions } from './reconcile-resolutions.ts';
import { createRefundsRepository, groupBySale, toRefundView, type RefundsRepository, type StoredRefund } from './refunds-repository.ts';
import { createReversalsRepository, toReversalView, type ReversalsRepository, type StoredReversal } from './reversals-repository.ts';
import { inTransaction } from './transaction.ts';

interface SaleRow {
  id: string;
  amount_cents: number;
  currency: Currency;
  method: PaymentMethod;
  state: SaleState;
  provider_id: ProviderId | '';
  provider_environment: Environment;
  created_at: string;
  updated_at: string;
  pix_txid: string | null;
  pix_copy_and_paste: string | null;
  pix_expires_at: string | null;
  problem_json: string | null;
  pix_settled_at: string | null;
  card_charge_id: string | null;
  card_json: string | null;
  pix_quote_json: string | null;
  bank_transfer_json: string | null;
  till_code: string | null;
  number: number | null;
  provider_account: string | null;
  late_paid_at: string | null;
  operator_id: string | null;
  shift_id: string | null;
  cash_json: string | null;
  bill_id: string | null;
}

export interface StoredSale extends SaleView {
  /** Null for cash: no provider takes it (the row keeps '' in its NOT NULL column). */
  providerId: ProviderId | null;
  providerEnvironment: Environment;
  /** The credential set that took the sale (see provider-account.ts); null for sales older than the column. */
  providerAccount: string | null;
  /** The provider gave its final word on the PIX charge (paid, expired or unknown to it). */
  pixSettled: boolean;
  /** The provider's id of the card charge, for cancellations. */
  cardChargeId: string | null;
  /** Who sold it and in which shift (null for sales made before operators existed). */
  operatorId: string | null;
  shiftId: string | null;
}

export interface NewSale {
  id: string;
  /** In `currency`, the currency the provider will charge. */
  amountCents: Cents;
  currency: Currency;
  method: PaymentMethod;
  providerId: ProviderId | null;
  providerEnvironment: Environment;
  providerAccount?: string | null;
  at: string;
  operatorId?: string | null;
  shiftId?: string | null;
  /** The bill this sale is a tender of (split tender). */
  billId?: string | null;
}

export interface SaleChange {
  state?: SaleState;
  pix?: PixCharge;
  card?: { chargeId: string | null; view: CardPaymentView };
  bankTransfer?: BankTransferView;
  problem?: BridgeErrorData | null;
  pixSettled?: true;
  /** The customer paid a sale the till had already cancelled or seen expire. */
  latePaid?: true;
  cash?: CashPaymentView;
}

export interface OpenAttempt {
  saleId: string;
  operation: string;
  transactionId: string;
  startedAt: string;
}

export interface SalesRepository {
  readonly refunds: RefundsRepository;
  readonly reversals: ReversalsRepository;
  readonly resolutions: ReconcileResolutions;
  create(sale: NewSale): StoredSale;
  get(id: string): StoredSale | undefined;
  listByState(state: SaleState): StoredSale[];
  listBetween(from: string, to: string): StoredSale[];
  listByShift(shiftId: string): StoredSale[];
  update(id: string, change: SaleChange, at: string): StoredSale;
  startAttempt(saleId: string, operation: string, transactionId: string, at: string): void;
  finishAttempt(transactionId: string, outcome: 'ok' | 'error', errorCode: string | null, at: string): void;
  finishOpenAttempts(saleId: string, errorCode: string, at: string): void;
  atomically<T>(work: () => T): T;
  openAttempts(): OpenAttempt[];
  transitions(saleId: string): { from: SaleState | null; to: SaleState }[];
}

export function createSalesRepository(db: DatabaseSync): SalesRepository {
  const refunds = createRefundsRepository(db);
  const reversals = createReversalsRepository(db);
  const insertSale = db.prepare(
    `INSERT INTO sales (id, amount_cents, currency, method, state, provider_id, provider_environment, provider_account, created_at, updated_at, operator_id, shift_id, bill_id)
     VALUES (?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertTransition = db.prepare('INSERT INTO sale_transitions (sale_id, from_state, to_state, at) VALUES (?, ?, ?, ?)');
  const selectSale = db.prepare('SELECT * FROM sales WHERE id = ?');
  const selectByState = db.prepare('SELECT * FROM sales WHERE state = ? ORDER BY created_at');
  const selectBetween = db.prepare('SELECT * FROM sales WHERE created_at >= ? AND created_at < ? ORDER BY created_at');
  const selectByShift = db.prepare('SELECT * FROM sales WHERE shift_id = ? ORDER BY created_at');
  const insertAttempt = db.prepare(
    'INSERT INTO provider_attempts (sale_id, operation, transaction_id, started_at) VALUES (?, ?, ?, ?)',
  );
  const finishAttempt = db.prepare(
    'UPDATE provider_attempts SET finished_at = ?, outcome = ?, error_code = ? WHERE transaction_id = ?',
  );
  const finishOpenAttempts = db.prepare(
    "UPDATE provider_attempts SET finished_at = ?, outcome = 'unknown', error_code = ? WHERE sale_id = ? AND finished_at IS NULL",
  );
  const updateSale = db.prepare(
    `UPDATE sales SET state = ?, pix_txid = ?, pix_copy_and_paste = ?, pix_expires_at = ?, problem_json = ?, updated_at = ?,
       pix_settled_at = COALESCE(pix_settled_at, ?), card_charge_id = ?, card_json = ?, pix_quote_json = ?,
       bank_transfer_json = ?, late_paid_at = COALESCE(late_paid_at, ?), cash_json = ?
     WHERE id = ?`,
  );
  const selectOpenAttempts = db.prepare(
    'SELECT sale_id, operation, transaction_id, started_at FROM provider_attempts WHERE finished_at IS NULL ORDER BY id',
  );
  const selectTransitions = db.prepare('SELECT from_state, to_state FROM sale_transitions WHERE sale_id = ? ORDER BY id');

  /** Related rows come from `preloaded` when a whole day is read at once, else one query per sale. */
  const toSale = (row: SaleRow, preloaded?: { refunds: Map<string, StoredRefund[]>; reversals: Map<string, StoredReversal[]> }): StoredSale => ({
    id: row.id,
    ...(row.till_code && row.number ? { number: formatSaleNumber(row.till_code, row.number) } : {}),
    amountCents: row.amount_cents,
    currency: row.currency,
    method: row.method,
    state: row.state,
    providerId: row.provider_id === '' ? null : row.provider_id,
    providerEnvironment: row.provider_environment,
    providerAccount: row.provider_account,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    pix:
      row.pix_txid && row.pix_copy_and_paste && row.pix_expires_at
        ? {
            txid: row.pix_txid,
            copyAndPaste: row.pix_copy_and_paste,
            expiresAt: row.pix_expires_at,
            quote: row.pix_quote_json ? (JSON.parse(row.pix_quote_json) as ChargeQuote) : null,
          }
        : null,
    card: row.card_json ? (JSON.parse(row.card_json) as CardPaymentView) : null,
    bankTransfer: row.bank_transfer_json ? (JSON.parse(row.bank_transfer_json) as BankTransferView) : null,
    cash: row.cash_json ? (JSON.parse(row.cash_json) as CashPaymentView) : null,
    cardChargeId: row.card_charge_id,
    operatorId: row.operator_id,
    shiftId: row.shift_id,
    refunds: (preloaded ? (preloaded.refunds.get(row.id) ?? []) : refunds.listBySale(row.id)).map(toRefundView),
    problem: row.problem_json ? (JSON.parse(row.problem_json) as BridgeErrorData) : null,
    pixSettled: row.pix_settled_at !== null,
    reversals: (preloaded ? (preloaded.reversals.get(row.id) ?? []) : reversals.listBySale(row.id)).map(toReversalView),
    latePaidAt: row.late_paid_at,
    billId: row.bill_id,
  });

  const get = (id: string): StoredSale | undefined => {
    const row = selectSale.get(id) as SaleRow | undefined;
    return row && toSale(row);
  };

  return {
    refunds,
    reversals,
    resolutions: createReconcileResolutions(db),

    create(sale: NewSale): StoredSale {
      inTransaction(db, () => {
        insertSale.run(
          sale.id, sale.amountCents, sale.currency, sale.method, sale.providerId ?? '', sale.providerEnvironment, sale.providerAccount ?? null,
          sale.at, sale.at, sale.operatorId ?? null, sale.shiftId ?? null, sale.billId ?? null,
        );
        insertTransition.run(sale.id, null, 'draft', sale.at);
      });
      return get(sale.id) as StoredSale;
    },

    get,

    listByState(state: SaleState): StoredSale[] {
      return (selectByState.all(state) as unknown as SaleRow[]).map((row) => toSale(row));
    },

    /** Sales created in [from, to), oldest first. */
    listBetween(from: string, to: string): StoredSale[] {
      const preloaded = { refunds: refunds.bySalesCreatedBetween(from, to), reversals: groupBySale(reversals.ofSalesCreatedBetween(from, to)) };
      return (selectBetween.all(from, to) as unknown as SaleRow[]).map((row) => toSale(row, preloaded));
    },

    listByShift(shiftId: string): StoredSale[] {
      return (selectByShift.all(shiftId) as unknown as SaleRow[]).map((row) => toSale(row));
    },

    update(id: string, change: SaleChange, at: string): StoredSale {
      const before = get(id);
      if (!before) throw new Error(`Unknown sale ${id}`);
      const state = change.state ?? before.state;
      const pix = change.pix ?? before.pix;
      const problem = change.problem === undefined ? before.problem : change.problem;
      const card = change.card ?? { chargeId: before.cardChargeId, view: before.card };
      const bankTransfer = change.bankTransfer ?? before.bankTransfer;
      const cash = change.cash ?? before.cash;
      inTransaction(db, () => {
        updateSale.run(
          state,
          pix?.txid ?? null,
          pix?.copyAndPaste ?? null,
          pix?.expiresAt ?? null,
          problem ? JSON.stringify(problem) : null,
          at,
          change.pixSettled ? at : null,
          card.chargeId,
          card.view ? JSON.stringify(card.view) : null,
          pix?.quote ? JSON.stringify(pix.quote) : null,
          bankTransfer ? JSON.stringify(bankTransfer) : null,
          change.latePaid ? at : null,
          cash ? JSON.stringify(cash) : null,
          id,
        );
        if (state !== before.state) insertTransition.run(id, before.state, state, at);
      });
      return get(id) as StoredSale;
    },

    startAttempt(saleId: string, operation: string, transactionId: string, at: string): void {
      insertAttempt.run(saleId, operation, transactionId, at);
    },

    finishAttempt(transactionId: string, outcome: 'ok' | 'error', errorCode: string | null, at: string): void {
      finishAttempt.run(at, outcome, errorCode, transactionId);
    },

    /** Closes attempts a crash left open: their outcome is unknown, not successful. */
    finishOpenAttempts(saleId: string, errorCode: string, at: string): void {
      finishOpenAttempts.run(at, errorCode, saleId);
    },

    /** Runs several writes as one durable transaction (see transaction.ts). */
    atomically: <T>(work: () => T): T => inTransaction(db, work),

    /** Provider calls a crash interrupted: started, never finished. */
    openAttempts(): OpenAttempt[] {
      return (selectOpenAttempts.all() as { sale_id: string; operation: string; transaction_id: string; started_at: string }[]).map((row) => ({
        saleId: row.sale_id,
        operation: row.operation,
        transactionId: row.transaction_id,
        startedAt: row.started_at,
      }));
    },

    transitions(saleId: string): { from: SaleState | null; to: SaleState }[] {
      return (selectTransitions.all(saleId) as { from_state: SaleState | null; to_state: SaleState }[]).map((row) => ({
        from: row.from_state,
        to: row.to_state,
      }));
    },
  };
}

