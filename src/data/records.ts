/**
 * The only module that calls `getCollection`. It turns Astro's entries into the plain
 * `ContentSet` the domain modules take, and builds the record index once per build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTION_NAMES } from '../schemas/index.ts';
import { buildRecordIndex, type RecordIndex } from '../lib/record-index.ts';
import type { ContentSet, ParsedRecord } from '../lib/records/content-set.ts';

/** The day task states are computed for: `BUILD_DATE` (YYYY-MM-DD) or today in Vietnam (UTC+7). */
export function buildDate(): string {
  const fixed = process.env.BUILD_DATE;
  if (fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed)) return fixed;
  return new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

let cached: Promise<{ content: ContentSet; index: RecordIndex; entries: Map<string, CollectionEntry<never>> }> | undefined;

async function load() {
  const content = {} as ContentSet;
  const entries = new Map<string, CollectionEntry<never>>();
  for (const name of COLLECTION_NAMES) {
    const list = await getCollection(name);
    (content as Record<string, ParsedRecord<unknown>[]>)[name] = list.map((entry) => {
      entries.set(`${name}/${entry.id}`, entry as never);
      const record: ParsedRecord<unknown> = { id: entry.id, file: entry.filePath ?? '', data: entry.data };
      if (entry.body !== undefined) record.body = entry.body;
      return record;
    });
  }
  return { content, index: buildRecordIndex(content, buildDate()), entries };
}

/** The validated records and their index, loaded once per build. */
export function getArchive() {
  cached ??= load();
  return cached;
}

/** The Astro entry of a Markdown record, for rendering its body with `render()`. */
export async function getRenderableEntry(collection: (typeof COLLECTION_NAMES)[number], id: string) {
  const { entries } = await getArchive();
  return entries.get(`${collection}/${id}`);
}
