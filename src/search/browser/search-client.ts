/**
 * The browser side of search: loads Pagefind's own module (`/pagefind/pagefind.js`) on first use
 * and runs queries. Nothing here runs until a reader focuses the search box or opens the search
 * page. Queries and filter values are encoded the way the index was written, and everything read
 * back is decoded (src/search/folding.ts), so "duong" finds "đường" and readers see "đường".
 */
import { fromIndexText, toIndexText } from '../folding.ts';
import { DATE_ORDER_FILE, orderByDate } from '../date-order.ts';
import { hasDiacritics, nameMatchesFirst, orderInTiers, phraseQuery } from '../ranking.ts';

/** One result as the search page and the box show it. */
export interface SearchHit {
  url: string;
  title: string;
  /** Pagefind's excerpt: HTML (escaped text with <mark> around the matches) from the original text. */
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

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

type FilterCounts = Record<string, Record<string, number>>;

/** The subset of the Pagefind JS API this module uses. */
interface PagefindApi {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o?: { filters?: Record<string, unknown> }) => Promise<PagefindSearch>;
  filters: () => Promise<FilterCounts>;
}

// A variable, so the bundler leaves the import to the browser: Pagefind's files are written
// after Astro has built the site.
const PAGEFIND_URL = '/pagefind/pagefind.js';
let loading: Promise<PagefindApi> | undefined;

/** Pagefind's options; ranking choices are explained in docs/decisions (search). */
const PAGEFIND_OPTIONS = {
  // Search on the page's own thread: saves fetching pagefind-worker.js (11 KB brotli) and a
  // round trip before the first query; searching one index in WebAssembly takes milliseconds.
  noWorker: true,
  excerptLength: 24,
  // Links to results without Pagefind's ?highlight= parameter: the record pages do not use it.
  highlightParam: null,
  ranking: {
    // "hop" should not rank every meeting up because its type is "Cuộc họp"; dates are not words.
    metaWeights: { type: 0, date: 0 },
  },
};

/** Loads and starts Pagefind once; later calls return the same instance. */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as PagefindApi;
    await pagefind.options(PAGEFIND_OPTIONS);
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

let dateOrder: Promise<string[]> | undefined;

/** The page ids newest first, fetched the first time a reader sorts by date (src/search/date-order.ts). */
function loadDateOrder(): Promise<string[]> {
  dateOrder ??= fetch(`/pagefind/${DATE_ORDER_FILE}`).then((response) => {
    if (!response.ok) throw new Error(`${DATE_ORDER_FILE}: HTTP ${response.status}`);
    return response.json() as Promise<string[]>;
  });
  dateOrder.catch(() => {
    dateOrder = undefined;
  });
  return dateOrder;
}

/** Turns Pagefind's result data into what the result list shows, decoded to the original text. */
function toHit(data: PagefindResultData): SearchHit {
  return {
    url: data.url,
    title: fromIndexText(data.meta.title ?? data.url),
    excerpt: fromIndexText(data.excerpt),
    type: fromIndexText(data.meta.type ?? ''),
    date: data.meta.date ?? '',
    place: fromIndexText(data.meta.place ?? ''),
  };
}

/** Filter values as readers see them → as the index stores them. */
function encodeFilters(filters: Record<string, string[]>): Record<string, string[]> {
  const encoded: Record<string, string[]> = {};
  for (const [key, values] of Object.entries(filters)) {
    if (values.length > 0) encoded[key] = values.map(toIndexText);
  }
  return encoded;
}

/** Filter counts from the index → with the values readers see. */
function decodeCounts(counts: FilterCounts): FilterCounts {
  const decoded: FilterCounts = {};
  for (const [key, values] of Object.entries(counts ?? {})) {
    decoded[key] = Object.fromEntries(
      Object.entries(values).map(([value, n]) => [fromIndexText(value), n]),
    );
  }
  return decoded;
}

let searching: Promise<unknown> = Promise.resolve();

/** How many of the first results are checked for a record named exactly as the query (one page of results). */
const NAME_WINDOW = 10;

/** What a query asks for. */
export interface SearchRequest {
  query: string;
  /** Filter key → accepted values (display text); a record matches any value of a key and every key. */
  filters?: Record<string, string[]>;
  /** "relevance" (default) or "newest" (by the record's date). */
  order?: 'relevance' | 'newest';
}

/** The outcome of a query: the hits are loaded page by page with `more`. */
export interface SearchOutcome {
  total: number;
  /** Loads the data of results `from` … `from + count - 1`. */
  hits: (from: number, count: number) => Promise<SearchHit[]>;
  /** Counts per filter value among the results (when Pagefind had the filter loaded). */
  filterCounts: FilterCounts;
}

/**
 * Runs one query. Returns undefined for an empty query without filters. Filters are matched
 * with "any of" inside a key, as Pagefind's `any` does.
 */
export async function searchRecords(request: SearchRequest): Promise<SearchOutcome | undefined> {
  const query = request.query.trim();
  const filters = encodeFilters(request.filters ?? {});
  const hasFilters = Object.keys(filters).length > 0;
  if (!query && !hasFilters) return undefined;
  const pagefind = await loadPagefind();
  const pagefindFilters = Object.fromEntries(
    Object.entries(filters).map(([k, v]) => [k, { any: v }]),
  );
  const newest = request.order === 'newest' || !query;
  const options = { filters: pagefindFilters };
  const term = query ? toIndexText(query) : null;
  // One query at a time: the exact pass changes an instance-wide option.
  const run = searching
    .catch(() => undefined)
    .then(async (): Promise<{ results: PagefindResult[]; folded: PagefindSearch }> => {
      if (newest) {
        const [folded, order] = await Promise.all([
          pagefind.search(term, options),
          loadDateOrder(),
        ]);
        return { results: orderByDate(folded.results, order), folded };
      }
      const folded = await pagefind.search(term, options);
      if (!term) return { results: folded.results, folded };
      const phrase = phraseQuery(term);
      const passes: { phrase?: PagefindResult[]; exact?: PagefindResult[] } = {};
      if (phrase) passes.phrase = (await pagefind.search(phrase, options)).results;
      if (hasDiacritics(query)) {
        await pagefind.options({ exactDiacritics: true });
        try {
          passes.exact = (await pagefind.search(term, options)).results;
        } finally {
          await pagefind.options({ exactDiacritics: false });
        }
      }
      return { results: orderInTiers(folded.results, passes), folded };
    });
  searching = run;
  const { results, folded } = await run;
  const load = (list: PagefindResult[]) =>
    Promise.all(list.map(async (r) => toHit(await r.data())));
  // The first results are loaded together and a record named exactly as asked ("lam hop" →
  // "Xã Lâm Hợp") goes first among them; later pages keep Pagefind's order.
  let firstWindow: Promise<SearchHit[]> | undefined;
  return {
    total: results.length,
    hits: async (from, count) => {
      if (from >= NAME_WINDOW || !query) return load(results.slice(from, from + count));
      firstWindow ??= load(results.slice(0, NAME_WINDOW)).then((hits) =>
        nameMatchesFirst(hits, query),
      );
      const first = (await firstWindow).slice(from, from + count);
      const rest =
        from + count > NAME_WINDOW ? await load(results.slice(NAME_WINDOW, from + count)) : [];
      return [...first, ...rest];
    },
    filterCounts: decodeCounts(folded.filters),
  };
}

/** Every filter value in the index with its page count (loads Pagefind's filter files). */
export async function allFilterValues(): Promise<FilterCounts> {
  const pagefind = await loadPagefind();
  return decodeCounts(await pagefind.filters());
}
