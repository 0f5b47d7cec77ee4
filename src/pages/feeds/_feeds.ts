/** Shared by the feed endpoints: the feed index, built once per build, and the response. */
import { buildDate } from '../../domain/build-date.ts';
import { getArchive } from '../../site/records.ts';
import {
  buildFeed,
  buildFeedIndex,
  renderAtom,
  type FeedIndex,
  type FeedScope,
} from '../../site/feeds.ts';

let cached: Promise<FeedIndex> | undefined;

/** The Atom XML of one feed as a response; `site` is Astro's configured site address. */
export async function feedResponse(
  scope: FeedScope,
  alternatePath: string,
  site: URL | undefined,
): Promise<Response> {
  const { content } = await getArchive();
  const siteHref = (site ?? new URL('https://ntm-records.org')).href;
  cached ??= Promise.resolve(buildFeedIndex(content, siteHref));
  const feed = buildFeed(content, await cached, scope, {
    site: siteHref,
    today: buildDate(),
    alternatePath,
  });
  return new Response(renderAtom(feed), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
