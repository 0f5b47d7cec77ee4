/**
 * Precompression: writes `x.gz` and `x.br` next to every compressible file of the built site, so
 * nginx serves them as they are (`gzip_static`, `brotli_static`; see
 * scripts/nginx/ntm-records.conf) instead of compressing on every request, and at levels too slow
 * to spend per request (gzip 9; brotli 7 for pages, 11 for shared scripts: `brotliQuality`).
 */
import { copyFile, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { PostBuildStep } from './pipeline.ts';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/**
 * Extensions worth compressing: text formats. Images are already compressed, and Pagefind's
 * `.pf_*` and `.pagefind` files are gzip inside.
 */
export const COMPRESSIBLE_EXTENSIONS: readonly string[] = [
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.svg',
  '.xml',
  '.txt',
  '.csv',
  '.webmanifest',
  '.map',
];

/** Files smaller than this are sent as they are: a compressed copy would save less than a packet. */
export const MIN_COMPRESS_BYTES = 256;

/** True when `path` is a text file worth a compressed copy (by extension). */
export function isCompressible(path: string): boolean {
  return COMPRESSIBLE_EXTENSIONS.includes(extname(path).toLowerCase());
}

/**
 * Brotli quality for a file. Measured on the 1,000-meeting benchmark site (100 MB of pages and
 * data): quality 7 gives 26.5 % of the original size at 30 MB/s, quality 11 gives 24.6 % at
 * 0.6 MB/s, which made precompression take four minutes. So pages and data get 7; the scripts
 * under /_astro/ and /pagefind/, few, shared by every page and cached for a year, get 11.
 */
export function brotliQuality(path: string): number {
  return /[\\/](_astro|pagefind)[\\/]/.test(path) ? constants.BROTLI_MAX_QUALITY : 7;
}

/** The gzip (level 9) and brotli encodings of `bytes`. Deterministic: same bytes in, same bytes out. */
export async function compressBoth(
  bytes: Uint8Array,
  brotliLevel: number = constants.BROTLI_MAX_QUALITY,
): Promise<{ gzip: Buffer; brotli: Buffer }> {
  const [g, b] = await Promise.all([
    gz(bytes, { level: 9 }),
    brotli(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: brotliLevel,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
      },
    }),
  ]);
  return { gzip: g, brotli: b };
}

