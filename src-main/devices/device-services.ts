/**
 * Both devices behind one object for the composition root: start, status for the UI, and close. To apply
 * new device settings, close this and create it again; the print journal carries pending jobs across.
 */
import type { PrintJournal } from './printer/print-journal-port.ts';
import type { Language } from '../../src-preload/contract.ts';
import type { EventBus } from '../core/events.ts';
import type { Clock, Logger } from '../core/ports.ts';
import type { DeviceSettings } from '../../src-shared/device-settings.ts';
import type { DeviceStatusView } from '../../src-preload/device-views.ts';
import { createPoleDisplay, type PoleDisplay } from './pole-display/pole-display.ts';
import type { PrintTiming } from './printer/print-queue.ts';
import { createPrinterService, type PrinterService } from './printer/printer-service.ts';
import type { PortFactory } from './serial-line.ts';

export interface DeviceServicesDeps {
  settings: DeviceSettings;
  journal: PrintJournal;
  events: EventBus;
  clock: Clock;
  logger: Logger;
  language(): Language;
  merchantName(): string;
  portFactory?: PortFactory;
  timeZone?: string;
  timing?: Partial<PrintTiming>;
}

export interface DeviceServices {
  printer: PrinterService;
  display: PoleDisplay;
  status(): DeviceStatusView;
  onChange(listener: (status: DeviceStatusView) => void): () => void;
  close(): Promise<void>;
}

export function createDeviceServices(options: DeviceServicesDeps): DeviceServices {
  const printer = createPrinterService({ ...options, settings: options.settings.printer });
  const display = createPoleDisplay({ ...options, settings: options.settings.display, reconnect: options.timing?.retry });
  const status = (): DeviceStatusView => ({ printer: printer.status(), display: display.status() });
  printer.start();
  display.start();
  return {
    printer,
    display,
    status,
    onChange(listener) {
      const stops = [printer.onChange(() => listener(status())), display.onChange(() => listener(status()))];
      return () => stops.forEach((stop) => stop());
    },
    async close() {
      await Promise.all([printer.close(), display.close()]);
    },
  };
}
