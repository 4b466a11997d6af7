/** `GET /v1/payments` query parameters, checked as strictly as seed 002 states them. */

export const SORTABLE = ['id', 'created_at', 'updated_at', 'amount', 'status', 'customer_id', 'transaction_id'] as const;
export type SortItem = (typeof SORTABLE)[number];

export interface ListQuery {
  page: number;
  limit: number;
  sort: { item: SortItem; descending: boolean };
  startTime: number | undefined;
  endTime: number | undefined;
  customerId: string | undefined;
  transactionIds: string[] | undefined;
}

const KNOWN = new Set(['page', 'limit', 'sort', 'start_time', 'end_time', 'customer_id', 'transaction_id']);
/** "Internet date and time format" is RFC 3339: a full date, a full time, and a Z or an offset. */
const RFC_3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

export function parseListQuery(query: URLSearchParams): { ok: true; value: ListQuery } | { ok: false; errors: Record<string, string[]> } {
  const errors: Record<string, string[]> = {};
  const complain = (field: string, message: string) => (errors[field] ??= []).push(message);
  for (const key of query.keys()) if (!KNOWN.has(key)) complain(key, 'This parameter is not part of the API.');

  const integer = (field: string, fallback: number, max: number): number => {
    const text = query.get(field);
    if (text === null) return fallback;
    const value = Number(text);
    if (!/^\d+$/.test(text) || value < 1 || value > max) complain(field, `The ${field} must be an integer between 1 and ${max}.`);
    return value;
  };
  const time = (field: string): number | undefined => {
    const text = query.get(field);
    if (text === null) return undefined;
    const value = Date.parse(text);
    if (!RFC_3339.test(text) || Number.isNaN(value)) {
      complain(field, `The ${field} must be an RFC 3339 date-time, e.g. 2024-05-01T12:00:00Z.`);
    }
    return value;
  };
  const text = (field: string, value: string) => {
    if ([...value].length < 1 || [...value].length > 255) complain(field, `Each ${field} must have 1 to 255 characters.`);
    return value;
  };

  const page = integer('page', 1, 9_999_999);
  const limit = integer('limit', 20, 40);
  const sortText = query.get('sort') ?? 'created_at,desc';
  const sortMatch = new RegExp(`^(${SORTABLE.join('|')}),(asc|desc)$`).exec(sortText);
  if (!sortMatch) complain('sort', `The sort must be item,(asc|desc) with item one of ${SORTABLE.join(', ')}.`);
  const startTime = time('start_time');
  const endTime = time('end_time');
  if (startTime !== undefined && endTime !== undefined && startTime > endTime) {
    complain('end_time', 'The end_time must not be before the start_time.');
  }
  const customer = query.get('customer_id');
  const transactions = query.get('transaction_id');

  const value: ListQuery = {
    page,
    limit,
    sort: { item: (sortMatch?.[1] ?? 'created_at') as SortItem, descending: sortMatch?.[2] === 'desc' },
    startTime,
    endTime,
    customerId: customer === null ? undefined : text('customer_id', customer),
    transactionIds: transactions === null ? undefined : transactions.split(',').map((id) => text('transaction_id', id.trim())),
  };
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value };
}
