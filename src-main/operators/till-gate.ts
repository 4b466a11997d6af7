/**
 * The router's gate: the till is locked until an operator signs in; 'manager' calls go ahead for a
 * signed-in manager or with a manager's PIN typed at the spot, and are journaled with who authorized
 * them, with the before and after of what they change when a snapshot is known.
 */
import type * as v from 'valibot';
import type { ManagerApproval, OperationName, operations, Requirement } from '../../src-preload/contract.ts';
import type { AuditJournal } from '../audit/audit-journal.ts';
import { auditSubject } from '../audit/audit-subject.ts';
import { forbidden, sessionLockedError, toErrorData } from '../core/errors.ts';
import type { Actor, ActorOperator, Gate } from '../core/gate.ts';
import type { OperatorService } from './operator-service.ts';
import type { TillSession } from './till-session.ts';

/** What an operation changes, read before and after it; given the operation's input (e.g. which difference). */
export type AuditSnapshots = { [K in OperationName]?: (input: v.InferOutput<(typeof operations)[K]['input']>) => unknown };

const asActor = ({ id, name, role }: ActorOperator): ActorOperator => ({ id, name, role });

export interface TillGateDeps {
  session: TillSession;
  operators: OperatorService;
  audit: AuditJournal;
  /** What a manager act changes, read before and after it for the journal. */
  snapshots: AuditSnapshots;
}

export function createTillGate({ session, operators, audit, snapshots }: TillGateDeps): Gate {
  return {
    async admit(name: OperationName, requirement: Requirement, approval: ManagerApproval | undefined): Promise<Actor | null> {
      if (requirement === 'display' || requirement === 'lock_screen') return null;
      const signedIn = session.current();
      if (!signedIn) throw sessionLockedError();
      session.touch();
      const operator = asActor(signedIn);
      if (requirement === 'cashier') return { operator, approvedBy: null };
      if (operator.role === 'manager') return { operator, approvedBy: operator };
      if (!approval) throw forbidden('access.manager_required', 'A manager must authorize this');
      try {
        const manager = await operators.verify(approval.operatorId, approval.pin);
        if (manager.role !== 'manager') throw forbidden('access.not_a_manager', 'Only a manager can authorize this');
        return { operator, approvedBy: asActor(manager) };
      } catch (error) {
        audit.record({ operatorId: operator.id, action: 'approval.refused', subject: name, after: { reason: toErrorData(error).reason } });
        throw error;
      }
    },

    async journal<T>(name: OperationName, requirement: Requirement, actor: Actor | null, input: unknown, run: () => Promise<T>): Promise<T> {
      if (requirement !== 'manager' || !actor) return run();
      const snapshot = snapshots[name] as ((input: unknown) => unknown) | undefined;
      const entry = { operatorId: actor.operator.id, approvedBy: actor.approvedBy?.id ?? null, action: name, subject: auditSubject(input) };
      const before = snapshot?.(input);
      try {
        const value = await run();
        audit.record({ ...entry, before, after: snapshot?.(input) });
        return value;
      } catch (error) {
        const { code, reason } = toErrorData(error);
        audit.record({ ...entry, before, after: { failed: reason ?? code } });
        throw error;
      }
    },
  };
}
