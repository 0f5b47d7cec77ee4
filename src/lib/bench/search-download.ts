/**
 * The bytes a reader downloads for a first search: Chromium opens the built home page, loads
 * Pagefind's JS API the way the site does (`import('/pagefind/pagefind.js')`), runs one query
 * for a common word and loads the first five results' excerpts, as a results list would. Every
 * file fetched under /pagefind/ is counted at the size it travels: Pagefind's index, fragment,
 * filter, metadata and WebAssembly files are gzip-compressed already and count as they are;
 * JavaScript, CSS and JSON count gzip-compressed (level 9), as the server sends them. Files are
 * served straight from disk through Playwright's request routing, so no port is opened.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

/** One first query's downloads. */
export interface SearchDownload {
  query: string;
  /** Results the query found. */
  results: number;
  /** Bytes per kind: library (JS + WebAssembly), meta (entry and metadata), index chunks, filters, fragments. */
  bytes: { library: number; meta: number; index: number; filters: number; fragments: number; total: number };
  /** Every file fetched, with the bytes counted for it. */
  files: Array<{ path: string; bytes: number }>;
}

const ORIGIN = 'http://site.bench.invalid';
const PRECOMPRESSED = /\.(pf_index|pf_fragment|pf_filter|pf_meta|pagefind)$/;

function bytesOnTheWire(file: string): number {
  return PRECOMPRESSED.test(file) ? statSync(file).size : gzipSync(readFileSync(file), { level: 9 }).length;
}

function kindOf(path: string): keyof Omit<SearchDownload['bytes'], 'total'> {
  if (path.endsWith('.pf_index')) return 'index';
  if (path.endsWith('.pf_fragment')) return 'fragments';
  if (path.endsWith('.pf_filter')) return 'filters';
  if (path.endsWith('.pf_meta') || path.endsWith('.json')) return 'meta';
  return 'library';
}

/** Measures the first query for `query` on the site in `siteDir`, in a browser from `launch`. */
export async function measureFirstQuery(siteDir: string, query: string, launch: () => Promise<Browser>): Promise<SearchDownload> {
  const browser = await launch();
  const files: SearchDownload['files'] = [];
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    await context.route(`${ORIGIN}/**`, async (route) => {
      const path = decodeURIComponent(new URL(route.request().url()).pathname);
      let file = normalize(join(siteDir, path));
      if (!file.startsWith(siteDir)) return route.fulfill({ status: 403 });
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
      if (path.startsWith('/pagefind/')) files.push({ path, bytes: bytesOnTheWire(file) });
      return route.fulfill({ path: file });
    });
    const page = await context.newPage();
    await page.goto(`${ORIGIN}/`);
    const before = files.length;
    if (before > 0) throw new Error(`the home page fetched ${before} search files before any query: search must cost nothing until used`);
    const results = await page.evaluate(async (q) => {
      const pagefind = await import('/pagefind/pagefind.js' as string);
      await pagefind.init();
      const search = await pagefind.search(q);
      await Promise.all(search.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data()));
      return search.results.length as number;
    }, query);
    await context.close();
    const bytes = { library: 0, meta: 0, index: 0, filters: 0, fragments: 0, total: 0 };
    for (const f of files) {
      bytes[kindOf(f.path)] += f.bytes;
      bytes.total += f.bytes;
    }
    return { query, results, bytes, files };
  } finally {
    await browser.close();
  }
}
