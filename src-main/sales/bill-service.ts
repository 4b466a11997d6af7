/**
 * Split tender ("pagamento dividido"): a bill on the counter takes the next sales as its tenders. Each tender is
 * an ordinary sale of one method, made, followed, reconciled and refunded by the services that already do so
 * exactly once; the bill only links them (the sale book stamps its id on each) and adds them up. The bill is
 * paid when its paid tenders cover the total, and refunded through the tenders that paid, newest first.
 */
import { randomUUID } from 'node:crypto';
import type { BillPartRefundView, BillRefundPlanView, BillRefundShare, BillRefundShareOutcome, BillView, SaleView } from '../../src-preload/contract.ts';
import type { Cents, Currency } from '../../src-shared/money.ts';
import { invalidState, notFound, toErrorData } from '../core/errors.ts';
import type { EventBus } from '../core/events.ts';
import type { Logger } from '../core/ports.ts';
import type { BillsRepository, StoredBill } from '../ledger/bills-repository.ts';
import type { StoredSale } from '../ledger/sales-repository.ts';
import { assertTenderFits, billTotals } from './bill-math.ts';
import { billRefundableCents, planBillRefund } from './bill-refund-plan.ts';
import { toSaleView, type OpenSale, type SaleBook, type SaleOwner } from './sale-book.ts';

export interface BillServiceDeps {
  book: SaleBook;
  bills: BillsRepository;
  events: EventBus;
  logger: Logger;
  owner: SaleOwner;
  refund: (saleId: string, amountCents: Cents, reason: string) => Promise<unknown>;
}

export interface BillService {
  current(): BillView | null;
  get(billId: string): BillView;
  /** Starts a bill on a free counter: the next sales are its tenders until it is paid or abandoned. */
  open(totalCents: Cents, currency?: Currency): BillView;
  /** The sale book asks before it writes a sale: the bill on the counter, if open, takes it as a tender. */
  tender(sale: OpenSale): string | null;
  /** Calls off a bill nothing was paid on; a tender under way must be cancelled first, and paid ones refunded. */
  abandon(billId: string): BillView;
  /**
   * Gives the money back through the tenders that paid, newest first, each at its own provider through the
   * refund service. A tender whose refund fails does not stop the others; the bill can be refunded again for what is left.
   */
  refund(billId: string, reason: string): Promise<BillPartRefundView>;
  /** How `amountCents` would go back through the paid tenders (the last paid first); nothing is sent. */
  planRefund(billId: string, amountCents: Cents): BillRefundPlanView;
  /**
   * Gives part of the bill back as planned, each share through its tender's refund. A share its provider refuses
   * leaves the others as done; the outcome says which one failed, and the bill can be refunded again for it.
   */
  refundPart(billId: string, amountCents: Cents, reason: string): Promise<BillPartRefundView>;
}

