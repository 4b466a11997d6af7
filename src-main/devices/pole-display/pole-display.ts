/**
 * The customer pole display: follows the same `sale.changed` events as the customer window and shows the
 * latest screen. Only the newest screen matters, so screens that pile up while one is being written are
 * skipped; a display fault is logged and shown as status, never thrown into the sale flow.
 */
import type { BillView, Language, SaleView } from '../../../src-preload/contract.ts';
import type { EventBus } from '../../core/events.ts';
import type { Logger } from '../../core/ports.ts';
import { deviceError } from '../device-error.ts';
import type { DisplaySettings } from '../../../src-shared/device-settings.ts';
import type { DisplayCondition, DisplayStatusView } from '../../../src-preload/device-views.ts';
import type { Backoff } from '../retry-timing.ts';
import { systemPortFactory, type PortFactory } from '../serial-line.ts';
import { createSerialTransport } from '../serial-transport.ts';
import { displayInit, displayScreen, fitLine, type DisplayLines } from './display-encoder.ts';
import { saleScreen, testScreen } from './display-messages.ts';
import { billLines } from './bill-lines.ts';

export interface PoleDisplayOptions {
  settings: DisplaySettings;
  events: EventBus;
  logger: Logger;
  language(): Language;
  merchantName(): string;
  portFactory?: PortFactory;
  reconnect?: Backoff;
  /**
   * Pole displays never answer, so one switched on after its port opened (or behind a USB adapter)
   * shows nothing until told again: the current screen is rewritten this often. Default 30 s.
   */
  repaintMs?: number;
}

export interface PoleDisplay {
  start(): void;
  /** Puts the test screen up; rejects with a `device.*` PosError when the display cannot be reached. */
  testDisplay(): Promise<void>;
  status(): DisplayStatusView;
  onChange(listener: (status: DisplayStatusView) => void): () => void;
  close(): Promise<void>;
}

export function createPoleDisplay(options: PoleDisplayOptions): PoleDisplay {
  const { settings, logger } = options;
  const configured = settings.serial.path !== '';
  const listeners = new Set<(status: DisplayStatusView) => void>();
  const unsubscribe: (() => void)[] = [];
  const transport = createSerialTransport({
    device: 'display',
    settings: settings.serial,
    portFactory: options.portFactory ?? systemPortFactory,
    logger,
    reconnect: options.reconnect,
  });
  let sale: SaleView | null = null;
  /** A split payment on the counter: between its tenders the display shows what is paid and what is left. */
  let bill: BillView | null = null;
  let wanted: DisplayLines = saleScreen(null, options.language(), options.merchantName());
  /** The last screen written, compared by identity with `wanted`. */
  let shown: DisplayLines | null = null;
  /** The same screen as the display renders it, for the status view. */
  let visible: DisplayLines | null = null;
  let condition: DisplayCondition = configured ? 'disconnected' : 'not_configured';
  let writing: Promise<void> | undefined;
  let repaintTimer: NodeJS.Timeout | undefined;

  const status = (): DisplayStatusView => ({ condition, lines: visible });
  const notify = (): void => {
    for (const listener of listeners) {
      try {
        listener(status());
      } catch (error) {
        logger.error('Display status listener failed', { message: (error as Error).message });
      }
    }
  };
  const setCondition = (next: DisplayCondition): void => {
    if (next === condition) return;
    condition = next;
    notify();
  };

  const send = async (lines: DisplayLines): Promise<void> => {
    await transport.write(displayScreen(lines, settings.commandSet, settings.codePage));
    shown = lines;
    visible = [fitLine(lines[0], settings.codePage).trimEnd(), fitLine(lines[1], settings.codePage).trimEnd()];
    condition = 'ready';
    notify();
  };

  /** Writes until the display shows the latest wanted screen; at most one write in flight. */
  const refresh = (): void => {
    if (writing || transport.state() !== 'open') return;
    writing = (async () => {
      while (shown !== wanted && transport.state() === 'open') {
        try {
          await send(wanted);
        } catch (error) {
          logger.warn('Pole display write failed', { message: (error as Error).message });
          setCondition(transport.state() === 'open' ? 'error' : 'disconnected');
          return;
        }
      }
    })().finally(() => {
      writing = undefined;
    });
  };

  const show = (lines: DisplayLines): void => {
    wanted = lines;
    refresh();
  };
  /** Runs inside the sale flow's `emit`: whatever goes wrong here stays here. */
  const follow = (): void => {
    try {
      show(!sale && bill?.state === 'open' ? billLines(bill, options.language()) : saleScreen(sale, options.language(), options.merchantName()));
    } catch (error) {
      logger.error('Pole display could not follow the sale', { message: (error as Error).message });
    }
  };

  return {
    start() {
      if (!configured) return;
      unsubscribe.push(
        transport.onState((state) => {
          if (state !== 'open') {
            shown = null;
            visible = null;
            setCondition('disconnected');
            return;
          }
          transport.write(displayInit(settings.commandSet)).then(refresh, () => setCondition('error'));
        }),
        options.events.on('sale.changed', (next) => {
          sale = next;
          follow();
        }),
        options.events.on('app.changed', follow),
        options.events.on('bill.changed', (next) => {
          bill = next;
          follow();
        }),
      );
      repaintTimer = setInterval(() => {
        shown = null;
        refresh();
      }, options.repaintMs ?? 30_000);
      transport.start();
    },
    async testDisplay() {
      if (!configured) throw deviceError('device.not_configured', 'No port is set for the pole display');
      wanted = testScreen(options.language());
      await send(wanted);
    },
    status,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      clearInterval(repaintTimer);
      for (const stop of unsubscribe.splice(0)) stop();
      await transport.close();
      await writing;
      listeners.clear();
    },
  };
}
