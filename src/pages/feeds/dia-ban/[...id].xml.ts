/** One Atom feed per commune: meetings and conclusions that concern it or its villages. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../site/records.ts';
import { communeIds } from '../../../site/feeds.ts';
import { placeUrl } from '../../../site/urls.ts';
import { feedResponse } from '../_feeds.ts';

export const getStaticPaths = (async () => {
  const { content } = await getArchive();
  return communeIds(content).map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) =>
  feedResponse({ kind: 'place', id: params.id! }, placeUrl(params.id!), site);
