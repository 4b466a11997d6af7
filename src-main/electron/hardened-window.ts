import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';

/**
 * Every window we open: isolated, sandboxed, no Node, nothing experimental, no middle-click windows,
 * DevTools only unpackaged. The preferences are written out here, in the one `new BrowserWindow`, so
 * Electronegativity (in `npm test`) can read them.
 */
export function createHardenedWindow(options: Omit<BrowserWindowConstructorOptions, 'webPreferences'>, preload: string, devTools: boolean): BrowserWindow {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
      devTools,
    },
  });
}
