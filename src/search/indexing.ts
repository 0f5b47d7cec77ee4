/**
 * Writes the search index of a built site with Pagefind's Node API: one index for a small archive,
 * one per province once the archive is large (src/search/scopes.ts,
 * docs/decisions/0021-search-index-per-province.md). Each index is written in turn by a Pagefind
 * process of its own, which ends before the next starts, so indexing memory is bounded by the
 * largest province, not by the archive. An index whose input is unchanged since the previous
 * build is copied from it instead of written again.
 *
 * Pages are handed to Pagefind one by one, in path order, as HTML with đ/Đ written as d/D + a
 * combining stroke (`toIndexText`), so that Pagefind's own diacritic folding also folds đ; the
 * pages on disk are not changed, and the search client decodes what it shows
 * (src/search/folding.ts). The order makes the output the same bytes for the same pages on any
 * machine (Pagefind numbers pages in the order they are added; reading a folder follows the file
 * system's order).
 */
import { createHash, type Hash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { descendantPeakBytes } from '../build/process-memory.ts';
import { storePagefindFilesForBrotli, writeDateOrder } from './bundle.ts';
import { toIndexText } from './folding.ts';
import {
  COMMON_INDEX,
  COPY_FILTER,
  COPY_VALUE,
  indexFolder,
  SCOPE_LIST_FILE,
  SPLIT_AT_PAGES,
  type ScopeIndex,
  type ScopeList,
} from './scopes.ts';

/**
 * Parts of a record page that the search index skips, on top of the `data-pagefind-ignore`
 * markup in the pages: interface labels repeated on every page (fact labels, table captions and
 * headers, task states and deadlines), a meeting's task list (it restates the conclusions, which
 * are indexed in the meeting's text), the source block (the article's title and publisher
 * again) and the list of places a meeting discussed (links to other records). Every word kept
 * out of the index is a word no reader downloads with a query.
 */
export const SEARCH_EXCLUDED = [
  'dt',
  'caption',
  'thead',
  '.task .meta',
  '.state',
  '.tasks',
  'section[aria-labelledby="nguon"]',
  'section[aria-labelledby="dia-ban"]',
] as const;

/** Pagefind's settings for every index. */
const PAGEFIND_CONFIG = {
  forceLanguage: 'vi',
  excludeSelectors: [...SEARCH_EXCLUDED],
};

/**
 * Pagefind's word-chunk size, in word locations per chunk (its own default: 20,000), set through
 * its only knob, the environment variable `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE` (which, if set
 * before the build, wins: for measuring). A query downloads the chunk of each word it has; a
 * chunk is filled with the words that sort next to it up to this size, so in a province's index
 * of 900 pages "nong thon" loaded two chunks of 15 KB for two words. At 5,000 those chunks are
 * 4 KB (first query 108 → 88 KB brotli); the page metadata every first query loads grows by
 * 0.4 KB (more chunks to list). Smaller still (2,000) saved 2–4 KB more for 1 KB more metadata
 * and more files. One word's locations are never split, so the most common words cost the same.
 * A side effect: Pagefind expands a word typed as a prefix ("ke" → "kết") only within the chunks
 * it loads, so fewer prefix-only matches come back ("ke hoach" on 2,746 pages: 959 → 946 results).
 */
const CHUNK_SIZE = '5000';

/**
 * Changes whenever this module writes an index differently from the same pages: part of the
 * key that decides whether the previous build's index can be reused.
 */
const INDEX_FORMAT = 'ntm-index-1';

/** In each index's folder: the key of the input it was written from (not read by browsers). */
const INPUT_KEY_FILE = 'ntm-input.sha256';

/** How many pages are on their way to Pagefind's process at once. */
const PAGES_IN_FLIGHT = 32;

/** What to index and how. */
export interface IndexingOptions {
  /** The previous build's site (its `pagefind/` folder): unchanged indexes are copied from it. */
  previousDir?: string;
  /** Split the index by province from this many indexed pages. Default: `SPLIT_AT_PAGES`. */
  splitAt?: number;
}

/** One index as this build got it. */
export interface IndexReport {
  /** The province's place id, `COMMON_INDEX`, or "" for the single index of a small archive. */
  id: string;
  pages: number;
  /** True when copied from the previous build (its input unchanged). */
  reused: boolean;
  seconds: number;
  /** The most memory Pagefind's process held while writing it (null when not measurable or reused). */
  peakBytes: number | null;
}

/** What `indexWithPagefind` did. */
export interface IndexingReport {
  /** Pages indexed, in all indexes. */
  pages: number;
  split: boolean;
  indexes: IndexReport[];
}

/** The pages of one index, as found in the built site. */
interface PageGroup {
  id: string;
  name: string;
  files: string[];
  /** Over what Pagefind reads of each page, in path order. */
  hash: Hash;
}

/** What one index is written from: its pages, and copies of the common index's pages. */
interface IndexInput {
  id: string;
  name: string;
  /** Pages of its own, in path order. */
  files: string[];
  /** Pages of the common index copied in, marked (`COPY_FILTER`), in path order. */
  copies: string[];
  /** Identifies everything Pagefind reads: the pages, the copies, its version and settings. */
  key: string;
}

/**
 * Writes the search index of the site built in `outDir` into `<outDir>/pagefind/`, with
 * `ntm-scopes.json` listing what was written.
 */
export async function indexWithPagefind(
  outDir: string,
  options: IndexingOptions = {},
): Promise<IndexingReport> {
  const pagefindDir = join(outDir, 'pagefind');
  const previousDir =
    options.previousDir && resolve(options.previousDir) !== resolve(outDir)
      ? join(options.previousDir, 'pagefind')
      : undefined;
  // Pagefind never overwrites a file it finds and never removes one: start empty.
  rmSync(pagefindDir, { recursive: true, force: true });
  const groups = groupPages(outDir);
  const pages = [...groups.values()].reduce((sum, g) => sum + g.files.length, 0);
  const split = pages >= (options.splitAt ?? SPLIT_AT_PAGES);
  const base = keyBase();

  const digest = (g: PageGroup | undefined) => (g ? g.hash.digest('hex') : '');
  const indexes: IndexReport[] = [];
  const written: Array<{ input: IndexInput; folder: string }> = [];
  if (!split) {
    // One index of every page, as before the split.
    const sorted = [...groups.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
    const input: IndexInput = {
      id: '',
      name: '',
      files: sorted.flatMap((g) => g.files).sort(),
      copies: [],
      key: key(base, ...sorted.map((g) => `${g.id}\0${digest(g)}`)),
    };
    indexes.push(await writeOrReuse(input, outDir, pagefindDir, previousDir));
    written.push({ input, folder: pagefindDir });
  } else {
    mkdirSync(pagefindDir, { recursive: true });
    const common = groups.get(COMMON_INDEX);
    const commonFiles = common?.files ?? [];
    const commonDigest = digest(common);
    const inputs: IndexInput[] = [...groups.values()]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((group) => {
        const isCommon = group.id === COMMON_INDEX;
        const own = isCommon ? commonDigest : digest(group);
        return {
          id: group.id,
          name: group.name,
          files: group.files,
          // A province's index holds the common pages too, so that a province is searched in
          // one index; the whole country leaves the copies out (src/search/scopes.ts).
          copies: isCommon ? [] : commonFiles,
          key: key(base, own, ...(isCommon ? [] : [`copies\0${commonDigest}`])),
        };
      });
    for (const input of inputs) {
      const folder = join(pagefindDir, indexFolder(input.id));
      const previous = previousDir && join(previousDir, indexFolder(input.id));
      indexes.push(await writeOrReuse(input, outDir, folder, previous));
      written.push({ input, folder });
    }
    shareTheScript(
      pagefindDir,
      written.map((w) => w.folder),
      previousDir,
    );
  }
  const list: ScopeList = split ? { split: true, indexes: listIndexes(written) } : { split: false };
  writeFileSync(join(pagefindDir, SCOPE_LIST_FILE), `${JSON.stringify(list)}\n`);
  return { pages, split, indexes };
}

/** An index's key: SHA-256 over the key base and the digests of its inputs. */
function key(base: string, ...parts: string[]): string {
  const hash = createHash('sha256').update(base);
  for (const part of parts) hash.update(`\0${part}`);
  return hash.digest('hex');
}

/**
 * Reads every built page once: which pages are indexed (record pages mark their content with
 * `data-pagefind-body`; Pagefind would skip the others after parsing them), which index each
 * belongs to (`data-search-scope`, from src/components/search/SearchFacets.astro), and a hash of
 * what Pagefind reads of it. Keeps only paths, so memory does not grow with the pages' text.
 */
function groupPages(outDir: string): Map<string, PageGroup> {
  const groups = new Map<string, PageGroup>();
  for (const file of listHtmlFiles(outDir)) {
    const html = readFileSync(join(outDir, file), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const id = attribute(html, 'data-search-scope') || COMMON_INDEX;
    let group = groups.get(id);
    if (!group) {
      group = { id, name: '', files: [], hash: createHash('sha256') };
      groups.set(id, group);
    }
    if (!group.name && id !== COMMON_INDEX) group.name = attribute(html, 'data-search-scope-name');
    group.files.push(file);
    group.hash.update(`${file}\0${searchInput(html)}\0`);
  }
  return groups;
}

/** The value of the first `name="…"` attribute in `html`, entities decoded; "" when absent. */
function attribute(html: string, name: string): string {
  const value = new RegExp(`\\s${name}="([^"]*)"`).exec(html)?.[1] ?? '';
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * What of a page can change its search index: the page without the parts Pagefind never reads
 * (the head but its title, scripts, styles, and the footer, which carries the build date).
 * Hashing this rather than the page keeps an index reusable when only the styles, the scripts
 * or the day of the build changed.
 */
export function searchInput(html: string): string {
  return html
    .replace(
      /<head[\s>][\s\S]*?<\/head>/i,
      (head) => /<title>[\s\S]*?<\/title>/i.exec(head)?.[0] ?? '',
    )
    .replace(/<script[\s>][\s\S]*?<\/script>/gi, '')
    .replace(/<style[\s>][\s\S]*?<\/style>/gi, '')
    .replace(/<footer data-pagefind-ignore="all">[\s\S]*?<\/footer>/g, '');
}

/** What every index's key starts with: Pagefind's version, its settings and this module's format. */
function keyBase(): string {
  const version = (JSON.parse(readFileSync(pagefindPackageFile(), 'utf8')) as { version: string })
    .version;
  return JSON.stringify({
    pagefind: version,
    config: PAGEFIND_CONFIG,
    chunkSize: chunkSize(),
    format: INDEX_FORMAT,
  });
}

/** The word-chunk size Pagefind gets (`CHUNK_SIZE` unless the environment says otherwise). */
function chunkSize(): string {
  return process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ?? CHUNK_SIZE;
}

/** Pagefind's package.json, found as Node finds the package: in the nearest node_modules up. */
function pagefindPackageFile(): string {
  for (let dir = import.meta.dirname; ; dir = dirname(dir)) {
    const file = join(dir, 'node_modules', 'pagefind', 'package.json');
    if (existsSync(file)) return file;
    if (dirname(dir) === dir) throw new Error('the pagefind package is not installed');
  }
}

/**
 * Copies the index from the previous build when its key (the pages' input, Pagefind's version
 * and settings) is unchanged, else writes it.
 */
async function writeOrReuse(
  input: IndexInput,
  siteDir: string,
  folder: string,
  previous: string | undefined,
): Promise<IndexReport> {
  const start = performance.now();
  const report = { id: input.id, pages: input.files.length };
  if (previous && readIfExists(join(previous, INPUT_KEY_FILE)) === input.key) {
    // Copied whole: the index, its .gz/.br copies and its date order were made from these pages.
    cpSync(previous, folder, {
      recursive: true,
      // The single index of a small archive is Pagefind's folder itself: leave other indexes' folders.
      filter: (source) =>
        source === previous || !statSync(source).isDirectory() || isIndexPart(source, previous),
    });
    return { ...report, reused: true, seconds: seconds(start), peakBytes: null };
  }
  const peakBytes = await writeIndex(input, siteDir, folder);
  writeFileSync(join(folder, INPUT_KEY_FILE), `${input.key}\n`);
  return { ...report, reused: false, seconds: seconds(start), peakBytes };
}

/** True for the sub-folders an index writes (index/, fragment/, filter/). */
function isIndexPart(source: string, indexDir: string): boolean {
  const relative = source.slice(indexDir.length + 1).split(sep)[0]!;
  return ['index', 'fragment', 'filter'].includes(relative);
}

function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return undefined;
  }
}

const seconds = (start: number) => (performance.now() - start) / 1000;

/**
 * Indexes the pages of `input` (paths under `siteDir`, in order; then its copies of the common
 * pages, marked) with a Pagefind process of its own and writes the index into `folder`. Returns
 * the most memory that process held.
 */
async function writeIndex(
  input: IndexInput,
  siteDir: string,
  folder: string,
): Promise<number | null> {
  const pagefind = await import('pagefind');
  // Read by Pagefind's process when it starts (each index starts one).
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = chunkSize();
  try {
    const { index, errors } = await pagefind.createIndex(PAGEFIND_CONFIG);
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const pages = [
      ...input.files.map((file) => ({ file, copy: false })),
      ...input.copies.map((file) => ({ file, copy: true })),
    ];
    for (let from = 0; from < pages.length; from += PAGES_IN_FLIGHT) {
      const added = await Promise.all(
        pages.slice(from, from + PAGES_IN_FLIGHT).map(({ file, copy }) => {
          const html = toIndexText(readFileSync(join(siteDir, file), 'utf8'));
          return index.addHTMLFile({ sourcePath: file, content: copy ? markAsCopy(html) : html });
        }),
      );
      const failed = added.flatMap((a) => a.errors);
      if (failed.length > 0)
        throw new Error(`Pagefind could not index the site: ${failed.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: folder });
    if (written.errors.length > 0)
      throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    const peak = descendantPeakBytes(/pagefind(_extended)?\0--service/);
    await index.deleteIndex();
    removeUnusedPagefindUi(folder);
    await writeDateOrder(folder);
    await storePagefindFilesForBrotli(folder);
    return peak;
  } finally {
    // A fresh process for the next index: memory goes back to the system now.
    await pagefind.close();
  }
}

/**
 * A common page as copied into a province's index: with the filter `COPY_FILTER`, by which a
 * search of the whole country leaves the copies out (it has the common index itself). Put inside
 * the page's indexed region, where Pagefind reads filters.
 */
export function markAsCopy(html: string): string {
  return html.replace(
    /<[^>]*\sdata-pagefind-body[^>]*>/,
    (body) =>
      `${body}<span data-pagefind-filter="${COPY_FILTER}[data-v]" data-v="${COPY_VALUE}"></span>`,
  );
}

/**
 * Pagefind always writes its ready-made interfaces; the site uses only the JS API (pagefind.js,
 * its worker and wasm), so the prebuilt UI bundles (≈ 420 KB) are not published.
 */
function removeUnusedPagefindUi(pagefindDir: string): void {
  for (const name of readdirSync(pagefindDir)) {
    if (/^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/.test(name))
      rmSync(join(pagefindDir, name));
  }
}

/**
 * In a split archive every index folder would carry the same pagefind.js: keep one copy in
 * `/pagefind/` (the browser loads it once and points each index at its folder). The
 * WebAssembly stays in each folder: Pagefind fetches it from the folder of the first index a
 * search opens. The worker is not used (the site searches on the page's thread).
 */
function shareTheScript(pagefindDir: string, folders: readonly string[], previousDir?: string) {
  const shared = join(pagefindDir, 'pagefind.js');
  for (const folder of folders) {
    for (const name of ['pagefind.js', 'pagefind-worker.js']) {
      const file = join(folder, name);
      if (!existsSync(file)) continue;
      if (name === 'pagefind.js' && !existsSync(shared)) renameSync(file, shared);
      else rmSync(file);
    }
  }
  // Every index was reused: the script is the previous build's.
  if (!existsSync(shared) && previousDir && existsSync(join(previousDir, 'pagefind.js')))
    cpSync(join(previousDir, 'pagefind.js'), shared);
  if (!existsSync(shared)) throw new Error(`no pagefind.js was written into ${pagefindDir}`);
}

/** The indexes of a split archive for `ntm-scopes.json`: provinces by name, the common index last. */
function listIndexes(written: ReadonlyArray<{ input: IndexInput; folder: string }>): ScopeIndex[] {
  const collator = new Intl.Collator('vi');
  return written
    .map(({ input, folder }) => ({
      id: input.id,
      name: input.name,
      pages: input.files.length + input.copies.length,
      bytes: firstSearchBytes(folder),
    }))
    .sort((a, b) =>
      a.id === COMMON_INDEX
        ? 1
        : b.id === COMMON_INDEX
          ? -1
          : collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1),
    );
}

/**
 * What a first search in one index downloads (brotli, or gzip where brotli is not smaller): the
 * entry file and page metadata before any word, and the average word chunk per word.
 */
function firstSearchBytes(folder: string): ScopeIndex['bytes'] {
  const served = (file: string) =>
    [`${file}.br`, `${file}.gz`, file]
      .filter((f) => existsSync(f))
      .map((f) => statSync(f).size)
      .reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
  const meta = readdirSync(folder).filter((name) => name.endsWith('.pf_meta'));
  const start = [join(folder, 'pagefind-entry.json'), ...meta.map((m) => join(folder, m))]
    .map(served)
    .reduce((a, b) => a + b, 0);
  const chunks = readdirSync(join(folder, 'index'))
    .filter((name) => name.endsWith('.pf_index'))
    .map((name) => served(join(folder, 'index', name)));
  const word = chunks.length > 0 ? chunks.reduce((a, b) => a + b, 0) / chunks.length : 0;
  return { start, word: Math.round(word) };
}

/** The HTML files under `dir` (relative paths with "/"), Pagefind's own folder left out. */
function listHtmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(sep).join('/'))
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
    .sort();
}
