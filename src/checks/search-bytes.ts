/**
 * Byte accounting for a search: given the files a browser fetched from a built site, how many
 * bytes they cost as stored, with gzip and with brotli (using the precompressed `.gz` / `.br`
 * copies the build writes, as nginx serves them). Pagefind's index files are gzip inside and are
 * counted as stored.
 */
import { existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';

/** What a fetched file is, for the report. */
export type SearchFileKind =
  'search code' | 'pagefind library' | 'index' | 'filters' | 'fragments' | 'other';

/** One fetched file and what it costs. */
export interface FetchedFile {
  path: string;
  kind: SearchFileKind;
  raw: number;
  gzip: number;
  brotli: number;
}

/** Sums per kind and in total. */
export interface ByteReport {
  files: FetchedFile[];
  total: { raw: number; gzip: number; brotli: number };
  byKind: Partial<
    Record<SearchFileKind, { count: number; raw: number; gzip: number; brotli: number }>
  >;
}

/**
 * The kind of a fetched URL path. Pagefind's files are in `/pagefind/`, or in one folder per
 * index below it when the index is split by province (src/search/scopes.ts).
 */
export function kindOf(path: string): SearchFileKind {
  if (path.startsWith('/_astro/') && path.endsWith('.js')) return 'search code';
  const inPagefind = /^\/pagefind\/(?:[^/]+\/)??((?:index|filter|fragment)\/[^/]+|[^/]+)$/.exec(
    path,
  );
  const file = inPagefind?.[1];
  if (file === undefined) return 'other';
  if (/^(pagefind(-worker)?\.js|pagefind-entry\.json|wasm\.[^/]+\.pagefind)$/.test(file))
    return 'pagefind library';
  if (/^(index\/.*\.pf_index|.*\.pf_meta)$/.test(file)) return 'index';
  if (file.startsWith('filter/')) return 'filters';
  if (file.startsWith('fragment/')) return 'fragments';
  return 'other';
}

function sizeOr(file: string, fallback: number): number {
  return existsSync(file) ? statSync(file).size : fallback;
}

/** Costs each fetched path (as served from `siteDir`) and sums them. Paths that are not files are skipped. */
export function countFetchedBytes(siteDir: string, paths: readonly string[]): ByteReport {
  const files: FetchedFile[] = [];
  for (const path of new Set(paths)) {
    const file = normalize(join(siteDir, path));
    if (!file.startsWith(normalize(siteDir)) || !existsSync(file) || !statSync(file).isFile())
      continue;
    const raw = statSync(file).size;
    const gzip = Math.min(raw, sizeOr(`${file}.gz`, raw));
    // A browser that takes brotli also takes gzip: without a .br copy, nginx sends the .gz.
    files.push({
      path,
      kind: kindOf(path),
      raw,
      gzip,
      brotli: Math.min(gzip, sizeOr(`${file}.br`, gzip)),
    });
  }
  const total = { raw: 0, gzip: 0, brotli: 0 };
  const byKind: ByteReport['byKind'] = {};
  for (const f of files) {
    const k = (byKind[f.kind] ??= { count: 0, raw: 0, gzip: 0, brotli: 0 });
    k.count++;
    for (const key of ['raw', 'gzip', 'brotli'] as const) {
      k[key] += f[key];
      total[key] += f[key];
    }
  }
  return { files, total, byKind };
}

/** The report as a few lines of text, sizes in KB (1 KB = 1000 bytes). */
export function formatByteReport(title: string, report: ByteReport): string {
  const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
  const lines = [
    `${title}: ${kb(report.total.brotli)} brotli · ${kb(report.total.gzip)} gzip · ${kb(report.total.raw)} as stored (${report.files.length} files)`,
  ];
  for (const [kind, k] of Object.entries(report.byKind)) {
    lines.push(
      `  ${kind.padEnd(17)} ${String(k.count).padStart(3)} files  ${kb(k.brotli).padStart(9)} br  ${kb(k.gzip).padStart(9)} gz  ${kb(k.raw).padStart(9)} raw`,
    );
  }
  return lines.join('\n');
}
