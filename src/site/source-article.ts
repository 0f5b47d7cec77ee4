/**
 * How an archived article is headed: its title, publisher and publication day as the records read
 * from it give them (the first record that gives each), else the first line of its text, which
 * is the headline of a collected article. Never its file name.
 */
import type { CollectionName, Source } from '../schemas/index.ts';
import type { RecordIndex } from './record-index.ts';

export interface ArticleHeading {
  title: string;
  publisher?: string;
  publishedAt?: string;
}

export function articleHeading(
  index: RecordIndex,
  records: ReadonlyArray<{ collection: CollectionName; id: string }>,
  text: string,
): ArticleHeading | undefined {
  const sources = records
    .map(
      (r) => (index.byId[r.collection].get(r.id)?.data as { source?: Source } | undefined)?.source,
    )
    .filter((s) => s !== undefined);
  const title =
    sources[0]?.title ??
    text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l !== '');
  if (!title) return undefined;
  const heading: ArticleHeading = { title };
  const publisher = sources.find((s) => s.publisher)?.publisher;
  const publishedAt = sources.find((s) => s.publishedAt)?.publishedAt;
  if (publisher) heading.publisher = publisher;
  if (publishedAt) heading.publishedAt = publishedAt;
  return heading;
}
