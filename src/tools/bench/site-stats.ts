/**
 * What a built site weighs: how many pages it has, the bytes of the whole folder, and the gzip
 * size of each HTML page (what a reader downloads for one page; CSS is inlined, so it is in it).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A built site's size figures. */
export interface SiteStats {
  /** HTML pages written (Pagefind's folder left out). */
  pages: number;
  /** Bytes of every file in the folder. */
  distBytes: number;
  /** Files in the folder. */
  files: number;
  /** Gzip size of HTML pages (level 9, as nginx `gzip_static` files are made): median, 95th percentile, largest. */
  pageGzip: { median: number; p95: number; max: number; maxPage: string };
  /** Per first URL segment ("cuoc-hop", "dia-phuong", "" for the home page): pages and largest gzip size. */
  sections: Record<string, { pages: number; maxGzip: number }>;
}

/** The value at quantile `q` (0–1) of sorted numbers (nearest rank). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

/** Walks `dir` and measures it. */
export function measureSite(dir: string): SiteStats {
  let distBytes = 0;
  let files = 0;
  const weights: Array<{ page: string; bytes: number }> = [];
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, entry);
    const stat = statSync(path);
    if (!stat.isFile()) continue;
    files++;
    distBytes += stat.size;
    const rel = entry.split(sep).join('/');
    if (rel.endsWith('.html') && !rel.startsWith('pagefind/')) {
      weights.push({ page: rel, bytes: gzipSync(readFileSync(path), { level: 9 }).length });
    }
  }
  const sorted = weights.map((w) => w.bytes).sort((a, b) => a - b);
  const largest = weights.reduce((best, w) => (w.bytes > best.bytes ? w : best), {
    page: '',
    bytes: 0,
  });
  const sections: SiteStats['sections'] = {};
  for (const w of weights) {
    const section = w.page.includes('/') ? w.page.slice(0, w.page.indexOf('/')) : '';
    const entry = (sections[section] ??= { pages: 0, maxGzip: 0 });
    entry.pages++;
    entry.maxGzip = Math.max(entry.maxGzip, w.bytes);
  }
  return {
    pages: weights.length,
    sections,
    distBytes,
    files,
    pageGzip: {
      median: quantile(sorted, 0.5),
      p95: quantile(sorted, 0.95),
      max: largest.bytes,
      maxPage: largest.page,
    },
  };
}
