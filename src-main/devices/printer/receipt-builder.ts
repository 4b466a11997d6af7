/**
 * Print documents to ESC/POS bytes for one printer profile. Layout only: the data arrives complete in
 * the document, and everything printer-specific (code page, QR mode, cut) comes from the profile.
 */
import { formatBRL } from '../../../src-shared/money.ts';
import type {
  BillPartDetails,
  CardPaymentDetails,
  PixChargeSlip,
  PrintDocument,
  RefundSlip,
  SaleReceipt,
  TestPage,
} from './print-documents.ts';
import { dayReport } from './day-report-lines.ts';
import { shiftReport } from './shift-report-lines.ts';
import type { PrinterProfile } from './printer-profile.ts';
import { formatDateTime, shortId } from './receipt-format.ts';
import { receiptLabels, type ReceiptLabels } from './receipt-labels.ts';
import { createReceiptWriter, type ReceiptWriter } from './receipt-writer.ts';

export interface BuildOptions {
  /** IANA zone the shop's clock shows, e.g. America/Sao_Paulo. */
  timeZone: string;
}

export function buildReceipt(document: PrintDocument, profile: PrinterProfile, options: BuildOptions): Uint8Array {
  const labels = receiptLabels(document.language);
  const writer = createReceiptWriter(profile);
  const when = (iso: string): string => formatDateTime(iso, document.language, options.timeZone);
  if (profile.drawer && movesCash(document)) writer.pulse();
  writer.header(document.merchant, labels.notFiscal);
  switch (document.kind) {
    case 'pix_charge':
      pixCharge(writer, labels, document, when);
      break;
    case 'sale_receipt':
      saleReceipt(writer, labels, document, when);
      break;
    case 'refund_slip':
      refundSlip(writer, labels, document, when);
      break;
    case 'day_report':
      dayReport(writer, labels, document, when);
      break;
    case 'test_page':
      testPage(writer, labels, document, profile, when);
      break;
    case 'shift_report':
      shiftReport(writer, labels, document, when);
      break;
  }
  return writer.finish();
}

type When = (iso: string) => string;

/** The drawer opens as the paper for cash taken in or given back starts printing; a copy never opens it. */
function movesCash(document: PrintDocument): boolean {
  if (document.kind === 'sale_receipt') return document.payment.method === 'cash' && !document.copy;
  return document.kind === 'refund_slip' && document.method === 'cash';
}

function pixCharge(writer: ReceiptWriter, labels: ReceiptLabels, slip: PixChargeSlip, when: When): void {
  writer.title(labels.pixCharge);
  writer.pair(labels.dateTime, when(slip.at));
  writer.pair(labels.sale, shortId(slip.saleId));
  writer.pair(labels.amount, formatBRL(slip.amountCents));
  writer.qr(slip.pixCopyAndPaste);
  writer.centered(labels.scanQr);
  writer.pair(labels.validUntil, when(slip.expiresAt));
  writer.block(labels.txid, slip.txid);
  writer.rule();
}

function saleReceipt(writer: ReceiptWriter, labels: ReceiptLabels, receipt: SaleReceipt, when: When): void {
  writer.title(labels.saleReceipt);
  if (receipt.copy) writer.title(labels.copy);
  writer.pair(labels.dateTime, when(receipt.at));
  writer.pair(labels.sale, shortId(receipt.saleId));
  const { payment } = receipt;
  if (payment.method === 'pix') {
    writer.pair(labels.method, labels.pix);
    writer.pair(labels.amount, formatBRL(receipt.amountCents));
    writer.block(labels.txid, payment.txid);
    if (payment.endToEndId) writer.block(labels.endToEndId, payment.endToEndId);
  } else if (payment.method === 'cash') {
    writer.pair(labels.method, labels.cash);
    writer.pair(labels.amount, formatBRL(receipt.amountCents));
    writer.pair(labels.received, formatBRL(payment.receivedCents));
    writer.pair(labels.change, formatBRL(payment.changeCents));
  } else {
    cardLines(writer, labels, payment, receipt.amountCents);
  }
  if (receipt.bill) billPartLines(writer, labels, receipt.bill);
  writer.rule();
  writer.centered(labels.thanks);
}

function billPartLines(writer: ReceiptWriter, labels: ReceiptLabels, part: BillPartDetails): void {
  writer.rule();
  writer.pair(labels.splitPayment, part.count === null ? `${labels.part} ${part.index}` : `${part.index}/${part.count}`);
  writer.pair(labels.billTotal, formatBRL(part.totalCents));
  if (part.leftCents > 0) writer.pair(labels.leftToPay, formatBRL(part.leftCents));
  else writer.centered(labels.billPaid);
}

function cardLines(writer: ReceiptWriter, labels: ReceiptLabels, card: CardPaymentDetails, amountCents: number): void {
  writer.pair(labels.method, card.cardType === 'credit' ? labels.credit : labels.debit);
  writer.pair(labels.amount, formatBRL(amountCents));
  writer.pair(labels.installments, card.installments > 1 ? `${card.installments}x` : labels.oneInstallment);
  writer.pair(labels.brand, card.brand);
  writer.pair(labels.card, `**** ${card.last4}`);
  writer.pair(labels.authorization, card.authorizationCode);
  if (card.nsu) writer.pair(labels.nsu, card.nsu);
}

function refundSlip(writer: ReceiptWriter, labels: ReceiptLabels, slip: RefundSlip, when: When): void {
  writer.title(labels.refundSlip);
  writer.pair(labels.dateTime, when(slip.at));
  writer.pair(labels.sale, shortId(slip.saleId));
  writer.pair(labels.refund, shortId(slip.refundId));
  writer.pair(labels.method, { pix: labels.pix, card: labels.card, cash: labels.cash }[slip.method]);
  writer.pair(labels.saleAmount, formatBRL(slip.saleAmountCents));
  writer.pair(labels.refunded, formatBRL(slip.refundedCents));
  if (slip.reference) writer.block(labels.reference, slip.reference);
  if (slip.reason) writer.block(labels.reason, slip.reason);
  writer.rule();
}

function testPage(writer: ReceiptWriter, labels: ReceiptLabels, page: TestPage, profile: PrinterProfile, when: When): void {
  const { serial } = profile;
  writer.title(labels.testPage);
  writer.pair(labels.dateTime, when(page.at));
  writer.pair(labels.model, profile.model.name);
  writer.pair(labels.columns, String(profile.columns));
  writer.pair(labels.codePage, profile.codePage);
  writer.pair(labels.port, serial.path);
  writer.pair('', `${serial.baudRate} ${serial.dataBits}${serial.parity[0]?.toUpperCase()}${serial.stopBits}`);
  writer.block(labels.accents, 'ÁÀÂÃÉÊÍÓÔÕÚÇ áàâãéêíóôõúç');
  writer.centered(profile.qr === 'native' ? labels.qrNative : labels.qrRaster);
  writer.qr('PDV');
  writer.rule();
}
