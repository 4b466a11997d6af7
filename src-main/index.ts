/**
 * Electron entry: single-instance lock, the core with Electron's ports, the validated IPC bridge,
 * and the two windows. Everything with logic lives in the core; this file only wires.
 */
import { join } from 'node:path';
import { app, BrowserWindow } from 'electron';
import { createPosCore, type PosCore } from './app/create-pos-core.ts';
import { createConsoleLogger } from './core/logger.ts';
import { systemClock, systemScheduler } from './core/ports.ts';
import { registerAppScheme, serveRenderer } from './electron/app-protocol.ts';
import { registerIpc } from './electron/ipc.ts';
import { createSafeStorageSecrets } from './electron/secrets.ts';
import { createElectronSettings } from './electron/settings.ts';
import { createCashierWindow, createCustomerWindow, lockDownSession, rendererOrigins, type TillWindow, type WindowPaths } from './electron/windows.ts';

const logger = createConsoleLogger('pos');

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  let windows: TillWindow[] = [];
  let core: PosCore | undefined;

  app.on('second-instance', () => {
    const cashier = windows.find((entry) => entry.access === 'cashier')?.window;
    if (cashier?.isMinimized()) cashier.restore();
    cashier?.focus();
  });

  app.whenReady().then(async () => {
    const paths: WindowPaths = {
      preloadDir: join(import.meta.dirname, '../preload'),
      devServerUrl: app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL,
    };
    serveRenderer(join(import.meta.dirname, '../renderer'));
    lockDownSession();
    core = await createPosCore(
      {
        settings: createElectronSettings(),
        secrets: createSafeStorageSecrets(logger),
        dataDir: app.getPath('userData'),
        clock: systemClock,
    scheduler: systemScheduler,
        fetch: globalThis.fetch,
        logger,
      },
      { version: app.getVersion() },
    );
    registerIpc({ router: core.router, events: core.events, windows: () => windows, origins: rendererOrigins(paths) });
    windows = [createCashierWindow(paths), createCustomerWindow(paths)];
    windows[0]?.window.on('closed', () => app.quit());
  }).catch((error: unknown) => {
    logger.error('The till could not start', { error: String(error) });
    app.exit(1);
  });

  app.on('web-contents-created', (_event, contents) => contents.setWindowOpenHandler(() => ({ action: 'deny' })));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    void core?.close();
    for (const window of BrowserWindow.getAllWindows()) window.destroy();
  });
}
