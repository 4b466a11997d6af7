/**
 * The one door from Electron windows into main. Like VS Code's validated ipcMain: a known channel,
 * the main frame of a window we created, and our own origin; anything else is refused. The window
 * decides the access (the customer display is read-only), never the message.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { EVENT_NAMES, eventReaches, IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, type Access, type Reply } from '../../src-preload/contract.ts';
import type { EventBus } from '../core/events.ts';
import type { Router } from '../core/router.ts';
import type { TillWindow } from './windows.ts';

export interface IpcOptions {
  router: Router;
  events: EventBus;
  windows: () => TillWindow[];
  origins: string[];
}

const refused: Reply<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'Request from an unknown frame', retryable: false, reason: 'access.unknown_sender' },
};

export function senderAccess(event: IpcMainInvokeEvent, windows: TillWindow[], origins: string[]): Access | undefined {
  const frame = event.senderFrame;
  if (!frame || frame !== event.sender.mainFrame) return undefined;
  const owner = windows.find((candidate) => candidate.window.webContents.id === event.sender.id);
  if (!owner) return undefined;
  // Chromium's own origin for the frame: WHATWG URL parsing would say "null" for our custom scheme.
  return origins.includes(frame.origin) ? owner.access : undefined;
}

/** Returns a function that detaches everything it registered. */
export function registerIpc(options: IpcOptions): () => void {
  ipcMain.handle(IPC_INVOKE_CHANNEL, (event, name: unknown, input: unknown) => {
    const access = senderAccess(event, options.windows(), options.origins);
    return access ? options.router.handle(name, input, access) : refused;
  });
  const unsubscribe = EVENT_NAMES.map((name) =>
    options.events.on(name, (payload) => {
      for (const { window, access } of options.windows()) {
        if (!window.isDestroyed() && eventReaches(name, access)) window.webContents.send(IPC_EVENT_CHANNEL, name, payload);
      }
    }),
  );
  return () => {
    ipcMain.removeHandler(IPC_INVOKE_CHANNEL);
    for (const off of unsubscribe) off();
  };
}
