/**
 * The web shell's `PosTransport`: the contract carried over one WebSocket as JSON frames.
 *   client -> server  {"id": 1, "op": "sale.current", "input": {}}
 *   server -> client  {"id": 1, "reply": {"ok": true, "value": ...}}
 *   server -> client  {"event": "sale.changed", "payload": ...}
 * A call whose socket dies is answered with an error reply, never left hanging, because the cashier
 * must always get the till back; the socket then reconnects with backoff.
 */
import {
  EVENT_NAMES,
  type BridgeErrorData,
  type EventName,
  type OperationName,
  type PosTransport,
  type Reply,
} from '../../../src-preload/contract.ts';
import type { Connection, ConnectionStatus } from './connection.ts';

export interface WebTransport extends PosTransport, Connection {
  /** Closes the socket for good: no reconnect, pending calls answered as lost. */
  close(): void;
}

export interface WebTransportOptions {
  url: string;
  /** Waits before each reconnect attempt; the last one repeats. */
  retryDelaysMs?: readonly number[];
  /** Plans the next reconnect attempt and returns its cancel; the browser's timer unless a test hands its own. */
  after?: (ms: number, run: () => void) => () => void;
}

const timerAfter = (ms: number, run: () => void): (() => void) => {
  const timer = setTimeout(run, ms);
  return () => clearTimeout(timer);
};

export const CONNECTION_LOST: BridgeErrorData = {
  code: 'internal',
  message: 'Connection to the till lost',
  retryable: true,
  reason: 'till.connection_lost',
};

const DEFAULT_RETRY_DELAYS_MS = [250, 500, 1000, 2000, 4000];

type Resolve = (reply: Reply<unknown>) => void;

export function createWebTransport(options: WebTransportOptions): WebTransport {
  const retryDelays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  const after = options.after ?? timerAfter;
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const statusListeners = new Set<(status: ConnectionStatus) => void>();
  const pending = new Map<number, Resolve>();
  // Calls made while the socket is still opening; sent on open, failed if it never opens.
  let outbox: string[] = [];
  let nextId = 1;
  let failures = 0;
  let status: ConnectionStatus = 'connecting';
  let socket: WebSocket | undefined;
  let cancelRetry: (() => void) | undefined;
  let closed = false;

  function setStatus(next: ConnectionStatus): void {
    if (next === status) return;
    status = next;
    for (const listener of [...statusListeners]) listener(next);
  }

  function failPending(): void {
    outbox = [];
    const waiting = [...pending.values()];
    pending.clear();
    for (const resolve of waiting) resolve({ ok: false, error: { ...CONNECTION_LOST } });
  }

  function connect(): void {
    const ws = new WebSocket(options.url);
    socket = ws;
    ws.addEventListener('open', () => {
      failures = 0;
      setStatus('open');
      for (const frame of outbox) ws.send(frame);
      outbox = [];
    });
    ws.addEventListener('message', (event) => {
      if (typeof event.data === 'string') receive(event.data);
    });
    ws.addEventListener('close', () => {
      if (socket !== ws) return;
      socket = undefined;
      failPending();
      if (closed) return;
      setStatus('lost');
      const delay = retryDelays[Math.min(failures, retryDelays.length - 1)] ?? 1000;
      failures += 1;
      cancelRetry = after(delay, connect);
    });
  }

  function receive(text: string): void {
    let frame: unknown;
    try {
      frame = JSON.parse(text);
    } catch {
      return;
    }
    if (typeof frame !== 'object' || frame === null) return;
    const message = frame as { id?: unknown; reply?: unknown; event?: unknown; payload?: unknown };
    if (typeof message.id === 'number' && isReply(message.reply)) {
      const resolve = pending.get(message.id);
      pending.delete(message.id);
      resolve?.(message.reply);
    } else if (isEventName(message.event)) {
      for (const listener of [...(listeners.get(message.event) ?? [])]) {
        // One broken listener must not keep the others (say, the customer display) from updating.
        try {
          listener(message.payload);
        } catch (error) {
          console.error(error);
        }
      }
    }
  }

  connect();

  return {
    get status() {
      return status;
    },
    invoke(name: OperationName, input: unknown): Promise<Reply<unknown>> {
      return new Promise((resolve) => {
        if (!socket || socket.readyState > WebSocket.OPEN) {
          resolve({ ok: false, error: { ...CONNECTION_LOST } });
          return;
        }
        const id = nextId++;
        pending.set(id, resolve);
        const frame = JSON.stringify({ id, op: name, input });
        if (socket.readyState === WebSocket.OPEN) socket.send(frame);
        else outbox.push(frame);
      });
    },
    on(name, listener) {
      let set = listeners.get(name);
      if (!set) listeners.set(name, (set = new Set()));
      set.add(listener);
      return () => set.delete(listener);
    },
    onStatus(listener) {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    close() {
      closed = true;
      cancelRetry?.();
      socket?.close();
      socket = undefined;
      failPending();
    },
  };
}

function isReply(value: unknown): value is Reply<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

function isEventName(value: unknown): value is EventName {
  return (EVENT_NAMES as readonly unknown[]).includes(value);
}
