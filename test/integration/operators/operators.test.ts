/** Operators and sessions through the router: a locked till, sign-in, first run, wrong PINs slowing down, idle lock. */
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import type { AppInfo, OperatorView, SessionView } from '../../../src-preload/contract.ts';
import { createPosCore } from '../../../src-main/app/create-pos-core.ts';
import { LEDGER_FILE } from '../../../src-main/ledger/open-ledger.ts';
import { createNodePorts } from '../../../src-main/web/node-ports.ts';
import { recordEvents } from '../../support/event-recorder.ts';
import { createFakeClock } from '../../support/fake-clock.ts';
import { addOperator, operatorNamed, session, signIn, signInDemoManager } from '../../support/operators.ts';
import { createRecordingLogger } from '../../support/recording-logger.ts';
import { errorOf, okValue } from '../../support/replies.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { startTestCore, TEST_CORE_DEFAULTS } from '../../support/test-core.ts';

describe('a fresh till', () => {
  it('starts locked, shows the demo manager and its PIN, and refuses to sell before anyone signs in', async () => {
    const { invoke, sim } = await startTestCore({ locked: true });

    const lockScreen = await session(invoke);
    expect(lockScreen).toMatchObject({ operator: null, shift: null, demoPin: '1234', needsOwner: true });
    expect(lockScreen.operators).toEqual([expect.objectContaining({ name: 'Gerente demo', role: 'manager', demo: true })]);
    for (const [name, input] of [
      ['sale.startPix', { amountCents: 1250 }],
      ['sale.startCash', { amountCents: 1250, receivedCents: 2000 }],
      ['shift.open', { floatCents: 0 }],
      ['sales.list', { day: '2026-01-02' }],
    ] as const) {
      expect(errorOf(await invoke(name, input)), name).toMatchObject({ code: 'forbidden', reason: 'session.locked' });
    }
    expect(sim.stats().requests).toEqual({});
    // The lock screen may still be read in the operator's language.
    expect(okValue<AppInfo>(await invoke('settings.setLanguage', { language: 'en' })).language).toBe('en');

    const signedIn = await signInDemoManager(invoke);
    expect(signedIn.operator).toMatchObject({ name: 'Gerente demo', role: 'manager' });
    expect(okValue(await invoke('shift.open', { floatCents: 0 }))).toMatchObject({ floatCents: 0, openedBy: 'Gerente demo' });
  });

  it('creates the owner once, who then signs in with the PIN; the PIN is kept only as a scrypt hash', async () => {
    const t = await startTestCore({ locked: true });

    const owner = okValue<SessionView>(await t.invoke('operators.createOwner', { name: 'Dona Rita', pin: '482915' }));
    expect(owner).toMatchObject({ operator: { name: 'Dona Rita', role: 'manager', demo: false }, needsOwner: false });
    expect(errorOf(await t.invoke('operators.createOwner', { name: 'Intruso', pin: '000000' }))).toMatchObject({
      code: 'forbidden',
      reason: 'operator.owner_exists',
    });
    okValue(await t.invoke('session.lock'));
    expect((await signIn(t.invoke, 'Dona Rita', '482915')).operator?.name).toBe('Dona Rita');

    const db = new DatabaseSync(join(t.dataDir, LEDGER_FILE), { readOnly: true });
    const rows = db.prepare('SELECT name, pin_hash FROM operators').all() as { name: string; pin_hash: string }[];
    db.close();
    const rita = rows.find((row) => row.name === 'Dona Rita');
    expect(rita?.pin_hash).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(rows.map((row) => row.pin_hash).join()).not.toContain('482915');
  });

  it('refuses PINs that are not 4 to 8 digits before checking anything', async () => {
    const { invoke } = await startTestCore({ locked: true });
    const manager = await operatorNamed(invoke, 'Gerente demo');

    for (const pin of ['123', '123456789', '12a4', '']) {
      expect(errorOf(await invoke('session.signIn', { operatorId: manager.id, pin }))).toMatchObject({ code: 'invalid_input', reason: 'operator.pin_invalid' });
    }
  });
});

