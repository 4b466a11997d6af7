/**
 * Whether the UI can currently reach the main process. Electron IPC never drops; the web shell's
 * WebSocket can, and the UI shows a banner and re-reads the sale when it comes back.
 */
export type ConnectionStatus = 'connecting' | 'open' | 'lost';

export interface Connection {
  readonly status: ConnectionStatus;
  onStatus(listener: (status: ConnectionStatus) => void): () => void;
}

export const alwaysOpen: Connection = {
  status: 'open',
  onStatus: () => () => {},
};
