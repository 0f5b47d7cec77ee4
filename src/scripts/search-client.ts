/**
 * The browser side of search: loads Pagefind's own module (`/pagefind/pagefind.js`) on first use
 * and runs queries. Nothing here runs until a reader focuses the search box or opens the search
 * page.
 */

/** One result as the search page and the box show it. */
export interface SearchHit {
  url: string;
  title: string;
  /** Pagefind's excerpt: HTML with <mark> around the matched words, from the original text. */
  excerpt: string;
  type: string;
  date: string;
  place: string;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

interface PagefindSearch {
  results: Array<{ id: string; score: number; data: () => Promise<PagefindResultData> }>;
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

/** The subset of the Pagefind JS API this module uses. */
export interface PagefindApi {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o?: { filters?: Record<string, unknown>; sort?: Record<string, string> }) => Promise<PagefindSearch>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

// A variable, so the bundler leaves the import to the browser: Pagefind's files are written
// after Astro has built the site.
const PAGEFIND_URL = '/pagefind/pagefind.js';
let loading: Promise<PagefindApi> | undefined;

/** Loads and starts Pagefind once; later calls return the same instance. */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as PagefindApi;
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}

/** Turns Pagefind's result data into what the result list shows. */
export function toHit(data: PagefindResultData): SearchHit {
  return {
    url: data.url,
    title: data.meta.title ?? data.url,
    excerpt: data.excerpt,
    type: data.meta.type ?? '',
    date: data.meta.date ?? '',
    place: data.meta.place ?? '',
  };
}

/** Runs a query with optional filters; returns the first `limit` hits and the total count. */
export async function searchRecords(
  query: string,
  filters: Record<string, string[]> = {},
  limit = 10,
): Promise<{ hits: SearchHit[]; total: number; search: PagefindSearch }> {
  const pagefind = await loadPagefind();
  const activeFilters = Object.fromEntries(Object.entries(filters).filter(([, v]) => v.length > 0));
  const search = await pagefind.search(query.trim() || null, { filters: activeFilters });
  const hits = await Promise.all(search.results.slice(0, limit).map(async (r) => toHit(await r.data())));
  return { hits, total: search.results.length, search };
}
