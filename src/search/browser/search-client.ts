/**
 * The browser side of search: loads Pagefind's own module (`/pagefind/pagefind.js`) and the list
 * of indexes (`/pagefind/ntm-scopes.json`) on first use, and runs queries in a scope: the one
 * index of a small archive, or a province's index with the common one, or every index (the whole
 * country) of an archive split by province (src/search/scopes.ts). Nothing here runs until a
 * reader focuses the search box or opens the search page. Queries and filter values are encoded
 * the way the index was written, and everything read back is decoded (src/search/folding.ts), so
 * "duong" finds "đường" and readers see "đường".
 */
import { fromIndexText, toIndexText } from '../folding.ts';
import { DATE_ORDER_FILE, datesById, orderByDate, type DateGroups } from '../date-order.ts';
import {
  hasDiacritics,
  nameMatchesFirst,
  orderInTiers,
  phraseQuery,
  sharedIds,
} from '../ranking.ts';
import {
  COPY_FILTER,
  COPY_VALUE,
  plan,
  SCOPE_LIST_FILE,
  WHOLE_COUNTRY,
  type ScopeList,
} from '../scopes.ts';

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

/** One Pagefind instance: an index, with others merged into it. */
interface PagefindInstance {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string | null, o?: { filters?: Record<string, unknown> }) => Promise<PagefindSearch>;
  filters: () => Promise<FilterCounts>;
  mergeIndex: (path: string, o: Record<string, unknown>) => Promise<void>;
}

/** The subset of Pagefind's module this file uses. */
interface PagefindModule {
  createInstance: (o: Record<string, unknown>) => PagefindInstance;
}

// A variable, so the bundler leaves the import to the browser: Pagefind's files are written
// after Astro has built the site.
const PAGEFIND_URL = '/pagefind/pagefind.js';

/**
 * Pagefind's options for every index; ranking choices are explained in docs/decisions (search).
 * Pagefind applies options only to the index they are given to, so each merged index gets them
 * again (`mergeIndex`).
 */
const INDEX_OPTIONS = {
  excerptLength: 24,
  // Links to results without Pagefind's ?highlight= parameter: the record pages do not use it.
  highlightParam: null,
  ranking: {
    // "hop" should not rank every meeting up because its type is "Cuộc họp"; dates are not words.
    metaWeights: { type: 0, date: 0 },
  },
};

let loadingModule: Promise<PagefindModule> | undefined;
let loadingList: Promise<ScopeList> | undefined;

/**
 * Downloads the header search box starts when the reader first focuses it, beside this code
 * rather than after it (src/components/search/SearchBox.astro): one round trip less before the
 * first results. Each is taken once; a retry after a failure fetches again.
 */
interface EarlyDownloads {
  pagefind?: Promise<unknown>;
  scopes?: Promise<unknown>;
}

function takeEarly(name: keyof EarlyDownloads): Promise<unknown> | undefined {
  const early = (globalThis as { ntmSearchEarly?: EarlyDownloads }).ntmSearchEarly;
  const download = early?.[name];
  if (early) delete early[name];
  return download;
}

/** Pagefind's module, fetched once. */
function loadModule(): Promise<PagefindModule> {
  loadingModule ??= (takeEarly('pagefind') ??
    import(/* @vite-ignore */ PAGEFIND_URL)) as Promise<PagefindModule>;
  loadingModule.catch(() => {
    loadingModule = undefined;
  });
  return loadingModule;
}

/** The list of indexes: one, or one per province. */
export function loadScopeList(): Promise<ScopeList> {
  loadingList ??= (
    (takeEarly('scopes') as Promise<Response> | undefined) ?? fetch(`/pagefind/${SCOPE_LIST_FILE}`)
  ).then((response) => {
    if (!response.ok) throw new Error(`${SCOPE_LIST_FILE}: HTTP ${response.status}`);
    return response.json() as Promise<ScopeList>;
  });
  loadingList.catch(() => {
    loadingList = undefined;
  });
  return loadingList;
}

/**
 * Starts fetching what a search needs, while the reader types: Pagefind's module, the list of
 * indexes, and, once a scope is known, that scope's indexes. Resolves with the list.
 */
export async function loadPagefind(scope?: string): Promise<ScopeList> {
  const [list] = await Promise.all([loadScopeList(), loadModule()]);
  if (scope !== undefined || !list.split)
    // A failure shows when the search itself runs; this only starts the downloads early.
    engineFor(list, scope ?? WHOLE_COUNTRY).folded.catch(() => undefined);
  return list;
}

