/**
 * "Newest first" for search results, kept out of Pagefind's page metadata. Pagefind's own sort
 * stores the order of every page in the metadata file each first query downloads (21 KB of 73 KB
 * at 10,000 pages); the build writes that order to a file of its own instead
 * (`/pagefind/ntm-newest.json`), which the browser fetches only when a reader sorts by date.
 * Results are identified by Pagefind's page id (its fragment's name).
 */

/** The file, under Pagefind's folder, that lists page ids newest first. */
export const DATE_ORDER_FILE = 'ntm-newest.json';

/** Page ids of the dated pages, newest first (ties in id order, so the file is reproducible). */
export function newestFirst(pages: ReadonlyArray<{ id: string; date?: string }>): string[] {
  return pages
    .filter((p): p is { id: string; date: string } => typeof p.date === 'string' && p.date !== '')
    .sort((a, b) =>
      a.date === b.date ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.date < b.date ? 1 : -1,
    )
    .map((p) => p.id);
}

/**
 * `results` in the order of `order` (page ids newest first); results whose page is not in it
 * (pages without a date) follow, in the order they came.
 */
export function orderByDate<T extends { id: string }>(
  results: readonly T[],
  order: readonly string[],
): T[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  const dated = results
    .filter((r) => rank.has(r.id))
    .sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  return [...dated, ...results.filter((r) => !rank.has(r.id))];
}
