/**
 * The router's question to the till before it calls a handler: may this call go ahead, and on whose
 * authority? The operators service answers it (src-main/operators/till-gate.ts); core only knows the shape.
 */
import type { ManagerApproval, OperationName, OperatorRole, Requirement } from '../../src-preload/contract.ts';

export interface ActorOperator {
  id: string;
  name: string;
  role: OperatorRole;
}

/** Who a call runs for: the signed-in operator, and the manager who authorized it when it needed one. */
export interface Actor {
  operator: ActorOperator;
  approvedBy: ActorOperator | null;
}

export interface Gate {
  /**
   * Throws a PosError when the call may not go ahead (till locked, a manager needed, a wrong PIN);
   * null for calls that need nobody signed in.
   */
  admit(name: OperationName, requirement: Requirement, approval: ManagerApproval | undefined): Promise<Actor | null>;
  /** Runs the handler; what needed a manager is written to the audit journal, done or failed. */
  journal<T>(name: OperationName, requirement: Requirement, actor: Actor | null, input: unknown, run: () => Promise<T>): Promise<T>;
}
