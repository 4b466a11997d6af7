/**
 * Operators, sessions, shifts with their cash, and the audit journal as they cross the bridge.
 */
import type { Cents } from '../src-shared/money.ts';
import type { ReportMethod } from './sale-views.ts';

export type OperatorRole = 'manager' | 'cashier';

export interface OperatorView {
  id: string;
  name: string;
  role: OperatorRole;
  /** The demo manager: signs in only while the till runs on the embedded sandbox. */
  demo: boolean;
  active: boolean;
}

export interface CashMovementView {
  kind: 'sangria' | 'suprimento';
  amountCents: Cents;
  reason: string;
  at: string;
  operatorName: string;
}

export interface ShiftView {
  id: string;
  openedAt: string;
  openedBy: string;
  floatCents: Cents;
  movements: CashMovementView[];
  closedAt: string | null;
  closedBy: string | null;
}

/** What the lock screen and the header need: who is signed in, the open shift, and who may sign in. */
export interface SessionView {
  operator: OperatorView | null;
  shift: ShiftView | null;
  /** The till locks itself after this long without a key or a call. */
  idleLockSeconds: number;
  /** Who may sign in now (active operators; the demo manager only in demo mode). */
  operators: OperatorView[];
  /** Shown on the lock screen while the till is in demo mode, so a fresh install sells at once. */
  demoPin: string | null;
  /** No manager of the shop's own yet: the lock screen offers to create the owner. */
  needsOwner: boolean;
}

export interface ShiftMethodRow {
  method: ReportMethod;
  expectedCents: Cents;
  countedCents: Cents;
  differenceCents: Cents;
}

/** The Z report: a closed shift's money, expected against counted per method. */
export interface ShiftReportView {
  shift: ShiftView;
  sales: { count: number; totalCents: Cents };
  refunds: { count: number; totalCents: Cents };
  rows: ShiftMethodRow[];
  byOperator: { operatorId: string | null; name: string | null; count: number; totalCents: Cents }[];
}

export interface AuditEntryView {
  id: number;
  at: string;
  /** Who was signed in at the till. */
  operatorName: string | null;
  /** The manager who authorized it (the signed-in one, or one who typed a PIN at the spot). */
  approvedByName: string | null;
  action: string;
  subject: string | null;
  before: unknown;
  after: unknown;
}
