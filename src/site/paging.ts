/**
 * Paging long lists so no page grows with the archive: a fixed number of items per page, and
 * a pager that links a bounded number of pages.
 */

/** Items per page on every list of the site. */
export const PAGE_SIZE = 20;

/** One page of a list. */
export interface ListPage<T> {
  /** 1-based page number. */
  number: number;
  /** How many pages the list has (at least 1). */
  total: number;
  /** How many items the whole list has. */
  itemCount: number;
  items: T[];
}

/**
 * Splits `items` into pages of `size`. An empty list still has one (empty) page, so its URL
 * exists and can say "nothing yet".
 */
export function paginate<T>(items: readonly T[], size: number = PAGE_SIZE): ListPage<T>[] {
  if (size < 1) throw new Error(`page size must be at least 1, got ${size}`);
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({
    number: i + 1,
    total,
    itemCount: items.length,
    items: items.slice(i * size, (i + 1) * size),
  }));
}

/** An entry of a pager: a page number, or a gap ("…") between non-adjacent numbers. */
export type PagerEntry = number | 'gap';

/**
 * The page numbers a pager shows for page `current` of `total`: all of them when there are at
 * most `2 * radius + 5`, otherwise the first, the last, and `radius` either side of the current
 * one, with gaps. From any page every page is thus reachable, and the pager stays small.
 */
export function pagerEntries(current: number, total: number, radius = 2): PagerEntry[] {
  if (total <= 2 * radius + 5) return Array.from({ length: total }, (_, i) => i + 1);
  const shown = new Set<number>([1, total]);
  for (let n = current - radius; n <= current + radius; n++) if (n >= 1 && n <= total) shown.add(n);
  const numbers = [...shown].sort((a, b) => a - b);
  const entries: PagerEntry[] = [];
  numbers.forEach((n, i) => {
    if (i > 0 && n - numbers[i - 1]! > 1) entries.push('gap');
    entries.push(n);
  });
  return entries;
}
