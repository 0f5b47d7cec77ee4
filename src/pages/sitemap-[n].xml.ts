/** The parts of a sitemap too large for one file (see src/site/sitemap.ts); none for a small archive. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive, listSourceFiles } from '../site/records.ts';
import { sitemapChunks, urlSet } from '../site/sitemap.ts';
import { allPageUrls } from '../site/routes.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { index, site } = await getArchive();
  const chunks = sitemapChunks(allPageUrls(index, site, await listSourceFiles()));
  return chunks.length === 1
    ? []
    : chunks.map((paths, i) => ({ params: { n: String(i + 1) }, props: { paths } }));
};

export const GET: APIRoute = ({ props, site }) =>
  new Response(
    urlSet((props as { paths: string[] }).paths, site ?? new URL('https://ntm-records.org')),
    { headers: { 'content-type': 'application/xml; charset=utf-8' } },
  );
