/**
 * The day's sales as a CSV file for the shop's spreadsheet, built from `sales.list` in the till's
 * language: a Brazilian spreadsheet reads `;` between fields and `,` before the centavos; English uses
 * `,` and `.`. Money is written from integer centavos, never through a float. Fields holding the
 * separator, a quote or a line break are quoted (RFC 4180), quotes doubled.
 */
import type { Language, SaleView } from '../../../src-preload/contract.ts';
import { centsToDecimalString, type Cents } from '../../../src-shared/money.ts';
import type { MessageKey, Translator } from './i18n.ts';
import { METHOD_KEYS, methodKind, refundedCents, SALE_STATE_KEYS } from './sales-summary.ts';

export interface CsvFormat {
  separator: ';' | ',';
  decimal: ',' | '.';
}

export const CSV_FORMATS: Record<Language, CsvFormat> = {
  'pt-BR': { separator: ';', decimal: ',' },
  en: { separator: ',', decimal: '.' },
};

export function csvField(value: string, format: CsvFormat): string {
  const special = value.includes(format.separator) || /["\r\n]/.test(value);
  return special ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(fields: readonly string[], format: CsvFormat): string {
  return fields.map((field) => csvField(field, format)).join(format.separator);
}

/** "1234,56" (or "1234.56"): no currency sign and no thousands marks, so a spreadsheet reads a number. */
export function csvMoney(cents: Cents, format: CsvFormat): string {
  return centsToDecimalString(cents).replace('.', format.decimal);
}

/** HH:mm:ss on the till's clock. */
export function localClock(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

const COLUMNS: MessageKey[] = ['csv.time', 'csv.id', 'csv.method', 'csv.installments', 'csv.state', 'csv.amount', 'csv.refunded'];

/** One row per sale, oldest first, after a header row; lines end in CRLF as RFC 4180 has it. */
export function salesCsv(sales: readonly SaleView[], i18n: Translator): string {
  const format = CSV_FORMATS[i18n.language];
  const rows = [...sales]
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((sale) => [
      localClock(sale.createdAt),
      sale.id,
      i18n.t(METHOD_KEYS[methodKind(sale)]),
      sale.method === 'card' && sale.card ? String(sale.card.installments) : '',
      i18n.t(SALE_STATE_KEYS[sale.state]),
      csvMoney(sale.amountCents, format),
      csvMoney(refundedCents(sale), format),
    ]);
  const header = COLUMNS.map((key) => i18n.t(key));
  return [header, ...rows].map((fields) => `${csvLine(fields, format)}\r\n`).join('');
}

export function salesCsvName(day: string, i18n: Translator): string {
  return i18n.t('csv.fileName', { day });
}
