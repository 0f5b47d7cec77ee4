/**
 * Precompression: writes `x.gz` and `x.br` next to every compressible file of the built site, so
 * nginx serves them as they are (`gzip_static`, `brotli_static`; see
 * scripts/nginx/ntm-records.conf) instead of compressing on every request, and at levels too slow
 * to spend per request (gzip 9; brotli 7 for pages, 11 for shared scripts: `brotliQuality`).
 */
import { copyFile, readdir, readFile, stat, writeFile } from 'node:fs/promises';
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
export const COMPRESSIBLE_EXTENSIONS: readonly string[] = ['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.csv', '.webmanifest', '.map'];

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
export async function compressBoth(bytes: Uint8Array, brotliLevel: number = constants.BROTLI_MAX_QUALITY): Promise<{ gzip: Buffer; brotli: Buffer }> {
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
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
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
async function reuseFromPrevious(path: string, bytes: Buffer, dir: string, previousDir: string): Promise<{ brotli: number } | false> {
  const previous = join(previousDir, relative(dir, path));
  if (!existsSync(previous)) return false;
  const old = await readFile(previous);
  if (!old.equals(bytes)) return false;
  // A missing copy in the previous build means that encoding did not make the file smaller.
  const copies = await Promise.all(['.gz', '.br'].map(async (ext) => (existsSync(previous + ext) ? (await copyFile(previous + ext, path + ext), (await stat(path + ext)).size) : undefined)));
  return { brotli: copies[1] ?? bytes.byteLength };
}

/**
 * Writes `.gz` and `.br` copies of every compressible file below `dir` that is at least
 * `MIN_COMPRESS_BYTES` long and that each encoding makes smaller. Existing `.gz`/`.br` files are
 * never compressed again. Runs a few files at a time (zlib works on the thread pool). With
 * `previousDir` (the site as last published), a file unchanged since then gets its copies from there.
 */
export async function precompressFolder(dir: string, concurrency = 8, previousDir?: string): Promise<PrecompressReport> {
  const files = (await listAll(dir)).filter(isCompressible);
  const report: PrecompressReport = { files: 0, bytesIn: 0, bytesBrotli: 0, reused: 0 };
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const path = files[next++]!;
      if ((await stat(path)).size < MIN_COMPRESS_BYTES) continue;
      const bytes = await readFile(path);
      const reused = previousDir ? await reuseFromPrevious(path, bytes, dir, previousDir) : false;
      if (reused) {
        report.files++;
        report.reused++;
        report.bytesIn += bytes.byteLength;
        report.bytesBrotli += reused.brotli;
        continue;
      }
      const { gzip: g, brotli: b } = await compressBoth(bytes, brotliQuality(path));
      // A copy no smaller than the original is not worth a lookup; nginx then sends the original.
      if (g.byteLength < bytes.byteLength) await writeFile(`${path}.gz`, g);
      if (b.byteLength < bytes.byteLength) await writeFile(`${path}.br`, b);
      report.files++;
      report.bytesIn += bytes.byteLength;
      report.bytesBrotli += Math.min(b.byteLength, bytes.byteLength);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return report;
}

/** The post-build step; it must stay last, so that it compresses what every other step wrote. */
export const precompressStep: PostBuildStep = {
  name: 'precompress',
  run: async ({ outDir, distDir }) => {
    await precompressFolder(outDir, 8, distDir);
  },
};
