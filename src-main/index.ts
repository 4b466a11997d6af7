/**
 * Electron entry: single-instance lock, the core with Electron's ports, the validated IPC bridge,
 * and the two windows. Everything with logic lives in the core; this file only wires.
 */
import { join } from 'node:path';
import { app, autoUpdater, BrowserWindow, crashReporter } from 'electron';
import { createPosCore, type PosCore } from './app/create-pos-core.ts';
import { createConsoleLogger } from './core/logger.ts';
import { systemClock, systemScheduler } from './core/ports.ts';
import { registerAppScheme, serveRenderer } from './electron/app-protocol.ts';
import { devServerUrl } from './electron/dev-server-url.ts';
import { registerIpc } from './electron/ipc.ts';
import { createSafeStorageSecrets, createWeakStorageConfirmation, secretProtection } from './electron/secrets.ts';
import { createElectronSettings } from './electron/settings.ts';
import { createLoginItem } from './electron/login-item.ts';
import { createElectronShellPort } from './electron/shell-port.ts';
import { installWhenNoSaleOpen } from './electron/update-gate.ts';
import { createCashierWindow, createCustomerWindow, lockDownSession, rendererOrigins, type TillWindow, type WindowPaths } from './electron/windows.ts';
import { PRIVATE_UMASK, secureDataDir } from './web/data-dir.ts';
import { guardProcess } from './web/guard-process.ts';

const logger = createConsoleLogger('pos');
process.umask(PRIVATE_UMASK);
guardProcess(logger);
// Crash dumps stay on this machine (userData/Crashpad); nothing is uploaded anywhere.
crashReporter.start({ uploadToServer: false });

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
      devServerUrl: devServerUrl(app.isPackaged, process.env.ELECTRON_RENDERER_URL),
      devTools: !app.isPackaged,
    };
    serveRenderer(join(import.meta.dirname, '../renderer'));
    lockDownSession();
    const dataDir = app.getPath('userData');
    secureDataDir(dataDir);
    const protection = secretProtection();
    const confirmation = createWeakStorageConfirmation();
    core = await createPosCore(
      {
        settings: createElectronSettings(),
        secrets: createSafeStorageSecrets(logger, protection, confirmation),
        dataDir,
        clock: systemClock,
    scheduler: systemScheduler,
        fetch: globalThis.fetch,
        logger,
      },
      { version: app.getVersion(), shell: createElectronShellPort(protection, confirmation, createLoginItem()) },
    );
    const running = core;
    autoUpdater.on('update-downloaded', () => installWhenNoSaleOpen(running, () => autoUpdater.quitAndInstall()));
    registerIpc({ router: core.router, events: core.events, windows: () => windows, origins: rendererOrigins(paths) });
    windows = [createCashierWindow(paths), createCustomerWindow(paths)];
    windows[0]?.window.on('closed', () => app.quit());
  }).catch((error: unknown) => {
    logger.error('The till could not start', { error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    app.exit(1);
  });

  app.on('web-contents-created', (_event, contents) => contents.setWindowOpenHandler(() => ({ action: 'deny' })));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    void core?.close();
    for (const window of BrowserWindow.getAllWindows()) window.destroy();
  });
}