/** `loadPagefind(scope)` for starting downloads early: failures show when the search runs. */
export function prefetchScope(scope?: string): void {
  loadPagefind(scope).catch(() => undefined);
}

/**
 * Pagefind instances are created one after another, each once its WebAssembly has loaded: two
 * instances that load it at the same time can end up answering from one index (a race in the
 * WebAssembly glue of Pagefind 1.6, docs/decisions/0021-search-index-per-province.md).
 */
let creating: Promise<unknown> = Promise.resolve();

/** A Pagefind instance over the indexes `paths` (the first is primary), ready to search. */
function createInstance(
  pagefind: PagefindModule,
  paths: readonly string[],
  extra: Record<string, unknown>,
): Promise<PagefindInstance> {
  const made = creating
    .catch(() => undefined)
    .then(async () => {
      const instance = pagefind.createInstance({
        ...INDEX_OPTIONS,
        ...extra,
        // Search on the page's own thread: saves fetching pagefind-worker.js (11 KB brotli) and a
        // round trip before the first query; searching in WebAssembly takes milliseconds.
        noWorker: true,
        basePath: paths[0],
      });
      await instance.search(''); // resolves once the WebAssembly and page metadata are in
      await Promise.all(
        paths.slice(1).map((path) => instance.mergeIndex(path, { ...INDEX_OPTIONS, ...extra })),
      );
      return instance;
    });
  creating = made;
  return made;
}

/** The search of one scope: its indexes in an ordinary instance and, when needed, an exact one. */
interface ScopeEngine {
  /** Pagefind `basePath` of each index, primary first. */
  paths: string[];
  /** Pagefind filters every search of the scope adds (the whole country leaves the copies of common records out). */
  filters: Record<string, unknown>;
  /** Folds diacritics (the ordinary search). */
  folded: Promise<PagefindInstance>;
  /** Runs `search` with `exactDiacritics` on. */
  exact: <T>(search: (instance: PagefindInstance) => Promise<T>) => Promise<T>;
}

const engines = new Map<string, ScopeEngine>();

/**
 * The search of `scope` (a province id or `WHOLE_COUNTRY`; an archive that is not split has one
 * scope), made once and kept: Pagefind cannot take a merged index out again.
 */
function engineFor(list: ScopeList, scope: string): ScopeEngine {
  const key = list.split ? scope : WHOLE_COUNTRY;
  const existing = engines.get(key);
  if (existing) return existing;
  const planned = plan(list, key);
  if (!planned) throw new Error(`no search index for the scope "${scope}"`);
  const { paths } = planned;
  const folded = loadModule().then((pagefind) => createInstance(pagefind, paths, {}));
  let exactInstance: Promise<PagefindInstance> | undefined;
  const engine: ScopeEngine = {
    paths,
    filters: planned.withoutCopies ? { not: { [COPY_FILTER]: COPY_VALUE } } : {},
    folded,
    exact: async (search) => {
      if (paths.length === 1) {
        // One index: switch its option for one search (no second instance, no second download).
        const instance = await folded;
        await instance.options({ exactDiacritics: true });
        try {
          return await search(instance);
        } finally {
          await instance.options({ exactDiacritics: false });
        }
      }
      // Merged indexes: an option set on an instance reaches only its primary index, so the exact
      // pass has an instance of its own, with the option given to every merged index.
      exactInstance ??= folded.then(() =>
        loadModule().then((pagefind) => createInstance(pagefind, paths, { exactDiacritics: true })),
      );
      exactInstance.catch(() => {
        exactInstance = undefined;
      });
      return search(await exactInstance);
    },
  };
  folded.catch(() => engines.delete(key));
  engines.set(key, engine);
  return engine;
}

const dateOrders = new Map<string, Promise<DateGroups>>();

/** The page ids of one index by date, fetched the first time a reader sorts by date (src/search/date-order.ts). */
function loadDateOrder(path: string): Promise<DateGroups> {
  let order = dateOrders.get(path);
  if (!order) {
    order = fetch(`${path}${DATE_ORDER_FILE}`).then((response) => {
      if (!response.ok) throw new Error(`${DATE_ORDER_FILE}: HTTP ${response.status}`);
      return response.json() as Promise<DateGroups>;
    });
    order.catch(() => dateOrders.delete(path));
    dateOrders.set(path, order);
  }
  return order;
}

