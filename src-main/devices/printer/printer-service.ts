/**
 * The receipt printer as the rest of the till sees it: hand it a document and move on. Jobs are journaled
 * first and printed by the queue when the printer can; the status view feeds the UI.
 * Settings changes: close this service and create a new one; pending jobs stay in the journal and resume.
 */
import { notFound } from '../../core/errors.ts';
import type { Clock, Logger } from '../../core/ports.ts';
import type { PrinterSettings } from '../../../src-shared/device-settings.ts';
import type { PrinterStatusView } from '../../../src-preload/device-views.ts';
import { systemPortFactory, type PortFactory } from '../serial-line.ts';
import { createSerialTransport } from '../serial-transport.ts';
import type { MerchantHeader, PrintDocument, SaleReceipt } from './print-documents.ts';
import type { PrintJournal } from './print-journal-port.ts';
import { toJobView, type PrintJobView } from './print-job.ts';
import { createPrintQueue, DEFAULT_PRINT_TIMING, type PrintTiming } from './print-queue.ts';
import { printerProfile } from './printer-profile.ts';
import { buildReceipt } from './receipt-builder.ts';
import type { Language } from '../../../src-preload/contract.ts';

export interface PrinterServiceOptions {
  settings: PrinterSettings;
  journal: PrintJournal;
  clock: Clock;
  logger: Logger;
  portFactory?: PortFactory;
  /** The shop's IANA time zone for dates on paper; defaults to the system's. */
  timeZone?: string;
  timing?: Partial<PrintTiming>;
}

export interface PrinterService {
  start(): void;
  /** Journals the document and returns at once; never throws for printer trouble. */
  print(document: PrintDocument): PrintJobView;
  /** A copy ("2ª via") of the sale's latest receipt. */
  /** `refresh` brings the copy up to date where the sale's facts moved on (e.g. its bill was paid since). */
  reprintSale(saleId: string, refresh?: (receipt: SaleReceipt) => SaleReceipt): PrintJobView;
  testPrint(input: { merchant: MerchantHeader; language: Language }): PrintJobView;
  status(): PrinterStatusView;
  jobs(filter?: { saleId?: string; limit?: number }): PrintJobView[];
  onChange(listener: (status: PrinterStatusView) => void): () => void;
  close(): Promise<void>;
}

export function createPrinterService(options: PrinterServiceOptions): PrinterService {
  const { settings, clock, logger } = options;
  const { journal } = options;
  const configured = settings.serial.path !== '';
  const profile = printerProfile(settings);
  const timeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const listeners = new Set<(status: PrinterStatusView) => void>();
  const transport = createSerialTransport({
    device: 'printer',
    settings: settings.serial,
    portFactory: options.portFactory ?? systemPortFactory,
    logger,
    reconnect: options.timing?.retry,
  });
  const queue = createPrintQueue({
    journal,
    transport,
    render: (document) => buildReceipt(document, profile, { timeZone }),
    statusQuery: settings.statusQuery,
    clock,
    logger,
    timing: { ...DEFAULT_PRINT_TIMING, ...options.timing },
    onChange: () => {
      const view = status();
      for (const listener of listeners) {
        // Listeners run inside print(), which the sale flow calls: their faults are logged, never thrown.
        try {
          listener(view);
        } catch (error) {
          logger.error('Printer status listener failed', { message: (error as Error).message });
        }
      }
    },
  });
  const now = (): string => new Date(clock.now()).toISOString();

  const status = (): PrinterStatusView => {
    const check = queue.lastCheck();
    return {
      condition: configured ? check.condition : 'not_configured',
      paperNearEnd: check.status?.paperNearEnd ?? false,
      pendingJobs: journal.pendingCount(),
      model: profile.model.name,
      nativeQr: profile.qr === 'native',
    };
  };

  const print = (document: PrintDocument): PrintJobView => {
    // Without a printer the job is kept, already failed, so that it can be reprinted once one is set up.
    const job = configured ? queue.enqueue(document) : journal.add(document, now(), 'not_configured');
    return toJobView(job);
  };

  return {
    start() {
      if (!configured) return;
      transport.start();
      queue.start();
    },
    print,
    reprintSale(saleId, refresh = (receipt) => receipt) {
      const latest = journal.latestForSale(saleId, 'sale_receipt');
      if (latest?.document.kind !== 'sale_receipt') {
        throw notFound('print.no_receipt', 'This sale has no receipt to reprint');
      }
      return print({ ...refresh(latest.document), copy: true });
    },
    testPrint({ merchant, language }) {
      return print({ kind: 'test_page', language, merchant, at: now() });
    },
    status,
    jobs: (filter) => journal.list(filter).map(toJobView),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      const stopping = queue.stop();
      await transport.close();
      await stopping;
      listeners.clear();
    },
  };
}
