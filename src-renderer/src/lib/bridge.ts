/**
 * The one way the UI reaches main. Electron's preload hands us `window.pos`; in a plain browser
 * (the web shell) we build the same transport over a WebSocket, so the UI never knows which shell it runs in.
 */
import { createPosApi, type PosApi } from '../../../src-preload/bridge.ts';
import { alwaysOpen, type Connection } from './connection.ts';
import { rpcUrl } from './rpc-url.ts';
import { createWebTransport } from './web-transport.ts';

export interface Bridge {
  api: PosApi;
  connection: Connection;
}

export function connectBridge(): Bridge {
  if (window.pos) return { api: createPosApi(window.pos), connection: alwaysOpen };
  const transport = createWebTransport({ url: rpcUrl(window.location) });
  return { api: createPosApi(transport), connection: transport };
}
