/** One Atom feed per body: the meetings it convened and the conclusions it issued. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../site/records.ts';
import { bodyUrl } from '../../../site/urls.ts';
import { feedResponse } from '../_feeds.ts';

export const getStaticPaths = (async () => {
  const { content } = await getArchive();
  return content.bodies.map((b) => ({ params: { id: b.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) =>
  feedResponse({ kind: 'body', id: params.id! }, bodyUrl(params.id!), site);
