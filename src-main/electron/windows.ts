/**
 * The cashier window and the customer display window (full screen on the second monitor when there is one).
 * Navigation, new windows, webviews and permission requests are all refused.
 */
import { screen, session, type BrowserWindow, type WebContents } from 'electron';
import type { Access } from '../../src-preload/contract.ts';
import { APP_ORIGIN } from './app-protocol.ts';
import { createHardenedWindow } from './hardened-window.ts';

export interface WindowPaths {
  preloadDir: string;
  /** Set only by `electron-vite dev` (hot reload), unpackaged, on loopback; production loads app://renderer. */
  devServerUrl: string | undefined;
  /** Only in an unpackaged app. */
  devTools: boolean;
}

export interface TillWindow {
  window: BrowserWindow;
  access: Access;
}

export function rendererOrigins(paths: WindowPaths): string[] {
  return paths.devServerUrl ? [APP_ORIGIN, new URL(paths.devServerUrl).origin] : [APP_ORIGIN];
}

export function lockDownSession(): void {
  const allowed = new Set(['clipboard-sanitized-write']);
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(allowed.has(permission)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => allowed.has(permission));
}

function lockDownContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

function load(window: BrowserWindow, page: 'index.html' | 'customer.html', paths: WindowPaths): void {
  const base = paths.devServerUrl ?? `${APP_ORIGIN}/`;
  void window.loadURL(new URL(page, base).toString());
}

export function createCashierWindow(paths: WindowPaths): TillWindow {
  const window = createHardenedWindow(
    { width: 1280, height: 800, minWidth: 960, minHeight: 640, title: 'PDV', backgroundColor: '#0f172a', show: false },
    `${paths.preloadDir}/index.cjs`,
    paths.devTools,
  );
  lockDownContents(window.webContents);
  window.once('ready-to-show', () => window.show());
  load(window, 'index.html', paths);
  return { window, access: 'cashier' };
}

export function createCustomerWindow(paths: WindowPaths): TillWindow {
  const primary = screen.getPrimaryDisplay();
  const second = screen.getAllDisplays().find((display) => display.id !== primary.id);
  const area = (second ?? primary).workArea;
  const window = createHardenedWindow(
    {
      x: second ? area.x : area.x + area.width - 800,
      y: area.y,
      width: second ? area.width : 800,
      height: second ? area.height : 600,
      fullscreen: second !== undefined,
      title: 'PDV - Cliente',
      backgroundColor: '#0f172a',
      show: false,
    },
    `${paths.preloadDir}/customer.cjs`,
    paths.devTools,
  );
  lockDownContents(window.webContents);
  window.once('ready-to-show', () => window.showInactive());
  load(window, 'customer.html', paths);
  return { window, access: 'display' };
}
