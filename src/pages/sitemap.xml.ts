/**
 * The sitemap: every reading page's canonical address, from the same route lists the pages use.
 * A large archive gets a sitemap index here and the addresses in /sitemap-<n>.xml.
 */
import type { APIRoute } from 'astro';
import { getArchive, listSourceFiles } from '../site/records.ts';
import { sitemapChunks, sitemapIndex, urlSet } from '../site/sitemap.ts';
import { allPageUrls } from '../site/routes.ts';

export const GET: APIRoute = async ({ site }) => {
  const { index, site: siteIndex } = await getArchive();
  const chunks = sitemapChunks(allPageUrls(index, siteIndex, await listSourceFiles()));
  const base = site ?? new URL('https://ntm-records.org');
  const body = chunks.length === 1 ? urlSet(chunks[0]!, base) : sitemapIndex(chunks.length, base);
  return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
