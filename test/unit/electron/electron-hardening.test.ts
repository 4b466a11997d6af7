import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPosCore, type PosCore } from '../../../src-main/app/create-pos-core.ts';
import { PosError } from '../../../src-main/core/errors.ts';
import { silentLogger } from '../../../src-main/core/logger.ts';
import type { SecretStore } from '../../../src-main/core/ports.ts';
import { devServerUrl } from '../../../src-main/electron/dev-server-url.ts';
import { createElectronShellPort } from '../../../src-main/electron/shell-port.ts';
import { installWhenNoSaleOpen } from '../../../src-main/electron/update-gate.ts';
import { guardWeakStorage } from '../../../src-main/electron/weak-storage-guard.ts';
import { xdgAutostart } from '../../../src-main/electron/xdg-autostart.ts';
import { createNodePorts } from '../../../src-main/web/node-ports.ts';
import { signInDemoManager } from '../../support/operators.ts';

vi.mock('electron', () => import('./electron-stub.ts'));
const { createCashierWindow, rendererOrigins } = await import('../../../src-main/electron/windows.ts');
type StubWindow = import('./electron-stub.ts').BrowserWindow;

describe('ELECTRON_RENDERER_URL', () => {
  it('is honoured only unpackaged and only for a loopback address', () => {
    expect(devServerUrl(false, 'http://localhost:5173/')).toBe('http://localhost:5173/');
    expect(devServerUrl(false, 'http://127.0.0.1:5173')).toBe('http://127.0.0.1:5173/');
    expect(devServerUrl(true, 'http://localhost:5173/')).toBeUndefined();
    expect(devServerUrl(false, 'https://evil.example/')).toBeUndefined();
    expect(devServerUrl(false, 'http://127.0.0.1.evil.example/')).toBeUndefined();
    expect(devServerUrl(false, 'file:///etc/passwd')).toBeUndefined();
    expect(devServerUrl(false, 'not a url')).toBeUndefined();
  });

  it('gives the bridge to the dev server only when it was honoured', () => {
    expect(rendererOrigins({ preloadDir: '/p', devServerUrl: devServerUrl(true, 'http://localhost:5173/'), devTools: false })).toEqual(['app://renderer']);
  });
});

describe('DevTools', () => {
  it('are on only in an unpackaged app', () => {
    const packaged = createCashierWindow({ preloadDir: '/p', devServerUrl: undefined, devTools: false }).window as unknown as StubWindow;
    const unpackaged = createCashierWindow({ preloadDir: '/p', devServerUrl: undefined, devTools: true }).window as unknown as StubWindow;
    expect(packaged.options.webPreferences.devTools).toBe(false);
    expect(unpackaged.options.webPreferences.devTools).toBe(true);
  });
});

describe('credentials without an OS keyring', () => {
  const memory = (): SecretStore & { values: Map<string, string> } => {
    const values = new Map<string, string>();
    return { values, get: (name) => values.get(name), set: (name, value) => void values.set(name, value), delete: (name) => void values.delete(name) };
  };

  it('refuses production credentials under basic_text until a manager confirms', () => {
    let confirmed = false;
    const confirmation = { get: () => confirmed, set: () => void (confirmed = true) };
    const inner = memory();
    const guarded = guardWeakStorage(inner, 'basic_text', confirmation);
    const refusal = (() => {
      try {
        guarded.set('astrapay.production.clientSecret', 's3cret');
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(PosError);
    expect(refusal).toMatchObject({ code: 'forbidden', reason: 'secrets.weak_storage' });
    expect(inner.values.size).toBe(0);
    guarded.set('astrapay.sandbox.clientSecret', 'sandbox');
    expect(inner.values.get('astrapay.sandbox.clientSecret')).toBe('sandbox');

    const port = createElectronShellPort('basic_text', confirmation, xdgAutostart(mkdtempSync(join(tmpdir(), 'pdv-xdg-')), '/opt/PDV/pdv'));
    expect(port.access()).toMatchObject({ secretStorage: 'basic_text', weakStorageConfirmed: false, canRotateTokens: false });
    expect(port.confirmWeakStorage()).toMatchObject({ weakStorageConfirmed: true });
    guarded.set('astrapay.production.clientSecret', 's3cret');
    expect(inner.values.get('astrapay.production.clientSecret')).toBe('s3cret');
  });

  it('stores production credentials at once with a keyring', () => {
    const inner = memory();
    guardWeakStorage(inner, 'os_keyring', { get: () => false, set: () => {} }).set('payments.production.apiKey', 'k');
    expect(inner.values.get('payments.production.apiKey')).toBe('k');
  });
});

describe('start at login', () => {
  it('writes and removes an XDG autostart entry that runs the app', () => {
    const configHome = mkdtempSync(join(tmpdir(), 'pdv-xdg-'));
    const port = createElectronShellPort('os_keyring', { get: () => false, set: () => {} }, xdgAutostart(configHome, '/tmp/My Apps/PDV.AppImage'));
    expect(port.access().autoStart).toBe(false);
    expect(port.setAutoStart(true).autoStart).toBe(true);
    const entry = readFileSync(join(configHome, 'autostart', 'pdv.desktop'), 'utf8');
    expect(entry).toContain('[Desktop Entry]');
    expect(entry).toContain('Exec="/tmp/My Apps/PDV.AppImage"');
    expect(port.setAutoStart(false).autoStart).toBe(false);
    expect(existsSync(join(configHome, 'autostart', 'pdv.desktop'))).toBe(false);
  });
});

describe('update gate', () => {
  let core: PosCore;
  beforeAll(async () => {
    core = await createPosCore(createNodePorts(mkdtempSync(join(tmpdir(), 'pdv-update-')), silentLogger), { version: 'test' });
    // The till starts locked: the demo manager signs in and opens a shift before selling.
    await signInDemoManager((name, input = {}, access = 'cashier') => core.router.handle(name, input, access));
    await core.router.handle('shift.open', { floatCents: 0 }, 'cashier');
  });
  afterAll(() => core.close());

  it('installs only once no sale is open', async () => {
    const started = await core.router.handle('sale.startPix', { amountCents: 500 }, 'cashier');
    expect(started.ok).toBe(true);
    const saleId = started.ok ? (started.value as { id: string }).id : '';
    const install = vi.fn();
    const installed = new Promise<void>((resolve) => install.mockImplementation(() => resolve()));
    installWhenNoSaleOpen(core, install);
    // Let the gate look at the counter (and any events) before the sale ends.
    await core.router.handle('sale.current', {}, 'cashier');
    expect(install).not.toHaveBeenCalled();

    expect((await core.router.handle('sale.cancel', { saleId }, 'cashier')).ok).toBe(true);
    await installed;
    expect(install).toHaveBeenCalledTimes(1);
    core.events.emit('sale.changed', null);
    expect(install).toHaveBeenCalledTimes(1);
  });
});
