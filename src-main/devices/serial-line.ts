/**
 * The slice of a `serialport` stream the transport uses, and the factory that makes one from settings.
 * Tests pass a factory of `SerialPortMock`s, or the real one pointed at a socat pty.
 */
import { SerialPort } from 'serialport';
import type { SerialSettings } from '../../src-shared/device-settings.ts';

export interface SerialLine {
  readonly isOpen: boolean;
  open(callback: (error: Error | null) => void): void;
  write(data: Buffer, callback: (error: Error | null | undefined) => void): boolean;
  drain(callback: (error: Error | null) => void): void;
  close(callback: (error: Error | null) => void): void;
  on(event: 'data' | 'close' | 'error', listener: (...args: never[]) => void): unknown;
  removeAllListeners(): unknown;
}

export type PortFactory = (settings: SerialSettings) => SerialLine;

export const systemPortFactory: PortFactory = (settings) =>
  new SerialPort({
    path: settings.path,
    baudRate: settings.baudRate,
    dataBits: settings.dataBits,
    parity: settings.parity,
    stopBits: settings.stopBits,
    rtscts: settings.flowControl === 'rtscts',
    xon: settings.flowControl === 'xonxoff',
    xoff: settings.flowControl === 'xonxoff',
    autoOpen: false,
  });
