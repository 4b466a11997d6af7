/**
 * The till's printer and pole display as the rest of the app sees them: built from Settings, rebuilt
 * when Settings change (pending print jobs carry over in the journal), receipts printed when a sale is
 * paid, and status pushed to the windows. Nothing here can fail or delay a sale.
 */
import type { PrintJournal } from './printer/print-journal-port.ts';
import type { BillView, DayReportView, DeviceStatusView, PrintJobView, RefundView, SaleView, ShiftReportView } from '../../src-preload/contract.ts';
import type { DeviceSettings } from '../../src-shared/device-settings.ts';
import { invalidState } from '../core/errors.ts';
import type { EventBus } from '../core/events.ts';
import type { Clock, Logger, SettingsStore } from '../core/ports.ts';
import { createDeviceServices, type DeviceServices } from './device-services.ts';
import { discoverPorts, type DiscoveredPort } from './port-discovery.ts';
import type { BillPartDetails, MerchantHeader, PrintDocument, SaleReceipt } from './printer/print-documents.ts';
import { billPartOf } from './printer/receipt-bill-part.ts';
import { assertKnownPrinterModel } from './printer/printer-models.ts';
import type { PortFactory } from './serial-line.ts';

export interface TillDevicesDeps {
  journal: PrintJournal;
  events: EventBus;
  clock: Clock;
  logger: Logger;
  settings: SettingsStore;
  portFactory?: PortFactory;
  /** The bill a tender belongs to (split tender), for its receipt. */
  bill?: (billId: string) => BillView | undefined;
}

export interface TillDevices {
  status(): DeviceStatusView;
  listPorts(): Promise<DiscoveredPort[]>;
  apply(devices: DeviceSettings): Promise<void>;
  testPrint(): PrintJobView;
  testDisplay(): Promise<void>;
  reprintSale(saleId: string): PrintJobView;
  printPixQr(sale: SaleView): PrintJobView;
  printDayReport(report: DayReportView): PrintJobView;
  /** The Z report of a shift: journaled, then printed when the printer can. */
  printShiftReport(report: ShiftReportView): PrintJobView;
  /** Money went back: the slip names the provider's own refund reference when there is one, or how it went back by hand. */
  printRefundSlip(sale: SaleView, refund: Pick<RefundView, 'id' | 'amountCents' | 'reason'> & { providerRefundId: string | null; paidBack?: 'cash' | 'pix' }): void;
  close(): Promise<void>;
}

