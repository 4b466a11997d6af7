/** Every contract operation mapped to the one service method that does it. */
import type { TillDevices } from '../devices/till-devices.ts';
import type { ProviderHub } from '../providers/provider-hub.ts';
import { dayRange } from '../ledger/day-range.ts';
import { dayReport } from '../reports/day-report.ts';
import { reconcileDay } from '../reports/reconcile.ts';
import type { BankTransferService } from '../sales/bank-transfer-service.ts';
import type { CardSaleService } from '../sales/card-sale-service.ts';
import type { PixSaleService } from '../sales/pix-sale-service.ts';
import type { RefundService } from '../sales/refund-service.ts';
import type { SaleBook } from '../sales/sale-book.ts';
import type { SaleDesk } from '../sales/sale-desk.ts';
import type { SettingsService } from '../settings/settings-service.ts';
import type { ShellPort } from '../core/ports.ts';
import type { StoreService } from '../store/store-service.ts';
import type { Handlers } from '../core/router.ts';

export interface Services {
  desk: SaleDesk;
  book: SaleBook;
  hub: ProviderHub;
  transfers: BankTransferService;
  pix: PixSaleService;
  card: CardSaleService;
  refunds: RefundService;
  settings: SettingsService;
  devices: TillDevices;
  shell: ShellPort;
  store: StoreService;
}

export function createHandlers({ desk, book, hub, transfers, pix, card, refunds, settings, devices, shell, store }: Services): Handlers {
  return {
    'app.info': () => settings.info(),
    'settings.setLanguage': ({ language }) => settings.setLanguage(language),
    'sale.current': () => desk.current(),
    'counter.preview': () => book.preview(),
    'counter.setPreview': ({ preview }) => {
      book.setPreview(preview);
      return null;
    },
    'sale.startPix': ({ amountCents, payer }) => pix.startPix(amountCents, payer),
    'sale.cancel': ({ saleId }) => desk.cancel(saleId),
    'sale.dismiss': () => desk.dismiss(),
    'sale.simulatePayment': ({ saleId }) => desk.simulatePayment(saleId),
    'sale.startCard': (input) => card.startCard(input),
    'sale.refund': ({ saleId, amountCents, reason }) => refunds.refund(saleId, amountCents, reason),
    'sale.get': ({ saleId }) => desk.get(saleId),
    'sales.list': ({ day }) => desk.listDay(day),
    'report.day': ({ day }) => dayReport(book, day),
    'printer.printDayReport': ({ day }) => devices.printDayReport(dayReport(book, day)),
    'report.reconcile': ({ day }) => reconcileDay(book, hub, day),
    'sale.startBankTransfer': ({ amountCents, payer }) => transfers.start(amountCents, payer),
    'cards.listSaved': () => card.listSaved(),
    'cards.deleteSaved': ({ savedCardId }) => card.deleteSaved(savedCardId),
    'settings.get': () => settings.view(),
    'settings.setMerchant': (merchant) => settings.setMerchant(merchant),
    'settings.setProviders': (selections) => settings.setProviders(selections),
    'settings.setCredentials': (input) => settings.setCredentials(input),
    'settings.testConnection': (selection) => settings.testConnection(selection),
    'settings.setDevices': async (input) => {
      await devices.apply(input);
      return settings.view();
    },
    'devices.status': () => devices.status(),
    'devices.listPorts': () => devices.listPorts(),
    'printer.testPrint': () => devices.testPrint(),
    'printer.printPixQr': ({ saleId }) => devices.printPixQr(desk.get(saleId)),
    'printer.reprintSale': ({ saleId }) => devices.reprintSale(saleId),
    'display.test': async () => {
      await devices.testDisplay();
      return null;
    },
    'shell.access': () => shell.access(),
    'shell.rotateTokens': () => shell.rotateTokens(),
    'shell.confirmWeakStorage': () => shell.confirmWeakStorage(),
    'shell.setAutoStart': ({ enabled }) => shell.setAutoStart(enabled),
    'store.settings': () => store.view(),
    'store.configure': (input) => store.configure(input),
    'store.testConnection': ({ connectionString }) => store.testConnection(connectionString),
    'store.status': () => store.status(),
    'store.sales': ({ day, tillCode, operator }) => store.sales(dayRange(day), { tillCode, operator }),
    'store.dayReport': ({ day }) => store.dayReport(day, dayRange(day)),
    'sale.resolveChecking': ({ saleId, outcome }) => desk.resolveChecking(saleId, outcome),
    'settings.setAutoRefundLate': ({ enabled }) => settings.setAutoRefundLate(enabled),
  };
}