describe('wrong PINs', () => {
  it('cost nothing the first times, then make even the right PIN wait, longer each time', async () => {
    const clock = createFakeClock(Date.parse('2026-03-02T12:00:00Z'));
    const { invoke } = await startTestCore({ clock });
    await addOperator(invoke, 'Caio', 'cashier', '2468');
    okValue(await invoke('session.lock'));
    const caio = await operatorNamed(invoke, 'Caio');
    const tryPin = (pin: string) => invoke('session.signIn', { operatorId: caio.id, pin });

    for (let attempt = 0; attempt < 3; attempt++) expect(errorOf(await tryPin('1111'))).toMatchObject({ code: 'forbidden', reason: 'pin.wrong' });
    expect(errorOf(await tryPin('2468'))).toMatchObject({ code: 'forbidden', reason: 'pin.slow_down', retryable: true });

    clock.advance(29_000);
    expect(errorOf(await tryPin('2468'))).toMatchObject({ reason: 'pin.slow_down' });
    clock.advance(1_000);
    expect(errorOf(await tryPin('1111'))).toMatchObject({ reason: 'pin.wrong' });
    // The fourth wrong PIN doubles the wait.
    clock.advance(59_000);
    expect(errorOf(await tryPin('2468'))).toMatchObject({ reason: 'pin.slow_down' });
    clock.advance(1_000);
    expect(okValue<SessionView>(await tryPin('2468')).operator?.name).toBe('Caio');

    // A right PIN wipes the slate.
    okValue(await invoke('session.lock'));
    expect(errorOf(await tryPin('1111'))).toMatchObject({ reason: 'pin.wrong' });
    expect(okValue<SessionView>(await tryPin('2468')).operator?.name).toBe('Caio');
  });
});

describe('locking', () => {
  it('locks on request and after the idle time, telling the windows', async () => {
    const clock = createFakeClock(Date.parse('2026-03-02T12:00:00Z'));
    const t = await startTestCore({ clock, idleLockMs: 60_000 });
    const changes = recordEvents(t.core.events, 'session.changed');

    clock.advance(59_000);
    okValue(await t.invoke('sale.startCash', { amountCents: 500, receivedCents: 500 }));
    okValue(await t.invoke('sale.dismiss'));
    clock.advance(60_000);
    expect(errorOf(await t.invoke('sale.startCash', { amountCents: 500, receivedCents: 500 }))).toMatchObject({ reason: 'session.locked' });
    expect(changes.seen.at(-1)?.operator).toBeNull();

    await signInDemoManager(t.invoke);
    okValue(await t.invoke('session.lock'));
    expect(errorOf(await t.invoke('sale.dismiss'))).toMatchObject({ reason: 'session.locked' });
    expect((await session(t.invoke)).shift).not.toBeNull();
  });

  it('keeps a deactivated operator out', async () => {
    const { invoke } = await startTestCore();
    const bia = await addOperator(invoke, 'Bia', 'cashier', '1357');

    okValue(await invoke('operators.setActive', { operatorId: bia.id, active: false }));
    okValue(await invoke('session.lock'));
    expect(errorOf(await invoke('session.signIn', { operatorId: bia.id, pin: '1357' }))).toMatchObject({ reason: 'operator.unavailable' });
    expect((await session(invoke)).operators.map((operator) => operator.name)).toEqual(['Gerente demo']);
  });

  it('locks the demo manager out on the next call once the till leaves demo mode', async () => {
    const { invoke } = await startTestCore();
    expect((await session(invoke)).operator).toMatchObject({ name: 'Gerente demo' });

    okValue(await invoke('settings.setProviders', { pix: { id: 'astrapay', environment: 'sandbox' }, card: null }));

    expect(errorOf(await invoke('sale.dismiss'))).toMatchObject({ reason: 'session.locked' });
    expect((await session(invoke)).operator).toBeNull();
  });

  it('offers no demo manager and no demo PIN once the till is out of demo mode', async () => {
    const dataDir = makeTempDir('pdv-core-');
    const ports = createNodePorts(dataDir, createRecordingLogger(), {
      providers: { pix: { id: 'astrapay', environment: 'sandbox' }, card: null },
    });
    const core = await createPosCore(ports, TEST_CORE_DEFAULTS);
    try {
      const invoke = (name: string, input: unknown = {}) => core.router.handle(name, input, 'cashier');
      const lockScreen = okValue<SessionView>(await invoke('session.get'));
      expect(lockScreen).toMatchObject({ demoPin: null, needsOwner: true, operators: [] });
      okValue(await invoke('operators.createOwner', { name: 'Dono', pin: '9182' }));
      const demo = okValue<OperatorView[]>(await invoke('operators.list')).find((operator) => operator.demo);
      expect(demo?.name).toBe('Gerente demo');
      okValue(await invoke('session.lock'));
      expect(errorOf(await invoke('session.signIn', { operatorId: demo?.id, pin: '1234' }))).toMatchObject({ reason: 'operator.unavailable' });
    } finally {
      await core.close();
    }
  });
});
