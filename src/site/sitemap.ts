/**
 * The sitemap files (sitemaps.org protocol). One file holds at most 50,000 addresses, so a large
 * archive gets a sitemap index at /sitemap.xml pointing to /sitemap-1.xml, /sitemap-2.xml, …
 */
import { escapeMarkup } from '../formats/markup.ts';

/** Addresses per sitemap file, under the protocol's limit of 50,000. */
export const SITEMAP_CHUNK = 45_000;

/** A `<urlset>` of the given site-relative paths, made absolute against `base`. */
export function urlSet(paths: readonly string[], base: URL): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${paths.map((p) => `<url><loc>${escapeMarkup(new URL(p, base).href)}</loc></url>`).join('\n')}\n</urlset>\n`;
}

/** A `<sitemapindex>` pointing to `/sitemap-1.xml` … `/sitemap-<count>.xml`. */
export function sitemapIndex(count: number, base: URL): string {
  const entries = Array.from(
    { length: count },
    (_, i) =>
      `<sitemap><loc>${escapeMarkup(new URL(`/sitemap-${i + 1}.xml`, base).href)}</loc></sitemap>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</sitemapindex>\n`;
}

/** The paths split into sitemap files; one file (no index needed) when they fit. */
export function sitemapChunks(paths: readonly string[], size: number = SITEMAP_CHUNK): string[][] {
  const chunks: string[][] = [];
  for (let i = 0; i < paths.length; i += size) chunks.push(paths.slice(i, i + size));
  return chunks.length > 0 ? chunks : [[]];
}
