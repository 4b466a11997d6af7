/** Signing in and setting up operators through the router, as the lock screen and Settings do. */
import type { OperatorView, SessionView } from '../../src-preload/contract.ts';
import { DEMO_MANAGER_PIN } from '../../src-main/operators/operator-service.ts';
import { okValue } from './replies.ts';
import type { TestCore } from './test-core.ts';

type Invoke = TestCore['invoke'];

export async function session(invoke: Invoke): Promise<SessionView> {
  return okValue<SessionView>(await invoke('session.get'));
}

export async function operatorNamed(invoke: Invoke, name: string): Promise<OperatorView> {
  const found = (await session(invoke)).operators.find((operator) => operator.name === name);
  if (!found) throw new Error(`No operator named ${name} may sign in`);
  return found;
}

export async function signIn(invoke: Invoke, name: string, pin: string): Promise<SessionView> {
  const operator = await operatorNamed(invoke, name);
  return okValue<SessionView>(await invoke('session.signIn', { operatorId: operator.id, pin }));
}

export const signInDemoManager = (invoke: Invoke) => signIn(invoke, 'Gerente demo', DEMO_MANAGER_PIN);

/** The demo manager signs in and opens a shift unless one is open (a restart on the same data dir). */
export async function openTill(invoke: Invoke): Promise<void> {
  const { shift } = await signInDemoManager(invoke);
  if (!shift) okValue(await invoke('shift.open', { floatCents: 0 }));
}

/** Adds an operator as the signed-in manager. */
export async function addOperator(invoke: Invoke, name: string, role: 'manager' | 'cashier', pin: string): Promise<OperatorView> {
  const list = okValue<OperatorView[]>(await invoke('operators.add', { name, role, pin }));
  const added = list.find((operator) => operator.name === name);
  if (!added) throw new Error(`${name} was not added`);
  return added;
}
