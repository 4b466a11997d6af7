/**
 * The shop's day report from PostgreSQL, with a row per till. Same rules as a till's own report: paid sales
 * count on the day they were made, completed refunds on the day they were made, at the till that made them.
 * Each currency has its own totals: reais first (always there), then whatever else a provider charged.
 * Refunds given back by hand are among the refunds, and counted apart by till and how they went back.
 */
import type { Currency, DayReportView, StoreDayReportView, StoreDayTotals, TillDayRow } from '../../src-preload/contract.ts';
import type { StoreQuery } from './store-client.ts';
import { storeManualRefundTotals } from './store-manual-refunds.ts';
import type { DayRange } from './store-views.ts';

type Method = DayReportView['byMethod'][number]['method'];

const HOME: Currency = 'BRL';

export async function storeDayReport(db: StoreQuery, day: string, { from, to }: DayRange): Promise<StoreDayReportView> {
  const paid = await db.query<{ currency: Currency; till_code: string; method: Method; count: number; total: number }>(
    `SELECT currency, till_code, CASE WHEN method = 'card' THEN COALESCE(payment_type, 'credit') ELSE method END AS method,
       COUNT(*) AS count, SUM(amount_cents)::bigint AS total
     FROM sales WHERE created_at >= $1 AND created_at < $2 AND state = 'paid'
     GROUP BY 1, 2, 3`,
    [from, to],
  );
  const refunded = await db.query<{ currency: Currency; till_code: string; count: number; total: number }>(
    `SELECT currency, till_code, COUNT(*) AS count, SUM(amount_cents)::bigint AS total
     FROM refunds WHERE created_at >= $1 AND created_at < $2 AND state = 'completed' GROUP BY 1, 2`,
    [from, to],
  );
  const names = new Map((await db.query<{ code: string; name: string }>('SELECT code, name FROM tills')).map((till) => [till.code, till.name]));

  const currencies = new Map<Currency, { tills: Map<string, TillDayRow>; byMethod: Map<Method, StoreDayTotals['byMethod'][number]> }>();
  const inCurrency = (currency: Currency) => {
    const found = currencies.get(currency) ?? { tills: new Map(), byMethod: new Map() };
    currencies.set(currency, found);
    return found;
  };
  const tillRow = (currency: Currency, code: string): TillDayRow => {
    const { tills } = inCurrency(currency);
    const row = tills.get(code) ?? { tillCode: code, tillName: names.get(code) ?? code, sales: { count: 0, totalCents: 0 }, refunds: { count: 0, totalCents: 0 }, netCents: 0 };
    tills.set(code, row);
    return row;
  };
  inCurrency(HOME);
  for (const row of paid) {
    const till = tillRow(row.currency, row.till_code);
    till.sales.count += row.count;
    till.sales.totalCents += row.total;
    const { byMethod } = inCurrency(row.currency);
    const method = byMethod.get(row.method) ?? { method: row.method, count: 0, totalCents: 0 };
    method.count += row.count;
    method.totalCents += row.total;
    byMethod.set(row.method, method);
  }
  for (const row of refunded) tillRow(row.currency, row.till_code).refunds = { count: row.count, totalCents: row.total };

  const totals = [...currencies].map(([currency, { tills, byMethod }]) => dayTotals(currency, [...tills.values()], [...byMethod.values()]));
  const [home, ...others] = totals;
  if (!home) throw new Error('The home currency is always there');
  const manualRefunds = await storeManualRefundTotals(db, { from, to }, (code) => names.get(code) ?? code);
  return { day, ...home, otherCurrencies: others.sort((a, b) => a.currency.localeCompare(b.currency)), manualRefunds };
}

function dayTotals(currency: Currency, tills: TillDayRow[], byMethod: StoreDayTotals['byMethod']): StoreDayTotals {
  const byTill = tills.sort((a, b) => a.tillCode.localeCompare(b.tillCode));
  for (const till of byTill) till.netCents = till.sales.totalCents - till.refunds.totalCents;
  const sum = (pick: (till: TillDayRow) => number) => byTill.reduce((total, till) => total + pick(till), 0);
  return {
    currency,
    sales: { count: sum((till) => till.sales.count), totalCents: sum((till) => till.sales.totalCents) },
    refunds: { count: sum((till) => till.refunds.count), totalCents: sum((till) => till.refunds.totalCents) },
    netCents: sum((till) => till.netCents),
    byMethod,
    byTill,
  };
}
