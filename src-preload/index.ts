/** The cashier window's bridge: `window.pos`, a raw transport over the validated IPC channel. */
import { contextBridge, ipcRenderer } from 'electron';
import { createIpcTransport } from './ipc-transport.ts';

contextBridge.exposeInMainWorld('pos', createIpcTransport(ipcRenderer, () => true));