export function createBillService({ book, bills, events, logger, owner, refund }: BillServiceDeps): BillService {
  let currentId: string | null = bills.latestOpen()?.id ?? null;

  const require = (billId: string): StoredBill => {
    const bill = bills.get(billId);
    if (!bill) throw notFound('bill.not_found', 'No such bill');
    return bill;
  };
  const tendersOf = (bill: StoredBill): StoredSale[] => bills.tenderIds(bill.id).map((id) => book.require(id));
  const toView = (bill: StoredBill): BillView => {
    const tenders = tendersOf(bill);
    const { paidCents, pendingCents, leftCents, changeCents } = billTotals(bill.totalCents, tenders);
    const { id, totalCents, currency, state, createdAt } = bill;
    return { id, totalCents, currency, state, paidCents, pendingCents, leftCents, changeCents, tenders: tenders.map(toSaleView), createdAt };
  };
  const show = (bill: StoredBill | null) => events.emit('bill.changed', bill && toView(bill));
  const setState = (bill: StoredBill, state: StoredBill['state']): StoredBill => {
    book.write(() => bills.setState(bill.id, state, book.now()));
    return require(bill.id);
  };

  /** Each share through its tender's own refund; a share the provider refuses leaves the others as they are. */
  const sendShares = async (billId: string, shares: BillRefundShare[], reason: string): Promise<BillPartRefundView> => {
    const outcomes: BillRefundShareOutcome[] = [];
    for (const share of shares) {
      const problem = await refund(share.saleId, share.amountCents, reason).then(
        () => null,
        (error: unknown) => toErrorData(error),
      );
      outcomes.push({ ...share, outcome: problem ? 'failed' : 'sent', problem });
    }
    return { bill: toView(require(billId)), shares: outcomes };
  };

  /** A tender changed: the bill may be paid now, and a paid part gives the counter back to the bill. */
  const follow = (sale: SaleView) => {
    if (!sale.billId) return;
    let bill = require(sale.billId);
    const covered = billTotals(bill.totalCents, tendersOf(bill)).covered;
    if (bill.state === 'open' && covered) bill = setState(bill, 'paid');
    if (bill.id !== currentId) return;
    if (sale.state === 'paid' && !covered) book.leaveCounter(sale.id);
    show(bill);
  };
  events.on('sales.changed', (sale) => {
    try {
      follow(sale);
    } catch (error) {
      logger.error('Could not follow a tender of a bill', { saleId: sale.id, reason: toErrorData(error).reason });
    }
  });

  return {
    current: (): BillView | null => (currentId ? toView(require(currentId)) : null),
    get: (billId: string): BillView => toView(require(billId)),
    open(totalCents: Cents, currency: Currency = 'BRL'): BillView {
      const open = currentId ? bills.get(currentId) : undefined;
      if (open?.state === 'open') throw invalidState('bill.busy', 'Finish the bill on the counter first');
      book.assertCounterFree();
      const { operatorId, shiftId } = owner();
      const id = randomUUID();
      const at = book.now();
      const bill = book.write(() => bills.create({ id, totalCents, currency, operatorId, shiftId, at }));
      currentId = id;
      book.clearCounter();
      show(bill);
      return toView(bill);
    },
    tender(sale: OpenSale): string | null {
      const bill = currentId ? bills.get(currentId) : undefined;
      if (!bill) return null;
      if (bill.state !== 'open') {
        // A paid bill stays on show until the next sale starts.
        currentId = null;
        show(null);
        return null;
      }
      if (sale.currency !== bill.currency) {
        throw invalidState('bill.currency_mismatch', `This bill is in ${bill.currency}; the provider charges ${sale.currency}`);
      }
      assertTenderFits(billTotals(bill.totalCents, tendersOf(bill)), sale.amountCents);
      return bill.id;
    },
    abandon(billId: string): BillView {
      const bill = require(billId);
      if (bill.state !== 'open') throw invalidState('bill.not_open', `A ${bill.state} bill cannot be abandoned`);
      const totals = billTotals(bill.totalCents, tendersOf(bill));
      if (totals.paidCents > 0) throw invalidState('bill.has_paid', 'Part of this bill is paid: refund it instead');
      if (totals.pendingCents > 0) throw invalidState('bill.tender_open', 'A tender of this bill is under way');
      const abandoned = setState(bill, 'abandoned');
      if (currentId === billId) {
        currentId = null;
        show(null);
      }
      return toView(abandoned);
    },
    /** The whole bill: every paid tender gives back all it has left, the last paid first. */
    refund(billId: string, reason: string): Promise<BillPartRefundView> {
      const tenders = tendersOf(require(billId));
      return sendShares(billId, planBillRefund(tenders, billRefundableCents(tenders)), reason);
    },
    planRefund(billId: string, amountCents: Cents): BillRefundPlanView {
      const bill = require(billId);
      return { billId, amountCents, currency: bill.currency, shares: planBillRefund(tendersOf(bill), amountCents) };
    },
    refundPart(billId: string, amountCents: Cents, reason: string): Promise<BillPartRefundView> {
      return sendShares(billId, planBillRefund(tendersOf(require(billId)), amountCents), reason);
    },
  };
}

