/**
 * Who may work the till: the owner created on first run, the cashiers and managers the managers add,
 * and, while the till runs on the embedded sandbox, a demo manager whose PIN the lock screen shows.
 * Every PIN check goes through `verify`, which slows down repeated wrong PINs per operator.
 */
import { randomUUID } from 'node:crypto';
import type { OperatorRole, OperatorView } from '../../src-preload/contract.ts';
import { forbidden, invalidInput, invalidState, notFound } from '../core/errors.ts';
import type { Clock } from '../core/ports.ts';
import { hashPin, verifyPin } from './pin-hash.ts';
import { nextTryAt } from './pin-throttle.ts';
import { toOperatorView, type OperatorsRepository, type StoredOperator } from './operators-repository.ts';

/** Shown on the lock screen in demo mode; worthless outside it, where the demo manager cannot sign in. */
export const DEMO_MANAGER_PIN = '1234';
const DEMO_MANAGER_NAME = 'Gerente demo';

export interface OperatorServiceDeps {
  operators: OperatorsRepository;
  clock: Clock;
  /** True while a provider runs on the embedded sandbox: no real money moves. */
  isDemo(): boolean;
}

export interface OperatorService {
  /** First start: the demo manager exists from the beginning, usable only in demo mode. */
  ensureDemoManager(): Promise<void>;
  list(): OperatorView[];
  /** Who the lock screen offers. */
  signInChoices(): OperatorView[];
  /** Active, and the demo manager only while the till is in demo: one of `signInChoices`. */
  canSignIn(operator: StoredOperator): boolean;
  demoPin(): string | null;
  needsOwner(): boolean;
  get(id: string): StoredOperator | undefined;
  /** First run: the shop's owner, a manager. Only while the till has no manager of its own. */
  createOwner(name: string, pin: string): Promise<StoredOperator>;
  add(name: string, role: OperatorRole, pin: string): Promise<OperatorView[]>;
  setActive(id: string, active: boolean): OperatorView[];
  /** The one PIN check (sign-in and a manager's authorization): refused unheard while a wait runs. */
  verify(id: string, pin: string): Promise<StoredOperator>;
}

export function createOperatorService({ operators, clock, isDemo }: OperatorServiceDeps): OperatorService {
  const now = () => new Date(clock.now()).toISOString();
  const usable = (operator: StoredOperator) => operator.active && (!operator.demo || isDemo());
  const hasOwnManager = () => operators.list().some((operator) => operator.role === 'manager' && !operator.demo && operator.active);

  const create = async (name: string, role: OperatorRole, pin: string, demo = false): Promise<StoredOperator> => {
    if (operators.findByName(name)) {
      throw invalidInput('operator.name_taken', 'An operator with that name exists', 'name');
    }
    return operators.create({ id: randomUUID(), name, role, pinHash: await hashPin(pin), demo, at: now() });
  };

  return {
    async ensureDemoManager(): Promise<void> {
      if (!operators.list().some((operator) => operator.demo)) await create(DEMO_MANAGER_NAME, 'manager', DEMO_MANAGER_PIN, true);
    },
    list: (): OperatorView[] => operators.list().map(toOperatorView),
    signInChoices: (): OperatorView[] => operators.list().filter(usable).map(toOperatorView),
    canSignIn: usable,
    demoPin: (): string | null => (isDemo() ? DEMO_MANAGER_PIN : null),
    needsOwner: (): boolean => !hasOwnManager(),
    get: (id: string): StoredOperator | undefined => operators.get(id),

    async createOwner(name: string, pin: string): Promise<StoredOperator> {
      if (hasOwnManager()) throw forbidden('operator.owner_exists', 'The till already has an owner');
      return create(name, 'manager', pin);
    },

    async add(name: string, role: OperatorRole, pin: string): Promise<OperatorView[]> {
      await create(name, role, pin);
      return operators.list().map(toOperatorView);
    },

    setActive(id: string, active: boolean): OperatorView[] {
      const operator = operators.get(id);
      if (!operator) throw notFound('operator.not_found', 'No such operator');
      const othersLeft = operators.list().some((other) => other.id !== id && other.role === 'manager' && !other.demo && other.active);
      if (!active && operator.role === 'manager' && !operator.demo && !othersLeft) {
        throw invalidState('operator.last_manager', 'The last manager cannot be deactivated');
      }
      operators.setActive(id, active);
      return operators.list().map(toOperatorView);
    },

    async verify(id: string, pin: string): Promise<StoredOperator> {
      const operator = operators.get(id);
      if (!operator || !usable(operator)) throw forbidden('operator.unavailable', 'This operator cannot sign in');
      if (clock.now() < nextTryAt(operator.failedPins, operator.lastFailedAt)) {
        throw forbidden('pin.slow_down', 'Too many wrong PINs: wait before trying again', { retryable: true });
      }
      if (!(await verifyPin(pin, operator.pinHash))) {
        operators.recordFailure(id, now());
        throw forbidden('pin.wrong', 'Wrong PIN');
      }
      operators.recordSuccess(id);
      return operator;
    },
  };
}

