/**
 * The day report's totals by operator and by shift, named for people, and the whole report as a CSV file
 * in the till's spreadsheet dialect (same rules as the sales export): one row per line of the report. The
 * sales export carries the part that keeps things apart (day-report-csv.ts) after its rows.
 */
import type { DayReportView } from '../../../src-preload/contract.ts';
import type { Translator } from './i18n.ts';
import { dayReportCsv } from './day-report-csv.ts';
import { CSV_FORMATS, csvLine, csvMoney } from './sales-csv.ts';
import { METHOD_KEYS } from './sales-summary.ts';

type ShiftRow = DayReportView['byShift'][number];

/** HH:mm on the till's clock. */
function hourMinute(iso: string): string {
  const date = new Date(iso);
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** "08:00 às 14:30", "desde 14:30 (aberto)", or "Sem turno" for sales from before shifts existed. */
export function shiftLabel(row: ShiftRow, i18n: Translator): string {
  if (!row.shiftId || !row.openedAt) return i18n.t('dayReport.noShift');
  const from = hourMinute(row.openedAt);
  return row.closedAt ? i18n.t('dayReport.shiftHours', { from, to: hourMinute(row.closedAt) }) : i18n.t('dayReport.shiftSince', { from });
}

export function operatorLabel(row: DayReportView['byOperator'][number], i18n: Translator): string {
  return row.name ?? i18n.t('dayReport.noOperator');
}

export function paidBackLabel(paidBack: 'cash' | 'pix', i18n: Translator): string {
  return i18n.t(paidBack === 'cash' ? 'refund.paidBack.cash' : 'refund.paidBack.pix');
}

export function dayTotalsCsv(report: DayReportView, i18n: Translator): string {
  const format = CSV_FORMATS[i18n.language];
  const money = (cents: number) => csvMoney(cents, format);
  const row = (section: string, name: string, count: number | null, cents: number) => csvLine([section, name, count === null ? '' : String(count), money(cents)], format);
  const lines = [
    csvLine([i18n.t('dayReport.csvSection'), i18n.t('dayReport.csvName'), i18n.t('sales.count'), i18n.t('sales.total')], format),
    csvLine([i18n.t('dayReport.csvDay'), report.day, '', ''], format),
    row(i18n.t('dayReport.csvSales'), '', report.sales.count, report.sales.totalCents),
    row(i18n.t('dayReport.csvRefunds'), '', report.refunds.count, report.refunds.totalCents),
    row(i18n.t('dayReport.csvNet'), '', null, report.netCents),
    ...report.byMethod.map((method) => row(i18n.t('sales.byMethod'), i18n.t(METHOD_KEYS[method.method]), method.count, method.totalCents)),
    ...report.byOperator.map((operator) => row(i18n.t('dayReport.byOperator'), operatorLabel(operator, i18n), operator.count, operator.totalCents)),
    ...report.byShift.map((shift) => row(i18n.t('dayReport.byShift'), shiftLabel(shift, i18n), shift.count, shift.totalCents)),
    ...(report.manualRefunds ?? []).map((refund) => row(i18n.t('dayReport.manualRefunds'), paidBackLabel(refund.paidBack, i18n), refund.count, refund.totalCents)),
  ];
  // Then what the report keeps apart: other currencies, refunds by state, reversals, hand-confirmed PIX.
  return lines.map((line) => `${line}\r\n`).join('') + dayReportCsv(report, i18n);
}

export function dayTotalsCsvName(day: string, i18n: Translator): string {
  return i18n.t('dayReport.totalsFileName', { day });
}