export function createTillDevices(options: TillDevicesDeps): TillDevices {
  const { settings, events } = options;
  const language = () => settings.get('language');
  const merchant = (): MerchantHeader => {
    const { name, city, taxId, address } = settings.get('merchant');
    return { name, city, ...(taxId ? { taxId } : {}), ...(address ? { address } : {}) };
  };
  let stopForwarding = () => {};
  const start = (devices: DeviceSettings): DeviceServices => {
    const services = createDeviceServices({
      ...options,
      settings: devices,
      language,
      merchantName: () => settings.get('merchant').name,
      ...(options.portFactory ? { portFactory: options.portFactory } : {}),
    });
    stopForwarding = services.onChange((status) => events.emit('devices.changed', status));
    return services;
  };
  let services = start(settings.get('devices'));

  const billPart = (billId: string | null | undefined, saleId: string): { bill?: BillPartDetails } => {
    try {
      const bill = billId ? options.bill?.(billId) : undefined;
      const part = bill && billPartOf(bill, saleId);
      return part ? { bill: part } : {};
    } catch (error) {
      // The receipt goes out without its bill lines rather than not at all.
      options.logger.error('Could not read the bill of a tender for its receipt', { saleId, error: String(error) });
      return {};
    }
  };
  const receiptFor = (sale: SaleView): SaleReceipt | undefined => {
    const base = {
      kind: 'sale_receipt' as const, language: language(), merchant: merchant(), at: sale.updatedAt, saleId: sale.id, amountCents: sale.amountCents,
      ...billPart(sale.billId, sale.id),
    };
    if (sale.pix) return { ...base, payment: { method: 'pix', txid: sale.pix.txid } };
    if (sale.cash) return { ...base, payment: { method: 'cash', ...sale.cash } };
    if (sale.card) {
      const { paymentType, installments, brand, last4, authorizationCode } = sale.card;
      return { ...base, payment: { method: 'card', cardType: paymentType, installments, brand, last4, authorizationCode: authorizationCode ?? '' } };
    }
    return undefined;
  };
  const hasReceipt = (saleId: string) => services.printer.jobs({ saleId }).some((job) => job.kind === 'sale_receipt');
  const stopReceipts = events.on('sale.changed', (sale) => {
    if (sale?.state !== 'paid' || hasReceipt(sale.id)) return;
    const receipt = receiptFor(sale);
    if (receipt) print(receipt);
  });

  const print = (document: PrintDocument): PrintJobView | undefined => {
    try {
      return services.printer.print(document);
    } catch (error) {
      // Only a broken ledger gets here; the sale itself is already safe in its own table.
      options.logger.error('Could not journal a print job', { kind: document.kind, error: String(error) });
      return undefined;
    }
  };

  return {
    status: (): DeviceStatusView => services.status(),
    listPorts: (): Promise<DiscoveredPort[]> => discoverPorts(),
    async apply(devices: DeviceSettings): Promise<void> {
      assertKnownPrinterModel(devices.printer.model);
      settings.set('devices', devices);
      stopForwarding();
      await services.close();
      services = start(devices);
      events.emit('devices.changed', services.status());
    },
    testPrint: () => services.printer.testPrint({ merchant: merchant(), language: language() }),
    testDisplay: () => services.display.testDisplay(),
    reprintSale: (saleId: string) =>
      services.printer.reprintSale(saleId, (receipt) => (receipt.bill ? { ...receipt, ...billPart(receipt.bill.billId, saleId) } : receipt)),
    printPixQr(sale: SaleView): PrintJobView {
      if (!sale.pix || sale.state !== 'awaiting_payment') {
        throw invalidState('print.no_qr', 'The sale has no PIX QR to print');
      }
      return services.printer.print({
        kind: 'pix_charge',
        language: language(),
        merchant: merchant(),
        at: new Date(options.clock.now()).toISOString(),
        saleId: sale.id,
        amountCents: sale.amountCents,
        txid: sale.pix.txid,
        pixCopyAndPaste: sale.pix.copyAndPaste,
        expiresAt: sale.pix.expiresAt,
      });
    },
    printDayReport(report: DayReportView): PrintJobView {
      const { day, sales, refunds, byMethod, refundsByState } = report;
      return services.printer.print({
        kind: 'day_report',
        language: language(),
        merchant: merchant(),
        at: new Date(options.clock.now()).toISOString(),
        day,
        sales,
        refunds,
        byMethod,
        otherCurrencies: report.otherCurrencies.map(({ currency, sales: paid, refunds: back, byMethod: rows }) => ({ currency, sales: paid, refunds: back, byMethod: rows })),
        refundsByState,
        reversals: report.reversals.map(({ kind, reason, providerRef, amountCents, currency, state }) => ({ kind, reason, providerRef, amountCents, currency, state })),
        handConfirmed: report.handConfirmed.map(({ number, createdAt, amountCents, currency }) => ({ number, createdAt, amountCents, currency })),
        byOperator: report.byOperator,
        byShift: report.byShift,
        manualRefunds: report.manualRefunds,
      });
    },
    printShiftReport(report: ShiftReportView): PrintJobView {
      const { shift } = report;
      return services.printer.print({
        kind: 'shift_report',
        language: language(),
        merchant: merchant(),
        at: new Date(options.clock.now()).toISOString(),
        shiftId: shift.id,
        openedAt: shift.openedAt,
        openedBy: shift.openedBy,
        closedAt: shift.closedAt,
        closedBy: shift.closedBy,
        floatCents: shift.floatCents,
        movements: shift.movements.map(({ kind, amountCents, reason }) => ({ kind, amountCents, reason })),
        sales: report.sales,
        refunds: report.refunds,
        rows: report.rows,
      });
    },
    /** Money went back: the slip names the provider's own refund reference when there is one. */
    /** `paidBack`: a refund made by hand says how the money went back, whatever the sale was paid with. */
    printRefundSlip(sale: SaleView, refund: Pick<RefundView, 'id' | 'amountCents' | 'reason'> & { providerRefundId: string | null; paidBack?: 'cash' | 'pix' }): void {
      print({
        kind: 'refund_slip',
        language: language(),
        merchant: merchant(),
        at: new Date(options.clock.now()).toISOString(),
        saleId: sale.id,
        refundId: refund.id,
        method: refund.paidBack ?? (sale.method === 'card' || sale.method === 'cash' ? sale.method : 'pix'),
        saleAmountCents: sale.amountCents,
        refundedCents: refund.amountCents,
        ...(refund.providerRefundId ? { reference: refund.providerRefundId } : {}),
        reason: refund.reason,
      });
    },
    async close(): Promise<void> {
      stopReceipts();
      stopForwarding();
      await services.close();
    },
  };
}

