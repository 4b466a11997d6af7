/**
 * A stand-in for the `electron` module (its binary cannot run here). It records what the shell asks
 * of Electron so tests can check window options, IPC registration and session lockdown.
 */
type Listener = (...args: unknown[]) => unknown;

let nextContentsId = 1;

/** Like Chromium, a standard custom scheme gets a real origin (WHATWG URL would say "null"). */
export class FakeFrame {
  url = '';
  get origin(): string {
    const url = new URL(this.url);
    return url.protocol === 'app:' ? `app://${url.host}` : url.origin;
  }
}

export class FakeWebContents {
  readonly id = nextContentsId++;
  readonly listeners = new Map<string, Listener>();
  readonly mainFrame = new FakeFrame();
  windowOpenHandler: Listener | undefined;
  sent: unknown[][] = [];
  on(event: string, listener: Listener) {
    this.listeners.set(event, listener);
  }
  setWindowOpenHandler(handler: Listener) {
    this.windowOpenHandler = handler;
  }
  send(...args: unknown[]) {
    this.sent.push(args);
  }
}

export class BrowserWindow {
  readonly webContents = new FakeWebContents();
  loadedUrl = '';
  readonly options: Record<string, unknown> & { webPreferences: Record<string, unknown> };
  constructor(options: Record<string, unknown> & { webPreferences: Record<string, unknown> }) {
    this.options = options;
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    this.webContents.mainFrame.url = url;
    return Promise.resolve();
  }
  once() {}
  on() {}
  isDestroyed() {
    return false;
  }
}

export const ipcHandlers = new Map<string, Listener>();
export const ipcMain = {
  handle: (channel: string, handler: Listener) => ipcHandlers.set(channel, handler),
  removeHandler: (channel: string) => ipcHandlers.delete(channel),
};

const display = (id: number, x: number) => ({ id, workArea: { x, y: 0, width: 1920, height: 1080 } });
export const screen = {
  displays: [display(1, 0), display(2, 1920)],
  getPrimaryDisplay: () => screen.displays[0],
  getAllDisplays: () => screen.displays,
};

export const permissionHandlers: { request?: Listener; check?: Listener } = {};
export const session = {
  defaultSession: {
    setPermissionRequestHandler: (handler: Listener) => (permissionHandlers.request = handler),
    setPermissionCheckHandler: (handler: Listener) => (permissionHandlers.check = handler),
  },
};
