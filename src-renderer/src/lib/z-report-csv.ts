/**
 * A shift's Z report as a CSV file in the till's language (same format rules as the day's sales): the
 * shift, its cash movements, then expected, counted and difference per method.
 */
import type { ShiftReportView } from '../../../src-preload/contract.ts';
import type { Translator } from './i18n.ts';
import { CSV_FORMATS, csvLine, csvMoney, localClock } from './sales-csv.ts';
import { METHOD_KEYS } from './sales-summary.ts';

/** "2026-03-02 18:04:05" on the till's clock. */
function localDateTime(iso: string): string {
  const date = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${localClock(iso)}`;
}

export function zReportCsv(report: ShiftReportView, i18n: Translator): string {
  const format = CSV_FORMATS[i18n.language];
  const money = (cents: number) => csvMoney(cents, format);
  const { shift } = report;
  const lines = [
    csvLine([i18n.t('shift.csvShift'), shift.id], format),
    csvLine([i18n.t('shift.openedAt'), localDateTime(shift.openedAt), shift.openedBy], format),
    csvLine([i18n.t('shift.closedAt'), shift.closedAt ? localDateTime(shift.closedAt) : '', shift.closedBy ?? ''], format),
    csvLine([i18n.t('shift.float'), money(shift.floatCents)], format),
    ...shift.movements.map((movement) =>
      csvLine([i18n.t(movement.kind === 'sangria' ? 'shift.sangria' : 'shift.suprimento'), money(movement.amountCents), movement.reason, movement.operatorName], format),
    ),
    csvLine([i18n.t('shift.sales'), String(report.sales.count), money(report.sales.totalCents)], format),
    csvLine([i18n.t('shift.refunds'), String(report.refunds.count), money(report.refunds.totalCents)], format),
    '',
    csvLine([i18n.t('shift.method'), i18n.t('shift.expected'), i18n.t('shift.counted'), i18n.t('shift.difference')], format),
    ...report.rows.map((row) => csvLine([i18n.t(METHOD_KEYS[row.method]), money(row.expectedCents), money(row.countedCents), money(row.differenceCents)], format)),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
