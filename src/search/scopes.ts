/**
 * Search scopes: the search index is split by province once the archive is large, and a reader
 * searches one province (with the records that belong to no province) or the whole country.
 * Plain data and functions, shared by the build (which writes the indexes and the list of them)
 * and the browser (which picks the scope and loads only its indexes).
 *
 * Layout of `/pagefind/` (docs/decisions/0021-search-index-per-province.md):
 * - a small archive (fewer indexed pages than `SPLIT_AT_PAGES`): one index, as Pagefind writes it,
 *   in `/pagefind/` itself;
 * - a large archive: Pagefind's script once in `/pagefind/pagefind.js`, and one index folder per
 *   province (`/pagefind/<province id>/`) plus `/pagefind/_chung/` for the records of national
 *   bodies and records with no known province. Folders are siblings, never nested: Pagefind
 *   refuses to merge an index whose address contains another's. Each province's index also holds
 *   copies of the common records (marked with the filter `COPY_FILTER`), so that a province is
 *   searched in one index, ranked with one index's statistics; the whole country searches the
 *   common index and every province's, without the copies.
 * - either way `/pagefind/ntm-scopes.json` (`ScopeList`) says which it is and lists the indexes.
 */

/** The address parameter that carries the scope: `/tim-kiem/?q=…&pham-vi=ha-tinh`. */
export const SCOPE_PARAM = 'pham-vi';

/** The scope value for the whole country. */
export const WHOLE_COUNTRY = 'ca-nuoc';

/** Where the browser keeps the reader's last chosen scope (localStorage). */
export const SCOPE_STORAGE_KEY = 'ntm-pham-vi';

/** The index of records that belong to no province: national bodies, unknown places. */
export const COMMON_INDEX = '_chung';

/** The filter that marks a common record copied into a province's index, and its value. */
export const COPY_FILTER = 'ntm-ban-sao';
export const COPY_VALUE = 'co';

/** The list of indexes, in Pagefind's folder. */
export const SCOPE_LIST_FILE = 'ntm-scopes.json';

/**
 * From this many indexed pages on, the index is split by province. Below it the site keeps one
 * index and every reader searches the whole archive, as before the split. Chosen from the cost
 * of a common word, which grows with the pages of its index: "nong thon" cost 129.5 KB (gzip) on
 * one index of 2,760 pages; 2,000 pages keeps a common word's first query near the 100 KB target.
 */
export const SPLIT_AT_PAGES = 2000;

/** One index of a split archive. */
export interface ScopeIndex {
  /** The province's place id, or `COMMON_INDEX`. */
  id: string;
  /** The province's name as readers know it ("Hà Tĩnh"); empty for the common index. */
  name: string;
  /** Pages in the index (a province's: its own and the copies of the common ones). */
  pages: number;
  /**
   * What a first search in this index downloads, brotli: `start` before any word (its entry file
   * and page metadata), `word` for one word (its average word chunk).
   */
  bytes: { start: number; word: number };
}

/** `/pagefind/ntm-scopes.json`. */
export type ScopeList =
  | { split: false }
  | {
      split: true;
      /** The provinces' indexes, by name in Vietnamese order, then the common index (if any). */
      indexes: ScopeIndex[];
    };

/** The folder of one index under `/pagefind/`: the province id, with any "/" made a ".". */
export function indexFolder(id: string): string {
  return id.replaceAll('/', '.');
}

/** The address of an index's folder, as Pagefind's `basePath`. */
export function indexPath(id: string): string {
  return `/pagefind/${indexFolder(id)}/`;
}

/** The province indexes of a split archive (the common index left out). */
export function provinceIndexes(list: ScopeList): ScopeIndex[] {
  return list.split ? list.indexes.filter((i) => i.id !== COMMON_INDEX) : [];
}

/** The indexes one search loads: the first is Pagefind's primary, the others are merged into it. */
export interface IndexPlan {
  /** Pagefind `basePath` of each index, primary first. */
  paths: string[];
  /** Leave out the provinces' copies of the common records (they are in the common index). */
  withoutCopies: boolean;
}

/**
 * The indexes a scope searches: a province, its own index (which holds the common records too);
 * the whole country, the common index and every province's; an archive that is not split, its
 * one index. Undefined for a scope that names no index.
 */
export function plan(list: ScopeList, scope: string): IndexPlan | undefined {
  if (!list.split) return { paths: ['/pagefind/'], withoutCopies: false };
  if (scope === WHOLE_COUNTRY) {
    const common = list.indexes.filter((i) => i.id === COMMON_INDEX);
    return {
      paths: [...common, ...provinceIndexes(list)].map((i) => indexPath(i.id)),
      withoutCopies: true,
    };
  }
  const province = provinceIndexes(list).find((i) => i.id === scope);
  return province ? { paths: [indexPath(province.id)], withoutCopies: false } : undefined;
}

/** Where a scope can come from, strongest first. */
export interface ScopeSources {
  /** `?pham-vi=` in the address. */
  requested?: string | null | undefined;
  /** The province of the page the reader is on (record pages say it: `data-search-scope`). */
  page?: string | null;
  /** The reader's last choice, kept in the browser. */
  stored?: string | null;
}

/**
 * The scope to search in: the one in the address, else the page's province, else the reader's
 * last choice, else the whole archive when it is not split. Undefined when the reader must
 * choose first (a split archive and nothing to go on): never every index without asking.
 * Values that name no index are skipped.
 */
export function resolveScope(list: ScopeList, sources: ScopeSources): string | undefined {
  if (!list.split) return WHOLE_COUNTRY;
  for (const candidate of [sources.requested, sources.page, sources.stored]) {
    if (candidate && plan(list, candidate)) return candidate;
  }
  return undefined;
}

/** What searching the whole country costs: brotli bytes before the first word, and per word. */
export function wholeCountryCost(list: ScopeList): {
  indexes: number;
  start: number;
  word: number;
} {
  if (!list.split) return { indexes: 1, start: 0, word: 0 };
  return {
    indexes: provinceIndexes(list).length,
    start: list.indexes.reduce((sum, i) => sum + i.bytes.start, 0),
    word: list.indexes.reduce((sum, i) => sum + i.bytes.word, 0),
  };
}

/** A download size for readers, the Vietnamese way: "850 KB", "1,2 MB" (1 KB = 1,000 bytes). */
export function formatSize(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))} KB`;
  return `${(bytes / 1_000_000).toFixed(1).replace('.', ',')} MB`;
}
