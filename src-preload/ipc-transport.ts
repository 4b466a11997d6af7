/** The preload side of the IPC bridge, shared by the cashier and customer-display preloads. */
import {
  IPC_EVENT_CHANNEL,
  IPC_INVOKE_CHANNEL,
  type OperationName,
  type PosTransport,
  type Reply,
} from './contract.ts';

/** The part of Electron's ipcRenderer we use, so this file needs no electron import. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  off(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

const readOnly: Reply<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'The customer display is read-only', retryable: false, reason: 'access.read_only' },
};

export function createIpcTransport(ipc: IpcRendererLike, allowed: (name: OperationName) => boolean): PosTransport {
  return {
    invoke(name, input) {
      if (!allowed(name)) return Promise.resolve(readOnly);
      return ipc.invoke(IPC_INVOKE_CHANNEL, name, input) as Promise<Reply<unknown>>;
    },
    on(name, listener) {
      const relay = (_event: unknown, event: unknown, payload: unknown) => {
        if (event === name) listener(payload);
      };
      ipc.on(IPC_EVENT_CHANNEL, relay);
      return () => ipc.off(IPC_EVENT_CHANNEL, relay);
    },
  };
}
