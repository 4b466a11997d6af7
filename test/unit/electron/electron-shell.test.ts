import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_INVOKE_CHANNEL, operations, type OperationName, type Reply } from '../../../src-preload/contract.ts';
import { createPosCore, type PosCore } from '../../../src-main/app/create-pos-core.ts';
import { silentLogger } from '../../../src-main/core/logger.ts';
import { createNodePorts } from '../../../src-main/web/node-ports.ts';
import { signInDemoManager } from '../../support/operators.ts';
import * as stub from './electron-stub.ts';

vi.mock('electron', () => import('./electron-stub.ts'));

const { APP_ORIGIN } = await import('../../../src-main/electron/app-protocol.ts');
const { registerIpc } = await import('../../../src-main/electron/ipc.ts');
const { createCashierWindow, createCustomerWindow, lockDownSession, rendererOrigins } = await import(
  '../../../src-main/electron/windows.ts'
);

const paths = { preloadDir: '/app/out/preload', devServerUrl: undefined, devTools: false };
let core: PosCore;

beforeAll(async () => {
  core = await createPosCore(createNodePorts(mkdtempSync(join(tmpdir(), 'pdv-electron-')), silentLogger), { version: 'test' });
});

/** The till starts locked: sign in so that calls reach their handlers. */
const signIn = () => signInDemoManager((name, input = {}, access = 'cashier') => core.router.handle(name, input, access));
afterAll(() => core.close());

describe('Electron windows', () => {
  const windows = [createCashierWindow(paths), createCustomerWindow(paths)];

  it.each(windows.map((entry) => [entry.access, entry] as const))('%s window is hardened', (_access, { window }) => {
    const prefs = (window as unknown as stub.BrowserWindow).options.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    const contents = (window as unknown as stub.BrowserWindow).webContents;
    const navigation = { preventDefault: vi.fn() };
    contents.listeners.get('will-navigate')?.(navigation, 'https://evil.example');
    expect(navigation.preventDefault).toHaveBeenCalled();
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example' })).toEqual({ action: 'deny' });
  });

  it('loads our own origin with the right preload per window', () => {
    const [cashier, customer] = windows.map((entry) => entry.window as unknown as stub.BrowserWindow);
    expect(cashier?.loadedUrl).toBe(`${APP_ORIGIN}/index.html`);
    expect(String(cashier?.options.webPreferences.preload)).toMatch(/index\.cjs$/);
    expect(customer?.loadedUrl).toBe(`${APP_ORIGIN}/customer.html`);
    expect(String(customer?.options.webPreferences.preload)).toMatch(/customer\.cjs$/);
  });

  it('puts the customer display full screen on the second monitor', () => {
    const customer = windows[1]?.window as unknown as stub.BrowserWindow;
    expect(customer.options).toMatchObject({ x: 1920, fullscreen: true });
  });

  it('refuses every permission but writing to the clipboard', () => {
    lockDownSession();
    const answer = (permission: string) => {
      let granted: unknown;
      stub.permissionHandlers.request?.({}, permission, (value: unknown) => (granted = value));
      return granted;
    };
    expect(answer('media')).toBe(false);
    expect(answer('geolocation')).toBe(false);
    expect(answer('clipboard-sanitized-write')).toBe(true);
  });
});

describe('Electron IPC', () => {
  const cashier = createCashierWindow(paths);
  const customer = createCustomerWindow(paths);
  const stranger = new stub.BrowserWindow({ webPreferences: {} });
  void stranger.loadURL(`${APP_ORIGIN}/index.html`);

  beforeAll(() => {
    registerIpc({ router: core.router, events: core.events, windows: () => [cashier, customer], origins: rendererOrigins(paths) });
  });

  const invoke = (window: unknown, name: string, input: unknown, frame?: stub.FakeFrame) => {
    const contents = (window as stub.BrowserWindow).webContents;
    const event = { sender: contents, senderFrame: frame ?? contents.mainFrame };
    return stub.ipcHandlers.get(IPC_INVOKE_CHANNEL)?.(event, name, input) as Promise<Reply<unknown>>;
  };

  it('has a handler for every contract operation', async () => {
    await signIn();
    for (const name of Object.keys(operations) as OperationName[]) {
      const reply = await invoke(cashier.window, name, {});
      if (name === 'session.lock') await signIn();
      const outcome = reply.ok ? 'ok' : reply.error.code;
      // Validation or state errors are fine here (empty input); what must not happen is no handler at all.
      expect(reply.ok ? undefined : reply.error.reason, name).not.toBe('operation.unknown');
      expect(['internal', 'forbidden'], name).not.toContain(outcome);
    }
  });

  it('refuses sub-frames, windows we did not create and foreign origins', async () => {
    const subFrame = new stub.FakeFrame();
    subFrame.url = `${APP_ORIGIN}/index.html`;
    expect(await invoke(cashier.window, 'app.info', {}, subFrame)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await invoke(stranger, 'app.info', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const contents = (cashier.window as unknown as stub.BrowserWindow).webContents;
    contents.mainFrame.url = 'https://evil.example/';
    expect(await invoke(cashier.window, 'app.info', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    contents.mainFrame.url = `${APP_ORIGIN}/index.html`;
    expect(await invoke(cashier.window, 'app.info', {})).toMatchObject({ ok: true });
  });

  it('gives the customer display read-only access', async () => {
    expect(await invoke(customer.window, 'sale.current', {})).toMatchObject({ ok: true });
    expect(await invoke(customer.window, 'sale.startPix', { amountCents: 100 })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('pushes events to our windows', () => {
    core.events.emit('sale.changed', null);
    const sent = (customer.window as unknown as stub.BrowserWindow).webContents.sent;
    expect(sent.at(-1)).toEqual(['pos:event', 'sale.changed', null]);
  });
});
