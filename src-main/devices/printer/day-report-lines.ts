/** The day report's second half on paper: who sold what, each shift's sales, and refunds made by hand. */
import { formatBRL } from '../../../src-shared/money.ts';
import type { DayReport } from './print-documents.ts';
import type { ReceiptLabels } from './receipt-labels.ts';
import type { ReceiptWriter } from './receipt-writer.ts';

/** "08:00-14:30": a shift within its day needs only its hours; the date is on the report. */
function hours(when: (iso: string) => string, openedAt: string | null, closedAt: string | null, stillOpen: string): string {
  const time = (iso: string) => when(iso).split(' ')[1]?.slice(0, 5) ?? '';
  if (!openedAt) return '';
  return `${time(openedAt)}-${closedAt ? time(closedAt) : stillOpen}`;
}

export function dayReportPeople(writer: ReceiptWriter, labels: ReceiptLabels, report: DayReport, when: (iso: string) => string): void {
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
