/**
 * The customer display's bridge: only read-only operations pass. Main enforces the same rule by
 * window, so a compromised display page gains nothing by calling the channel itself.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { operations } from './contract.ts';
import { createIpcTransport } from './ipc-transport.ts';

contextBridge.exposeInMainWorld('pos', createIpcTransport(ipcRenderer, (name) => operations[name].access === 'display'));
