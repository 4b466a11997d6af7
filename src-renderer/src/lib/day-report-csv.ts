/**
 * The day report's part of the exported file, after the sales: each currency's totals on its own line (never
 * added together), the day's refunds by state, the reversals with their reason, and the static PIX confirmed
 * by hand, listed apart. Same separators, quoting and money as the sales rows (sales-csv.ts).
 */
import type { DayReportView } from '../../../src-preload/contract.ts';
import type { MessageKey, Translator } from './i18n.ts';
import { CSV_FORMATS, csvLine, csvMoney, localClock } from './sales-csv.ts';
import { REFUND_STATE_KEYS } from './sales-summary.ts';

const REVERSAL_KEYS: Record<DayReportView['reversals'][number]['kind'], MessageKey> = {
  card_cancel: 'reversal.kind.card_cancel',
  pix_refund: 'reversal.kind.pix_refund',
  pix_left_to_expire: 'reversal.kind.pix_left_to_expire',
  refund_twice: 'reversal.kind.refund_twice',
};

export function dayReportCsv(report: DayReportView, i18n: Translator): string {
  const format = CSV_FORMATS[i18n.language];
  const money = (cents: number) => csvMoney(cents, format);
  const t = (key: MessageKey, params?: Record<string, string>) => i18n.t(key, params);
  const rows: string[][] = [[t('csv.report'), report.day]];
  rows.push([t('csv.currency'), t('csv.paid'), t('csv.refundsTotal'), t('csv.net')]);
  for (const totals of [report, ...report.otherCurrencies]) {
    rows.push([totals.currency, money(totals.sales.totalCents), money(totals.refunds.totalCents), money(totals.netCents)]);
  }
  for (const row of report.refundsByState) {
    const state = t(REFUND_STATE_KEYS[row.state]);
    rows.push([t('csv.refundState', { state }), String(row.count), ...row.totals.flatMap((total) => [total.currency, money(total.cents)])]);
  }
  if (report.reversals.length > 0) rows.push([t('csv.reversal'), t('csv.currency'), t('csv.amount'), t('csv.reason'), t('csv.reference')]);
  for (const reversal of report.reversals) {
    rows.push([t(REVERSAL_KEYS[reversal.kind]), reversal.currency, money(reversal.amountCents), t(`reversal.reason.${reversal.reason}`), reversal.providerRef]);
  }
  if (report.handConfirmed.length > 0) rows.push([t('csv.handConfirmed'), t('csv.number'), t('csv.time'), t('csv.currency'), t('csv.amount')]);
  for (const sale of report.handConfirmed) {
    rows.push([t('csv.handConfirmed'), sale.number ?? sale.saleId, localClock(sale.createdAt), sale.currency, money(sale.amountCents)]);
  }
  return rows.map((fields) => `${csvLine(fields, format)}\r\n`).join('');
}
