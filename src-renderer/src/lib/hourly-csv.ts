/** The day's hourly buckets as CSV, in the same spreadsheet dialect as the sales export. */
import type { SalesByHourView } from '../../../src-preload/contract.ts';
import { centsToDecimalString } from '../../../src-shared/money.ts';
import { CHART_METHODS } from './hourly-chart.ts';
import type { Translator } from './i18n.ts';
import { CSV_FORMATS, csvLine } from './sales-csv.ts';
import { METHOD_KEYS } from './sales-summary.ts';

export function hourlyCsv(view: SalesByHourView, i18n: Translator): string {
  const format = CSV_FORMATS[i18n.language];
  const money = (cents: number) => centsToDecimalString(cents).replace('.', format.decimal);
  const header = [i18n.t('chart.hour'), i18n.t('sales.count'), i18n.t('chart.total'), ...CHART_METHODS.map((method) => i18n.t(METHOD_KEYS[method]))];
  const rows = view.hours.map((hour) => [
    `${String(hour.hour).padStart(2, '0')}:00`,
    String(hour.count),
    money(hour.totalCents),
    ...CHART_METHODS.map((method) => money(hour.byMethod[method] ?? 0)),
  ]);
  return [header, ...rows].map((row) => `${csvLine(row, format)}\r\n`).join('');
}

export const hourlyCsvName = (day: string) => `vendas-por-hora-${day}.csv`;
