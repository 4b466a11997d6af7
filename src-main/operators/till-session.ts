/**
 * Who is signed in at this till. The till starts locked; it locks again on the cashier's key and after
 * an idle time without calls (checked on the next call, so a till left alone is locked when touched).
 */
import type { OperatorView, SessionView, ShiftView } from '../../src-preload/contract.ts';
import type { EventBus } from '../core/events.ts';
import type { Clock } from '../core/ports.ts';
import type { OperatorService } from './operator-service.ts';
import { toOperatorView, type StoredOperator } from './operators-repository.ts';

export interface TillSessionDeps {
  operators: OperatorService;
  clock: Clock;
  events: EventBus;
  idleLockMs: number;
  openShift(): ShiftView | null;
}

export interface TillSession {
  view(): SessionView;
  /** Tells every window who is signed in and which shift is open. */
  announce(): void;
  /** The signed-in operator, or null once locked (by hand, after idling, or deactivated). */
  current(): StoredOperator | null;
  /** A call from the signed-in operator: the idle lock starts over. */
  touch(): void;
  signIn(operatorId: string, pin: string): Promise<SessionView>;
  createOwner(name: string, pin: string): Promise<SessionView>;
  lock(): SessionView;
}

export function createTillSession({ operators, clock, events, idleLockMs, openShift }: TillSessionDeps): TillSession {
  let signedIn: { operatorId: string; lastActivity: number } | null = null;

  const view = (): SessionView => ({
    operator: current(),
    shift: openShift(),
    idleLockSeconds: Math.round(idleLockMs / 1000),
    operators: operators.signInChoices(),
    demoPin: operators.demoPin(),
    needsOwner: operators.needsOwner(),
  });
  const announce = () => events.emit('session.changed', view());

  /** The signed-in operator, after the idle check; deactivated operators and the demo manager outside demo are out. */
  function currentStored(): StoredOperator | null {
    if (!signedIn) return null;
    const operator = operators.get(signedIn.operatorId);
    const idle = clock.now() - signedIn.lastActivity >= idleLockMs;
    if (!operator || idle || !operators.canSignIn(operator)) {
      signedIn = null;
      announce();
      return null;
    }
    return operator;
  }
  function current(): OperatorView | null {
    const operator = currentStored();
    return operator && toOperatorView(operator);
  }

  return {
    view,
    announce,
    current: currentStored,
    touch(): void {
      if (signedIn) signedIn.lastActivity = clock.now();
    },
    async signIn(operatorId: string, pin: string): Promise<SessionView> {
      const operator = await operators.verify(operatorId, pin);
      signedIn = { operatorId: operator.id, lastActivity: clock.now() };
      announce();
      return view();
    },
    async createOwner(name: string, pin: string): Promise<SessionView> {
      const owner = await operators.createOwner(name, pin);
      signedIn = { operatorId: owner.id, lastActivity: clock.now() };
      announce();
      return view();
    },
    lock(): SessionView {
      signedIn = null;
      announce();
      return view();
    },
  };
}

