/**
 * "Newest first" for search results, kept out of Pagefind's page metadata. Pagefind's own sort
 * stores the order of every page in the metadata file each first query downloads (21 KB of 73 KB
 * at 10,000 pages); the build writes the order to a file of its own beside each index instead
 * (`ntm-newest.json`), which the browser fetches only when a reader sorts by date.
 * The file groups page ids by date, newest date first, so that the orders of several indexes
 * (a split archive searched across provinces) can be merged. Results are identified by
 * Pagefind's page id (its fragment's name), which is unique within one index only.
 */

/** The file, in each index's folder, that lists page ids by date, newest first. */
export const DATE_ORDER_FILE = 'ntm-newest.json';

/** `[date, id, id, …]` per date, newest date first; ids in order within a date. */
export type DateGroups = Array<[string, ...string[]]>;

/** Page ids of the dated pages grouped by date, newest first (ids in order, so the file is reproducible). */
export function newestFirst(pages: ReadonlyArray<{ id: string; date?: string }>): DateGroups {
  const byDate = new Map<string, string[]>();
  for (const page of pages) {
    if (typeof page.date !== 'string' || page.date === '') continue;
    byDate.set(page.date, [...(byDate.get(page.date) ?? []), page.id]);
  }
  return [...byDate]
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([date, ids]): [string, ...string[]] => [date, ...ids.sort(byId)]);
}

function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The date of every page id in the date files of one or more indexes. An id listed by more than
 * one index (two pages whose 28-bit ids collide) is `ambiguous`: its date must be read from the
 * result itself.
 */
export function datesById(files: readonly DateGroups[]): {
  dates: Map<string, string>;
  ambiguous: Set<string>;
} {
  const dates = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const groups of files) {
    const seen = new Set<string>();
    for (const [date, ...ids] of groups) {
      for (const id of ids) {
        if (seen.has(id)) continue;
        seen.add(id);
        if (dates.has(id)) ambiguous.add(id);
        else dates.set(id, date);
      }
    }
  }
  for (const id of ambiguous) dates.delete(id);
  return { dates, ambiguous };
}

/**
 * `results` newest first by `dateOf` (ties in id order); results without a date follow, in the
 * order they came.
 */
export function orderByDate<T extends { id: string }>(
  results: readonly T[],
  dateOf: (result: T) => string | undefined,
): T[] {
  const dated = results
    .map((result) => ({ result, date: dateOf(result) }))
    .filter((r): r is { result: T; date: string } => typeof r.date === 'string' && r.date !== '')
    .sort((a, b) =>
      a.date === b.date ? byId(a.result.id, b.result.id) : a.date < b.date ? 1 : -1,
    );
  const undated = results.filter((r) => !dateOf(r));
  return [...dated.map((r) => r.result), ...undated];
}
