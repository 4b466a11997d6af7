import { readdirSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DEVICE_SETTINGS,
  DeviceSettingsSchema,
  PrinterSettingsSchema,
} from '../../../src-shared/device-settings.ts';
import { discoverPorts } from '../../../src-main/devices/port-discovery.ts';
import { assertKnownPrinterModel, listPrinterModels, printerModelInfo } from '../../../src-main/devices/printer/printer-models.ts';
import { printerProfile } from '../../../src-main/devices/printer/printer-profile.ts';

describe('device settings', () => {
  it('accepts the defaults of a fresh install, where no port is set', () => {
    expect(v.parse(DeviceSettingsSchema, DEFAULT_DEVICE_SETTINGS)).toEqual(DEFAULT_DEVICE_SETTINGS);
    expect(DEFAULT_DEVICE_SETTINGS.printer.serial.path).toBe('');
    expect(DEFAULT_DEVICE_SETTINGS.printer.codePage).toBe('cp860');
  });

  it('rejects values a serial port or the encoder cannot take, with a stable reason', () => {
    const printer = DEFAULT_DEVICE_SETTINGS.printer;
    const issues = (input: unknown) => v.safeParse(PrinterSettingsSchema, input).issues?.map((issue) => issue.message);
    expect(issues({ ...printer, serial: { ...printer.serial, baudRate: 9601 } })).toEqual(['serial.baud_rate_invalid']);
    expect(issues({ ...printer, model: '' })).toEqual(['printer.model_unknown']);
    expect(() => assertKnownPrinterModel('star-tsp650')).toThrow(expect.objectContaining({ reason: 'printer.model_unknown' }));
    expect(() => assertKnownPrinterModel('generic')).not.toThrow();
    expect(issues({ ...printer, columns: 40 })).toEqual(['printer.columns_invalid']);
    expect(issues({ ...printer, codePage: 'cp1252' })).toEqual(['printer.code_page_invalid']);
  });

  it('trims a typed port path', () => {
    const printer = DEFAULT_DEVICE_SETTINGS.printer;
    expect(v.parse(PrinterSettingsSchema, { ...printer, serial: { ...printer.serial, path: ' /dev/ttyUSB0 ' } }).serial.path).toBe('/dev/ttyUSB0');
  });
});

describe('printer models', () => {
  it("offers the encoder's ESC/POS models plus a generic one, never Star's own languages", () => {
    const ids = listPrinterModels().map((model) => model.id);
    expect(ids[0]).toBe('generic');
    expect(ids).toContain('epson-tm-t20iii');
    expect(ids).not.toContain('star-tsp650');
    expect(ids).not.toContain('star-mc-print2');
  });

  it('knows which models print QR codes themselves', () => {
    expect(printerModelInfo('epson-tm-t20iii')?.nativeQr).toBe(true);
    expect(printerModelInfo('epson-tm-t88iii')?.nativeQr).toBe(false);
    expect(printerModelInfo('bixolon-srp350')?.nativeQr).toBe(false);
    expect(printerModelInfo('generic')?.nativeQr).toBe(true);
  });

  it('falls back to a code page the model has', () => {
    expect(printerModelInfo('mpt-ii')?.codePages).not.toContain('cp858');
    const profile = printerProfile({ ...DEFAULT_DEVICE_SETTINGS.printer, model: 'mpt-ii', codePage: 'cp858' });
    expect(profile.codePage).toBe('cp860');
  });
});

describe('port discovery', () => {
  it('lists what the OS reports, described and in natural order', async () => {
    const ports = await discoverPorts(async () => [
      { path: '/dev/ttyUSB10' },
      { path: '/dev/ttyUSB2', manufacturer: 'FTDI', vendorId: '0403', productId: '6001' },
    ]);
    expect(ports).toEqual([
      { path: '/dev/ttyUSB2', description: 'FTDI (0403:6001)' },
      { path: '/dev/ttyUSB10', description: '' },
    ]);
  });

  it('falls back to the usual device names when the OS lister cannot run', async () => {
    const expected = readdirSync('/dev').filter((name) => /^tty(USB|ACM|S)\d+$/.test(name));
    const ports = await discoverPorts(async () => {
      throw new Error('spawn udevadm ENOENT');
    });
    expect(ports.map((port) => port.path).sort()).toEqual(expected.map((name) => `/dev/${name}`).sort());
  });
});
