/** The sitemap: every reading page's canonical address, from the same route lists the pages use. */
import type { APIRoute } from 'astro';
import { getArchive, getSourceArticles } from '../data/records.ts';
import { allPageUrls } from '../lib/site-routes.ts';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const GET: APIRoute = async ({ site }) => {
  const { index, site: siteIndex } = await getArchive();
  const urls = allPageUrls(index, siteIndex, getSourceArticles().map((a) => a.file));
  const base = site ?? new URL('https://ntm-records.org');
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((u) => `<url><loc>${escapeXml(new URL(u, base).href)}</loc></url>`).join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
