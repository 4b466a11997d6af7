/** The Z report on paper: the shift, its cash movements, then expected, counted and difference per method. */
import { formatBRL } from '../../../src-shared/money.ts';
import type { ShiftReportDocument } from './print-documents.ts';
import { shortId } from './receipt-format.ts';
import { methodLabels, type ReceiptLabels } from './receipt-labels.ts';
import type { ReceiptWriter } from './receipt-writer.ts';

export function shiftReport(writer: ReceiptWriter, labels: ReceiptLabels, report: ShiftReportDocument, when: (iso: string) => string): void {
  const methodLabel = methodLabels(labels);
  writer.title(labels.shiftReport);
  writer.pair(labels.shift, shortId(report.shiftId));
  writer.pair(labels.openedAt, when(report.openedAt));
  writer.pair(labels.openedBy, report.openedBy);
  if (report.closedAt) writer.pair(labels.closedAt, when(report.closedAt));
  if (report.closedBy) writer.pair(labels.closedBy, report.closedBy);
  writer.rule();
  writer.pair(labels.float, formatBRL(report.floatCents));
  for (const movement of report.movements) {
    const sign = movement.kind === 'sangria' ? '-' : '+';
    writer.pair(movement.kind === 'sangria' ? labels.sangria : labels.suprimento, `${sign}${formatBRL(movement.amountCents)}`);
    writer.line(`  ${movement.reason}`);
  }
  writer.pair(`${labels.salesCount} (${report.sales.count})`, formatBRL(report.sales.totalCents));
  writer.pair(`${labels.refundsCount} (${report.refunds.count})`, formatBRL(report.refunds.totalCents));
  writer.rule();
  for (const row of report.rows) {
    writer.title(methodLabel[row.method]);
    writer.pair(labels.expected, formatBRL(row.expectedCents));
    writer.pair(labels.counted, formatBRL(row.countedCents));
    writer.pair(labels.difference, formatBRL(row.differenceCents));
  }
  writer.rule();
}