/** `results` newest first, from the date files of `paths`; a page id two indexes share is dated from its own data. */
async function newestFirst(
  results: PagefindResult[],
  paths: readonly string[],
): Promise<PagefindResult[]> {
  const { dates, ambiguous } = datesById(await Promise.all(paths.map(loadDateOrder)));
  const own = new Map<PagefindResult, string | undefined>();
  await Promise.all(
    results
      .filter((r) => ambiguous.has(r.id))
      .map(async (r) => own.set(r, (await r.data()).meta.date)),
  );
  return orderByDate(results, (r) => (ambiguous.has(r.id) ? own.get(r) : dates.get(r.id)));
}

/**
 * How results are matched across passes: by page id, except ids two pages share (merged indexes
 * only: ids are unique within one index), which are matched by the page's address.
 */
async function resultKeys(
  lists: ReadonlyArray<readonly PagefindResult[]>,
): Promise<(result: PagefindResult) => string> {
  const shared = sharedIds(lists[0] ?? []);
  if (shared.size === 0) return (result) => result.id;
  const urls = new Map<PagefindResult, string>();
  await Promise.all(
    lists
      .flat()
      .filter((r) => shared.has(r.id))
      .map(async (r) => urls.set(r, (await r.data()).url)),
  );
  return (result) => (shared.has(result.id) ? `url:${urls.get(result)}` : result.id);
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
    if (key === COPY_FILTER) continue;
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
  /**
   * Where to search: a province id or `WHOLE_COUNTRY` (src/search/scopes.ts). Only an archive
   * split by province needs one; a small archive always searches its one index.
   */
  scope?: string;
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
 * with "any of" inside a key, as Pagefind's `any` does. Throws when the archive is split and the
 * request names no scope of it: the reader chooses one first.
 */
export async function searchRecords(request: SearchRequest): Promise<SearchOutcome | undefined> {
  const query = request.query.trim();
  const filters = encodeFilters(request.filters ?? {});
  const hasFilters = Object.keys(filters).length > 0;
  if (!query && !hasFilters) return undefined;
  const list = await loadPagefind();
  const engine = engineFor(list, request.scope ?? '');
  const pagefind = await engine.folded;
  const pagefindFilters = Object.fromEntries(
    Object.entries(filters).map(([k, v]) => [k, { any: v }]),
  );
  const newest = request.order === 'newest' || !query;
  const options = { filters: { ...pagefindFilters, ...engine.filters } };
  const term = query ? toIndexText(query) : null;
  // One query at a time: the exact pass of a single index changes an instance-wide option.
  const run = searching
    .catch(() => undefined)
    .then(async (): Promise<{ results: PagefindResult[]; folded: PagefindSearch }> => {
      if (newest) {
        const folded = await pagefind.search(term, options);
        return { results: await newestFirst(folded.results, engine.paths), folded };
      }
      const folded = await pagefind.search(term, options);
      if (!term) return { results: folded.results, folded };
      const phrase = phraseQuery(term);
      const passes: { phrase?: PagefindResult[]; exact?: PagefindResult[] } = {};
      if (phrase) passes.phrase = (await pagefind.search(phrase, options)).results;
      if (hasDiacritics(query))
        passes.exact = (await engine.exact((exact) => exact.search(term, options))).results;
      const keyOf = await resultKeys([folded.results, passes.phrase ?? [], passes.exact ?? []]);
      return { results: orderInTiers(folded.results, passes, keyOf), folded };
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
        // A document number names the document before the plan it adopted.
        nameMatchesFirst(hits, query, (hit) => hit.url.startsWith('/van-ban/')),
      );
      const first = (await firstWindow).slice(from, from + count);
      const rest =
        from + count > NAME_WINDOW ? await load(results.slice(NAME_WINDOW, from + count)) : [];
      return [...first, ...rest];
    },
    filterCounts: decodeCounts(folded.filters),
  };
}

/** Every filter value in the scope's indexes with its page count (loads Pagefind's filter files). */
export async function allFilterValues(scope?: string): Promise<FilterCounts> {
  const list = await loadPagefind();
  const engine = engineFor(list, scope ?? '');
  const pagefind = await engine.folded;
  const all = await pagefind.filters();
  if (Object.keys(engine.filters).length === 0) return decodeCounts(all);
  // Counted again without the copies of common records (the whole country has each once): a
  // search by filters alone counts the values of every filter file loaded above.
  const counted = await pagefind.search(null, { filters: engine.filters });
  return decodeCounts(counted.filters);
}
