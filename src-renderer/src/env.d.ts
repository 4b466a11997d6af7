/// <reference types="vite/client" />
import type { PosTransport } from '../../src-preload/contract.ts';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the web shell, where lib/web-transport.ts stands in. */
    pos?: PosTransport;
  }
}
