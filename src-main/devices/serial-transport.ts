/**
 * One serial device: opens the port, reopens it with backoff whenever it disappears (a USB adapter pulled,
 * a printer switched off), and runs writes and queries one at a time so that a status request never
 * lands inside another command's bytes.
 */
import type { Logger } from '../core/ports.ts';
import { deviceError } from './device-error.ts';
import type { SerialSettings } from '../../src-shared/device-settings.ts';
import { backoffDelay, type Backoff } from './retry-timing.ts';
import type { PortFactory, SerialLine } from './serial-line.ts';

export type TransportState = 'stopped' | 'connecting' | 'open' | 'retrying';

/** Consumes reply bytes as they arrive; returns the reply once it is complete. */
export interface ReplyReader<T> {
  push(chunk: Uint8Array): T | undefined;
}

export interface SerialTransport {
  readonly device: string;
  state(): TransportState;
  onState(listener: (state: TransportState) => void): () => void;
  /** Every byte the device sends, including unsolicited ones (automatic status, late replies). */
  onData(listener: (chunk: Uint8Array) => void): () => void;
  start(): void;
  /** Resolves once the bytes have drained to the port; rejects with a `device.*` PosError. */
  write(bytes: Uint8Array): Promise<void>;
  /** Writes a request and reads its reply; `undefined` when the device stays silent for `timeoutMs`. */
  query<T>(bytes: Uint8Array, reader: ReplyReader<T>, timeoutMs: number): Promise<T | undefined>;
  close(): Promise<void>;
}

export interface TransportOptions {
  /** "printer" or "display", for logs. */
  device: string;
  settings: SerialSettings;
  portFactory: PortFactory;
  logger: Logger;
  reconnect?: Backoff;
  /** Added to twice the wire time of a write before it counts as stuck (flow control held forever). */
  writeGraceMs?: number;
}

const DEFAULT_RECONNECT: Backoff = { initialMs: 250, maxMs: 5000 };

export function createSerialTransport(options: TransportOptions): SerialTransport {
  const { device, settings, logger } = options;
  const reconnect = options.reconnect ?? DEFAULT_RECONNECT;
  const writeGraceMs = options.writeGraceMs ?? 5000;
  const stateListeners = new Set<(state: TransportState) => void>();
  const dataListeners = new Set<(chunk: Uint8Array) => void>();
  const lossListeners = new Set<(error: Error) => void>();
  let state: TransportState = 'stopped';
  let line: SerialLine | undefined;
  let stopped = true;
  let failures = 0;
  let retryTimer: NodeJS.Timeout | undefined;
  let replyReader: ((chunk: Uint8Array) => void) | undefined;
  let tail: Promise<unknown> = Promise.resolve();

  const setState = (next: TransportState): void => {
    if (next === state) return;
    state = next;
    for (const listener of stateListeners) listener(next);
  };

  const connect = (): void => {
    if (stopped) return;
    setState('connecting');
    let candidate: SerialLine;
    try {
      candidate = options.portFactory(settings);
    } catch (error) {
      retryLater(error);
      return;
    }
    // An 'error' event without a listener would crash the process.
    candidate.on('error', (error: Error) => logger.warn('Serial port error', { device, message: error.message }));
    candidate.open((error) => {
      if (error) {
        discard(candidate);
        retryLater(error);
        return;
      }
      if (stopped) {
        candidate.close(() => discard(candidate));
        return;
      }
      line = candidate;
      if (failures > 0) logger.info('Serial port back', { device, path: settings.path });
      failures = 0;
      candidate.on('data', (chunk: Buffer) => {
        const bytes = new Uint8Array(chunk);
        replyReader?.(bytes);
        for (const listener of dataListeners) listener(bytes);
      });
      candidate.on('close', () => lost(candidate));
      setState('open');
    });
  };

  const retryLater = (error: unknown): void => {
    if (stopped) return;
    if (failures === 0) {
      logger.warn('Serial port unavailable, retrying', { device, path: settings.path, message: errorMessage(error) });
    }
    const delay = backoffDelay(failures++, reconnect);
    setState('retrying');
    retryTimer = setTimeout(connect, delay);
  };

  const lost = (closed: SerialLine): void => {
    if (line !== closed) return;
    line = undefined;
    discard(closed);
    const error = deviceError('device.disconnected', `The ${device} port closed`);
    for (const listener of lossListeners) listener(error);
    retryLater(error);
  };

  /** Runs one operation at a time, on the open line, failing fast when the line goes away meanwhile. */
  const exclusive = <T>(operation: (current: SerialLine, onLoss: Promise<never>) => Promise<T>): Promise<T> => {
    const run = tail.then(async () => {
      const current = line;
      if (!current?.isOpen) throw deviceError('device.disconnected', `The ${device} is not connected`);
      let stopWatching = (): void => {};
      const onLoss = new Promise<never>((_, reject) => {
        lossListeners.add(reject);
        stopWatching = () => lossListeners.delete(reject);
      });
      onLoss.catch(() => {});
      try {
        return await Promise.race([operation(current, onLoss), onLoss]);
      } finally {
        stopWatching();
      }
    });
    tail = run.catch(() => {});
    return run;
  };

  const writeAndDrain = (current: SerialLine, bytes: Uint8Array, onLoss: Promise<never>): Promise<void> => {
    const wireMs = (bytes.length * 10 * 1000) / settings.baudRate;
    let timer: NodeJS.Timeout | undefined;
    const stuck = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        // Bytes held back by flow control cannot be taken back: drop the connection and start clean.
        current.close(() => {});
        reject(deviceError('device.write_timeout', `The ${device} did not accept the data in time`));
      }, writeGraceMs + 2 * wireMs);
    });
    const written = new Promise<void>((resolve, reject) => {
      current.write(Buffer.from(bytes), (error) => {
        if (error) reject(deviceError('device.write_failed', `Writing to the ${device} failed`, error));
      });
      current.drain((error) => (error ? reject(deviceError('device.write_failed', `Writing to the ${device} failed`, error)) : resolve()));
    });
    return Promise.race([written, stuck, onLoss]).finally(() => clearTimeout(timer));
  };

  return {
    device,
    state: () => state,
    onState(listener) {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },
    onData(listener) {
      dataListeners.add(listener);
      return () => dataListeners.delete(listener);
    },
    start() {
      if (!stopped) return;
      stopped = false;
      connect();
    },
    write(bytes) {
      return exclusive((current, onLoss) => writeAndDrain(current, bytes, onLoss));
    },
    query(bytes, reader, timeoutMs) {
      return exclusive(async (current, onLoss) => {
        let timer: NodeJS.Timeout | undefined;
        const reply = new Promise<ReturnType<typeof reader.push>>((resolve) => {
          replyReader = (chunk) => {
            const value = reader.push(chunk);
            if (value !== undefined) resolve(value);
          };
          timer = setTimeout(() => resolve(undefined), timeoutMs);
        });
        try {
          await writeAndDrain(current, bytes, onLoss);
          return await Promise.race([reply, onLoss]);
        } finally {
          clearTimeout(timer);
          replyReader = undefined;
        }
      });
    },
    async close() {
      stopped = true;
      clearTimeout(retryTimer);
      const current = line;
      line = undefined;
      const error = deviceError('device.closed', `The ${device} connection was closed`);
      for (const listener of lossListeners) listener(error);
      if (current) {
        await new Promise<void>((resolve) => current.close(() => resolve()));
        discard(current);
      }
      setState('stopped');
    },
  };
}

function discard(line: SerialLine): void {
  line.removeAllListeners();
  line.on('error', () => {});
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
