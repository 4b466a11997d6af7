/**
 * The end-of-day report on paper: the day in reais, then each other currency on its own (never added to
 * reais), the day's refunds by where they stand, the reversals with their reason, and the static PIX
 * confirmed by hand (no provider saw them) listed apart; then who sold what, each shift's sales, and the
 * refunds made by hand.
 */
import { formatBRL, formatMoney } from '../../../src-shared/money.ts';
import type { DayReport } from './print-documents.ts';
import { formatDay } from './receipt-format.ts';
import { methodLabels, type ReceiptLabels } from './receipt-labels.ts';
import type { ReceiptWriter } from './receipt-writer.ts';

/** "08:00-14:30": a shift within its day needs only its hours; the date is on the report. */
function hours(when: (iso: string) => string, openedAt: string | null, closedAt: string | null, stillOpen: string): string {
  const time = (iso: string) => when(iso).split(' ')[1]?.slice(0, 5) ?? '';
  if (!openedAt) return '';
  return `${time(openedAt)}-${closedAt ? time(closedAt) : stillOpen}`;
}

function dayReportPeople(writer: ReceiptWriter, labels: ReceiptLabels, report: DayReport, when: (iso: string) => string): void {
  if (report.byOperator && report.byOperator.length > 0) {
    writer.title(labels.byOperator);
    for (const row of report.byOperator) writer.pair(`${row.name ?? labels.noOperator} (${row.count})`, formatBRL(row.totalCents));
    writer.rule();
  }
  if (report.byShift && report.byShift.length > 0) {
    writer.title(labels.byShift);
    for (const row of report.byShift) {
      const name = row.shiftId ? hours(when, row.openedAt, row.closedAt, labels.stillOpen) || labels.shift : labels.noShift;
      writer.pair(`${name} (${row.count})`, formatBRL(row.totalCents));
    }
    writer.rule();
  }
  if (report.manualRefunds && report.manualRefunds.length > 0) {
    writer.title(labels.manualRefunds);
    for (const row of report.manualRefunds) {
      writer.pair(`${row.paidBack === 'cash' ? labels.paidBackCash : labels.paidBackPix} (${row.count})`, formatBRL(row.totalCents));
    }
    writer.rule();
  }
}

export function dayReport(writer: ReceiptWriter, labels: ReceiptLabels, report: DayReport, when: (iso: string) => string): void {
  const methodLabel = methodLabels(labels);
  const locale = report.language;
  writer.title(labels.dayReport);
  writer.pair(labels.day, formatDay(report.day, report.language));
  writer.pair(labels.issuedAt, when(report.at));
  writer.rule();
  const currencies = [{ currency: 'BRL' as const, sales: report.sales, refunds: report.refunds, byMethod: report.byMethod }, ...(report.otherCurrencies ?? [])];
  for (const totals of currencies) {
    const money = (cents: number) => (totals.currency === 'BRL' ? formatBRL(cents) : formatMoney(cents, totals.currency, locale));
    if (totals.currency !== 'BRL') writer.title(`${labels.inCurrency} ${totals.currency}`);
    writer.pair(labels.salesCount, String(totals.sales.count));
    writer.pair(labels.salesTotal, money(totals.sales.totalCents));
    writer.pair(labels.refundsCount, String(totals.refunds.count));
    writer.pair(labels.refundsTotal, money(totals.refunds.totalCents));
    writer.pair(labels.net, money(totals.sales.totalCents - totals.refunds.totalCents));
    writer.rule();
    writer.title(labels.byMethod);
    for (const row of totals.byMethod) writer.pair(`${methodLabel[row.method]} (${row.count})`, money(row.totalCents));
    writer.rule();
  }
  if (report.refundsByState?.length) {
    writer.title(labels.refundsByState);
    for (const row of report.refundsByState) {
      writer.pair(`${labels.refundState[row.state]} (${row.count})`, row.totals.map((total) => formatMoney(total.cents, total.currency, locale)).join(' + '));
    }
    writer.rule();
  }
  if (report.reversals?.length) {
    writer.title(labels.reversals);
    for (const reversal of report.reversals) {
      writer.pair(labels.reversalKind[reversal.kind], formatMoney(reversal.amountCents, reversal.currency ?? 'BRL', locale));
      writer.line(`  ${labels.reason}: ${labels.reversalReason[reversal.reason]}`);
      writer.line(`  ${reversal.providerRef}`);
    }
    writer.rule();
  }
  if (report.handConfirmed?.length) {
    writer.title(labels.handConfirmed);
    for (const sale of report.handConfirmed) {
      writer.pair(sale.number ?? '—', formatMoney(sale.amountCents, sale.currency, locale));
      writer.line(`  ${when(sale.createdAt)}`);
    }
    writer.rule();
  }
  dayReportPeople(writer, labels, report, when);
}
