/** The contract's operations for operators, sessions, the audit journal, shifts and cash. */
import * as v from 'valibot';
import { AmountCents, CashCents, Empty, operation, OperatorId, OperatorName, Pin, ShortText } from './operation-kit.ts';
import type { AuditEntryView, OperatorView, PrintJobView, SaleView, SessionView, ShiftReportView, ShiftView } from './views.ts';

export const peopleOperations = {
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
} as const;
