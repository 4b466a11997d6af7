/**
 * Shifts ("turnos"): opened with a counted float, cash in and out with a reason, closed with a blind
 * count. The close writes the count, prints the Z report and answers it; sales need an open shift.
 */
import { randomUUID } from 'node:crypto';
import type { ReportMethod, ShiftReportView, ShiftView } from '../../src-preload/contract.ts';
import type { Cents } from '../../src-shared/money.ts';
import { invalidInput, invalidState, notFound } from '../core/errors.ts';
import type { Clock } from '../core/ports.ts';
import type { SalesRepository } from '../ledger/sales-repository.ts';
import { shiftReport } from './shift-totals.ts';
import type { ShiftsRepository, StoredShift } from './shifts-repository.ts';

export interface ShiftServiceDeps {
  shifts: ShiftsRepository;
  sales: SalesRepository;
  operatorName(operatorId: string): string | null;
  /** How a refund made by hand went back (absent: none are). */
  paidBackOf?(refundId: string): 'cash' | 'pix' | undefined;
  clock: Clock;
  /** Prints the Z report; must not throw (printing never holds up the till). */
  print(report: ShiftReportView): void;
  /** The open shift changed (opened, cash moved, closed). */
  onChange(): void;
}

const toView = ({ counted: _counted, ...view }: StoredShift): ShiftView => view;

export interface ShiftService {
  current(): ShiftView | null;
  /** Stamps a new sale: the open shift, or a refusal that tells the cashier to open one. */
  requireOpenId(): string;
  open(floatCents: Cents, operatorId: string): ShiftView;
  moveCash(kind: 'sangria' | 'suprimento', amountCents: Cents, reason: string, operatorId: string): ShiftView;
  /** Blind close: methods left uncounted count as expected. Prints the Z report. */
  close(counted: Partial<Record<ReportMethod, Cents>>, operatorId: string): ShiftReportView;
  report(shiftId: string): ShiftReportView;
  find(shiftId: string): ShiftView | undefined;
}

export function createShiftService(deps: ShiftServiceDeps): ShiftService {
  const { shifts, sales, clock } = deps;
  const now = () => new Date(clock.now()).toISOString();
  const requireOpen = (): StoredShift => {
    const shift = shifts.open();
    if (!shift) throw invalidState('shift.not_open', 'Open a shift first');
    return shift;
  };
  const report = (shift: StoredShift): ShiftReportView => {
    const to = shift.closedAt ?? new Date(clock.now() + 1).toISOString();
    const refunds = sales.refunds
      .listBetween(shift.openedAt, to)
      .filter((refund) => refund.state === 'completed')
      .flatMap((refund) => {
        const sale = sales.get(refund.saleId);
        return sale ? [{ refund, sale }] : [];
      });
    const ledger = { sales: sales.listByShift(shift.id), refunds, operatorName: deps.operatorName, ...(deps.paidBackOf ? { paidBackOf: deps.paidBackOf } : {}) };
    return shiftReport(shift, ledger, (shift.counted ?? {}) as Partial<Record<ReportMethod, Cents>>);
  };

  return {
    current: (): ShiftView | null => {
      const shift = shifts.open();
      return shift ? toView(shift) : null;
    },
    requireOpenId: (): string => requireOpen().id,

    open(floatCents: Cents, operatorId: string): ShiftView {
      if (shifts.open()) throw invalidState('shift.already_open', 'A shift is already open');
      const shift = shifts.create({ id: randomUUID(), operatorId, at: now(), floatCents });
      deps.onChange();
      return toView(shift);
    },

    moveCash(kind: 'sangria' | 'suprimento', amountCents: Cents, reason: string, operatorId: string): ShiftView {
      const shift = requireOpen();
      if (kind === 'sangria') {
        const cash = report(shift).rows.find((row) => row.method === 'cash')?.expectedCents ?? 0;
        if (amountCents > cash) {
          throw invalidInput('shift.not_enough_cash', 'More than the drawer holds', 'amountCents');
        }
      }
      shifts.addMovement(shift.id, { kind, amountCents, reason, operatorId, at: now() });
      deps.onChange();
      return toView(requireOpen());
    },

    close(counted: Partial<Record<ReportMethod, Cents>>, operatorId: string): ShiftReportView {
      const shift = requireOpen();
      const entries = Object.entries(counted).filter(([, cents]) => cents !== undefined);
      if (!shifts.close(shift.id, operatorId, now(), Object.fromEntries(entries))) {
        throw invalidState('shift.not_open', 'The shift was closed meanwhile');
      }
      const closed = report(shifts.get(shift.id) as StoredShift);
      deps.print(closed);
      deps.onChange();
      return closed;
    },

    report(shiftId: string): ShiftReportView {
      const shift = shifts.get(shiftId);
      if (!shift) throw notFound('shift.not_found', 'No such shift');
      return report(shift);
    },

    find(shiftId: string): ShiftView | undefined {
      const shift = shifts.get(shiftId);
      return shift && toView(shift);
    },
  };
}

