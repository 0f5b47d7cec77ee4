/**
 * The byte budget of reading pages: each built HTML page, with the CSS it inlines, must fit in
 * 14 KB gzip, about what a server can send in the first round trip of a new connection (TCP's
 * initial window of 10 segments), so a phone on a slow network shows the page after one trip.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The budget, in bytes of gzip (level 9, as a server would precompress). */
export const PAGE_BUDGET_BYTES = 14 * 1024;

export interface PageSize {
  /** Path relative to the site folder, e.g. `cuoc-hop/2020/x/index.html`. */
  page: string;
  /** Bytes of the HTML file. */
  rawBytes: number;
  /** Bytes once gzipped. */
  gzipBytes: number;
}

/** Every `.html` file under `dir`, recursively, sorted. Pagefind's own folder is skipped (it holds no reading pages). */
export function listHtmlPages(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind') walk(path);
      } else if (entry.name.endsWith('.html')) out.push(path);
    }
  };
  walk(dir);
  return out.sort();
}

/** The gzip size of one HTML page (its CSS is inlined, so this is everything it needs to render). */
export function measurePage(siteDir: string, file: string): PageSize {
  const bytes = readFileSync(file);
  return {
    page: relative(siteDir, file),
    rawBytes: bytes.length,
    gzipBytes: gzipSync(bytes, { level: 9 }).length,
  };
}

/**
 * Pages that do not link an external stylesheet are measured as they are; a page that links one
 * has it added, so the budget always covers HTML plus the CSS it needs.
 */
export function measureSite(siteDir: string): PageSize[] {
  return listHtmlPages(siteDir).map((file) => {
    const html = readFileSync(file, 'utf8');
    const sheets = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="(\/[^"]+\.css)"/g)].map(
      (m) => m[1]!,
    );
    if (sheets.length === 0) return measurePage(siteDir, file);
    const css = sheets.map((href) => readFileSync(join(siteDir, href), 'utf8')).join('\n');
    const whole = Buffer.from(html + css);
    return {
      page: relative(siteDir, file),
      rawBytes: whole.length,
      gzipBytes: gzipSync(whole, { level: 9 }).length,
    };
  });
}

/** The pages over `budget`, largest first. */
export function pagesOverBudget(
  sizes: readonly PageSize[],
  budget: number = PAGE_BUDGET_BYTES,
): PageSize[] {
  return sizes.filter((s) => s.gzipBytes > budget).sort((a, b) => b.gzipBytes - a.gzipBytes);
}

/** A report line per page over budget: "cuoc-hop/x/index.html: 15.2 KB gzip (budget 14 KB)". */
export function formatBudgetReport(
  over: readonly PageSize[],
  budget: number = PAGE_BUDGET_BYTES,
): string {
  return over
    .map(
      (s) =>
        `${s.page}: ${(s.gzipBytes / 1024).toFixed(1)} KB gzip (budget ${(budget / 1024).toFixed(0)} KB)`,
    )
    .join('\n');
}
