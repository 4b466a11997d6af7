import { randomUUID } from 'node:crypto';
import { SerialPortMock } from 'serialport';
import { afterEach, describe, expect, it } from 'vitest';
import { PosError } from '../../../src-main/core/errors.ts';
import { DEFAULT_PRINTER_SETTINGS } from '../../../src-shared/device-settings.ts';
import { backoffDelay, createWaiter } from '../../../src-main/devices/retry-timing.ts';
import type { PortFactory } from '../../../src-main/devices/serial-line.ts';
import { createSerialTransport, type SerialTransport } from '../../../src-main/devices/serial-transport.ts';
import { createRecordingLogger } from '../../support/recording-logger.ts';
import { waitFor } from '../../support/wait-for.ts';

const mockFactory: PortFactory = (settings) => new SerialPortMock({ path: settings.path, baudRate: settings.baudRate, autoOpen: false });
const transports: SerialTransport[] = [];

function transportOn(path: string, logger = createRecordingLogger()): SerialTransport {
  const transport = createSerialTransport({
    device: 'printer',
    settings: { ...DEFAULT_PRINTER_SETTINGS.serial, path },
    portFactory: mockFactory,
    logger,
    reconnect: { initialMs: 5, maxMs: 20 },
  });
  transports.push(transport);
  return transport;
}

afterEach(async () => {
  await Promise.all(transports.splice(0).map((transport) => transport.close()));
});

describe('serial transport', () => {
  it('keeps trying a missing port and opens it once it appears', async () => {
    const path = `/dev/mock-${randomUUID()}`;
    const logger = createRecordingLogger();
    const transport = transportOn(path, logger);
    transport.start();
    await waitFor(() => transport.state() === 'retrying', 'a failed open');
    SerialPortMock.binding.createPort(path);
    await waitFor(() => transport.state() === 'open', 'the port to open');
    expect(logger.entries.filter((entry) => entry.message.startsWith('Serial port unavailable'))).toHaveLength(1);
  });

  it('refuses to write while disconnected, with a device reason', async () => {
    const transport = transportOn(`/dev/mock-${randomUUID()}`);
    const error = await transport.write(Uint8Array.of(1)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PosError);
    expect((error as PosError).reason).toBe('device.disconnected');
  });

  it('writes in order and reads a reply, or gives up on a silent device', async () => {
    const path = `/dev/mock-${randomUUID()}`;
    SerialPortMock.binding.createPort(path, { record: true, echo: true });
    const transport = transportOn(path);
    transport.start();
    await waitFor(() => transport.state() === 'open', 'the port to open');
    const firstByte = { push: (chunk: Uint8Array) => chunk[0] };
    const [, echoed] = await Promise.all([transport.write(Uint8Array.of(1, 2)), transport.query(Uint8Array.of(0x42), firstByte, 2000)]);
    expect(echoed).toBe(0x42);
    const never = { push: () => undefined };
    expect(await transport.query(Uint8Array.of(7), never, 20)).toBeUndefined();
  });

  it('reconnects after the port closes under it', async () => {
    const path = `/dev/mock-${randomUUID()}`;
    SerialPortMock.binding.createPort(path);
    const opened: SerialPortMock[] = [];
    const transport = createSerialTransport({
      device: 'printer',
      settings: { ...DEFAULT_PRINTER_SETTINGS.serial, path },
      portFactory: (settings) => {
        const port = new SerialPortMock({ path: settings.path, baudRate: settings.baudRate, autoOpen: false });
        port.on('open', () => opened.push(port));
        return port;
      },
      logger: createRecordingLogger(),
      reconnect: { initialMs: 5, maxMs: 20 },
    });
    transports.push(transport);
    const states: string[] = [];
    transport.onState((state) => states.push(state));
    transport.start();
    await waitFor(() => transport.state() === 'open', 'the port to open');
    // A vanished device: the stream closes without the transport asking for it.
    opened[0]?.close();
    await waitFor(() => opened.length === 2 && transport.state() === 'open', 'the port to reopen');
    expect(states).toEqual(['connecting', 'open', 'retrying', 'connecting', 'open']);
  });
});

describe('retry timing', () => {
  it('doubles the delay up to the ceiling', () => {
    expect([0, 1, 2, 3, 10].map((attempt) => backoffDelay(attempt, { initialMs: 100, maxMs: 500 }))).toEqual([100, 200, 400, 500, 500]);
  });

  it('returns at once when woken before waiting', async () => {
    const waiter = createWaiter();
    waiter.wake();
    const outcome = await Promise.race([waiter.wait(60_000).then(() => 'woken'), new Promise((resolve) => setTimeout(resolve, 1000, 'slept'))]);
    expect(outcome).toBe('woken');
  });
});
