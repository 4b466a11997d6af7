/**
 * The date window and paging every Astrapay list takes (seed 001: `initialDate` and `endDate`
 * required, `page` from 0, `size` default 20), and the paging envelope we assume it answers with.
 */
import type { SimRequest, SimResponse } from '../http-kit.ts';
import { astrapayError } from './auth.ts';

export interface Paging {
  page: number;
  size: number;
}

export interface ListWindow extends Paging {
  initial: number;
  end: number;
}

/** The sandbox's own ceiling on `size` (the seed gives none); documented in the adapter README. */
export const MAX_PAGE_SIZE = 100;

type Read<T> = { ok: false; reply: SimResponse } | ({ ok: true } & T);

export function readPaging(request: SimRequest): Read<{ paging: Paging }> {
  const page = Number(request.query.get('page') ?? 0);
  const size = Number(request.query.get('size') ?? 20);
  if (!Number.isInteger(page) || page < 0 || !Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    return { ok: false, reply: astrapayError(400, 'VALIDATION_ERROR', `page must be >= 0 and size between 1 and ${MAX_PAGE_SIZE}`) };
  }
  return { ok: true, paging: { page, size } };
}

export function readListWindow(request: SimRequest): Read<{ window: ListWindow }> {
  const initial = Date.parse(request.query.get('initialDate') ?? '');
  const end = Date.parse(request.query.get('endDate') ?? '');
  if (Number.isNaN(initial) || Number.isNaN(end)) {
    return { ok: false, reply: astrapayError(400, 'VALIDATION_ERROR', 'initialDate and endDate are required ISO dates') };
  }
  if (initial > end) return { ok: false, reply: astrapayError(400, 'VALIDATION_ERROR', 'initialDate must not be after endDate') };
  const read = readPaging(request);
  return read.ok ? { ok: true, window: { initial, end, ...read.paging } } : read;
}

/** Spring-style page of `items` (already filtered and sorted). */
export function pageReply<T>(items: T[], paging: Paging, present: (item: T) => unknown): SimResponse {
  const { page, size } = paging;
  return {
    status: 200,
    body: {
      content: items.slice(page * size, (page + 1) * size).map(present),
      page,
      size,
      totalElements: items.length,
      totalPages: Math.ceil(items.length / size),
    },
  };
}
