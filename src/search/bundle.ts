/**
 * Pagefind writes its index, fragments, metadata and WebAssembly gzip-compressed, and nginx
 * would send those bytes as they are. Brotli at its best quality makes them 10–35 % smaller
 * (the page metadata of a 10,000-page site: 100 KB gzip → 65 KB brotli). Pagefind's client
 * accepts the files uncompressed (it checks for its `pagefind_dcd` signature before gunzipping),
 * so this step stores each file uncompressed, keeps Pagefind's own gzip as `x.gz` and adds a
 * brotli `x.br`, which nginx serves by Accept-Encoding (`gzip_static`, `brotli_static`).
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gunzip } from 'node:zlib';
import { DATE_ORDER_FILE, newestFirst } from './date-order.ts';

const brotli = promisify(brotliCompress);
const gunzipAsync = promisify(gunzip);

const SIGNATURE = 'pagefind_dcd';

/** True for Pagefind's gzip-inside files (index chunks, fragments, filters, metadata, wasm). */
export function isPagefindBinary(name: string): boolean {
  return /\.(pf_meta|pf_index|pf_filter|pf_fragment|pagefind)$/.test(name);
}

/**
 * Quality 11 for the files every first query fetches (page metadata, WebAssembly); 10 for word
 * chunks and filters: 2 % larger, three times faster. 7 for fragments, one per page: 5 % larger
 * than 10 (0.97 KB against 0.92 KB a fragment), fifteen times faster (0.1 ms against 1.5 ms a
 * fragment: 20 s of a 5,000-meeting build).
 */
function brotliQuality(file: string): number {
  if (/\.(pf_meta|pagefind)$/.test(file)) return constants.BROTLI_MAX_QUALITY;
  return file.endsWith('.pf_fragment') ? 7 : 10;
}

/**
 * Brotli copies already made in this process, by the SHA-256 of the file as Pagefind wrote it:
 * every index of an archive split by province carries the same WebAssembly (55 KB gzip, half a
 * second at quality 11), compressed once.
 */
const brotliMade = new Map<string, Buffer>();

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/**
 * Rewrites every Pagefind binary under `pagefindDir` as described above. Returns how many files
 * it rewrote and their bytes as gzip (before) and brotli (after). Idempotent: a file already
 * stored uncompressed is left alone.
 */
export async function storePagefindFilesForBrotli(
  pagefindDir: string,
  concurrency = 8,
): Promise<{ files: number; gzipBytes: number; brotliBytes: number }> {
  const files = (await listFiles(pagefindDir)).filter(isPagefindBinary);
  const report = { files: 0, gzipBytes: 0, brotliBytes: 0 };
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      const stored = await readFile(file);
      if (stored.subarray(0, SIGNATURE.length).toString('latin1') === SIGNATURE) continue;
      const raw = await gunzipAsync(stored);
      if (raw.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE)
        throw new Error(`${file} is not a Pagefind file`);
      const shared = file.endsWith('.pagefind')
        ? createHash('sha256').update(stored).digest('hex')
        : undefined;
      const br =
        (shared === undefined ? undefined : brotliMade.get(shared)) ??
        (await brotli(raw, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: brotliQuality(file),
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_GENERIC,
            [constants.BROTLI_PARAM_SIZE_HINT]: raw.byteLength,
          },
        }));
      if (shared) brotliMade.set(shared, br);
      await writeFile(`${file}.gz`, stored);
      // No brotli copy when it would not beat Pagefind's gzip: nginx then sends the .gz.
      if (br.byteLength < stored.byteLength) await writeFile(`${file}.br`, br);
      await writeFile(file, raw);
      report.files++;
      report.gzipBytes += stored.byteLength;
      report.brotliBytes += Math.min(br.byteLength, stored.byteLength);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return report;
}

/** The bytes of a Pagefind file without its gzip and signature, whether stored gzip or not. */
async function readPagefindFile(file: string): Promise<Buffer> {
  const stored = await readFile(file);
  const raw =
    stored.subarray(0, SIGNATURE.length).toString('latin1') === SIGNATURE
      ? stored
      : await gunzipAsync(stored);
  return raw.subarray(SIGNATURE.length);
}

/** One indexed page, as its fragment stores it (text as the index holds it: đ encoded). */
export interface IndexedPage {
  /** Pagefind's page id (the fragment's name). */
  id: string;
  url: string;
  meta: Record<string, string | undefined>;
}

/** Every page of the index in `pagefindDir`, read from its fragments, by address. */
export async function readIndexedPages(
  pagefindDir: string,
  concurrency = 8,
): Promise<IndexedPage[]> {
  const fragments = (await listFiles(join(pagefindDir, 'fragment'))).filter((f) =>
    f.endsWith('.pf_fragment'),
  );
  const pages: IndexedPage[] = [];
  let next = 0;
  const worker = async () => {
    while (next < fragments.length) {
      const file = fragments[next++]!;
      const data = JSON.parse((await readPagefindFile(file)).toString('utf8')) as {
        url: string;
        meta?: Record<string, string | undefined>;
      };
      pages.push({ id: basename(file, '.pf_fragment'), url: data.url, meta: data.meta ?? {} });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return pages.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/**
 * Writes `<pagefindDir>/ntm-newest.json`: the ids of the dated pages grouped by date, newest
 * first, read from the `date` metadata of every fragment (src/search/date-order.ts). Returns how
 * many pages it listed.
 */
export async function writeDateOrder(pagefindDir: string): Promise<number> {
  const pages = (await readIndexedPages(pagefindDir)).map(({ id, meta }) => ({
    id,
    ...(meta.date ? { date: meta.date } : {}),
  }));
  const order = newestFirst(pages);
  await writeFile(join(pagefindDir, DATE_ORDER_FILE), `${JSON.stringify(order)}\n`);
  return order.reduce((sum, [, ...ids]) => sum + ids.length, 0);
}