async function listAll(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  )) {
    const path = join(dir, entry.name);
    // A loop, not push(...list): a folder of 100,000 files (Pagefind's fragments at 20,000
    // meetings) overflows the call stack as spread arguments.
    if (entry.isDirectory()) for (const file of await listAll(path)) out.push(file);
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/** What `precompressFolder` did. */
export interface PrecompressReport {
  /** Files that got a `.gz` and a `.br` copy. */
  files: number;
  /** Bytes before, and after brotli, over those files. */
  bytesIn: number;
  bytesBrotli: number;
  /** Of `files`, those whose copies were taken from the previous build (the same bytes there). */
  reused: number;
}

/**
 * Copies the `.gz` and `.br` of `path` from the previous build when the previous build has the
 * very same file: compression is deterministic, so its copies are exactly what compressing again
 * would give. This keeps a rebuild after one record changed from recompressing every page
 * (each page costs milliseconds of gzip and brotli). Returns false when it cannot.
 */
async function reuseFromPrevious(
  path: string,
  bytes: Buffer,
  dir: string,
  previousDir: string,
): Promise<{ brotli: number } | false> {
  const previous = join(previousDir, relative(dir, path));
  if (!existsSync(previous)) return false;
  const old = await readFile(previous);
  if (!old.equals(bytes)) return false;
  // A missing copy in the previous build means that encoding did not make the file smaller.
  const copies = await Promise.all(
    ['.gz', '.br'].map(async (ext) =>
      existsSync(previous + ext)
        ? (await copyFile(previous + ext, path + ext), (await stat(path + ext)).size)
        : undefined,
    ),
  );
  return { brotli: copies[1] ?? bytes.byteLength };
}

/** A file as it was when its copies were written: size and modification time. */
export type CompressedStamps = Map<string, { size: number; mtimeMs: number }>;

/**
 * Writes the `.gz` and `.br` copies of one file (or takes them from `previousDir`), adding to
 * `report`. Returns the file's stamp when it read the whole file, undefined when it skipped it.
 */
async function compressFile(
  path: string,
  dir: string,
  report: PrecompressReport,
  previousDir?: string,
): Promise<{ size: number; mtimeMs: number } | undefined> {
  const before = await stat(path);
  if (before.size < MIN_COMPRESS_BYTES) return undefined;
  const bytes = await readFile(path);
  const stamp = { size: bytes.byteLength, mtimeMs: before.mtimeMs };
  const reused = previousDir ? await reuseFromPrevious(path, bytes, dir, previousDir) : false;
  if (reused) {
    report.files++;
    report.reused++;
    report.bytesIn += bytes.byteLength;
    report.bytesBrotli += reused.brotli;
    return stamp;
  }
  const { gzip: g, brotli: b } = await compressBoth(bytes, brotliQuality(path));
  // A copy no smaller than the original is not worth a lookup; nginx then sends the original.
  if (g.byteLength < bytes.byteLength) await writeFile(`${path}.gz`, g);
  if (b.byteLength < bytes.byteLength) await writeFile(`${path}.br`, b);
  report.files++;
  report.bytesIn += bytes.byteLength;
  report.bytesBrotli += Math.min(b.byteLength, bytes.byteLength);
  return stamp;
}

/** Runs `work` over `items`, `concurrency` at a time. */
async function eachConcurrently<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/**
 * Writes `.gz` and `.br` copies of every compressible file below `dir` that is at least
 * `MIN_COMPRESS_BYTES` long and that each encoding makes smaller. Existing `.gz`/`.br` files are
 * never compressed again. Runs a few files at a time (zlib works on the thread pool). With
 * `previousDir` (the site as last published), a file unchanged since then gets its copies from
 * there. With `done` (from `precompressAsWritten`), a file whose size and time are still those
 * it had when its copies were written is left as it is.
 */
export async function precompressFolder(
  dir: string,
  concurrency = 8,
  previousDir?: string,
  done?: CompressedStamps,
): Promise<PrecompressReport> {
  const all = await listAll(dir);
  const files = all.filter(isCompressible);
  // Copies made while Astro wrote its pages, of a file it has since removed: nginx would serve them.
  const present = new Set(all);
  await Promise.all(
    all
      .filter(
        (path) =>
          /\.(gz|br)$/.test(path) &&
          isCompressible(path.slice(0, -3)) &&
          !present.has(path.slice(0, -3)),
      )
      .map((path) => rm(path)),
  );
  const report: PrecompressReport = { files: 0, bytesIn: 0, bytesBrotli: 0, reused: 0 };
  await eachConcurrently(files, concurrency, async (path) => {
    const stamp = done?.get(path);
    if (stamp) {
      const now = await stat(path);
      if (now.size === stamp.size && now.mtimeMs === stamp.mtimeMs) return;
    }
    await compressFile(path, dir, report, previousDir);
  });
  return report;
}

/**
 * True for a file `precompressAsWritten` may compress while Astro is still writing: a page
 * (`.html`) outside any dot-folder. Astro keeps its prerender chunks in `<outDir>/.prerender/`
 * and deletes that folder at the end; a copy written into it makes that deletion fail. Every
 * other file is left to the final pass, when Astro has ended.
 */
export function isFinishedPagePath(dir: string, path: string): boolean {
  return (
    path.endsWith('.html') &&
    !relative(dir, path)
      .split(/[\\/]/)
      .some((segment) => segment.startsWith('.'))
  );
}

/**
 * Compresses the pages below `dir` while another process writes them, until `finished`
 * settles: looks for new pages every `intervalMs` (`isFinishedPagePath`). Run beside Astro, whose
 * rendering keeps one core busy, it does most of the compression on the other. A page read while
 * being written has another size or time by the end, and `precompressFolder(…, done)` then
 * compresses it again.
 */
export async function precompressAsWritten(
  dir: string,
  finished: Promise<unknown>,
  previousDir?: string,
  intervalMs = 2000,
): Promise<CompressedStamps> {
  const done: CompressedStamps = new Map();
  const seen = new Set<string>();
  const report: PrecompressReport = { files: 0, bytesIn: 0, bytesBrotli: 0, reused: 0 };
  let over = false;
  void finished.then(
    () => (over = true),
    () => (over = true),
  );
  while (!over) {
    // A folder may vanish under the listing while it is being written; the next look sees it again.
    const listed = existsSync(dir) ? await listAll(dir).catch(() => []) : [];
    const fresh = listed.filter((path) => isFinishedPagePath(dir, path) && !seen.has(path));
    for (const path of fresh) seen.add(path);
    await eachConcurrently(fresh, 2, async (path) => {
      if (over) return;
      const stamp = await compressFile(path, dir, report, previousDir).catch(() => undefined);
      if (stamp) done.set(path, stamp);
    });
    if (!over)
      await Promise.race([
        finished.catch(() => {}),
        new Promise((wake) => setTimeout(wake, intervalMs)),
      ]);
  }
  return done;
}

/** The post-build step; it must stay last, so that it compresses what every other step wrote. */
export const precompressStep: PostBuildStep = {
  name: 'precompress',
  run: async ({ outDir, distDir, compressed }) => {
    await precompressFolder(outDir, 8, distDir, compressed);
  },
};
