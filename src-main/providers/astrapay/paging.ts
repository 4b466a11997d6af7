/** Astrapay's Spring-style pages, mapped to ours, and a search that walks every page of a list. */
import type { Page } from '../provider.ts';

export interface ProviderPage<T> {
  content: T[];
  page: number;
  size: number;
  totalElements: number;
}

export function toPage<T, U>(page: ProviderPage<T>, map: (item: T) => U): Page<U> {
  return { items: page.content.map(map), page: page.page, pageSize: page.size, total: page.totalElements };
}

/** A lookup after a failure should not turn into a crawl: past this many pages we stop. */
const MAX_PAGES = 20;

/** Every item of every page (up to MAX_PAGES) that `match` accepts. */
export async function findAcrossPages<T>(
  fetchPage: (page: number) => Promise<ProviderPage<T>>,
  match: (item: T) => boolean,
): Promise<T[]> {
  const found: T[] = [];
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const answer = await fetchPage(page);
    found.push(...answer.content.filter(match));
    if (answer.content.length === 0 || (page + 1) * answer.size >= answer.totalElements) break;
  }
  return found;
}
