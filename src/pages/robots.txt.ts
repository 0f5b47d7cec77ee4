/** robots.txt: everything may be read; where the sitemap is. */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\nSitemap: ${new URL('/sitemap.xml', site ?? 'https://ntm-records.org').href}\n`,
    { headers: { 'content-type': 'text/plain; charset=utf-8' } },
  );
