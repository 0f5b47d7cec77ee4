/**
 * The only module that calls `getCollection`. It turns Astro's entries into the plain
 * `ContentSet` the domain modules take, and builds the record index once per build.
 */
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { resolveContentDir } from '../records/content-dir.ts';
import {
  allRecordsOf,
  checkSourceFolder,
  citedArchives,
  readSourceFile,
} from '../records/sources.ts';
import type { CollectionName } from '../schemas/index.ts';
import { buildRecordIndex, type RecordIndex } from './record-index.ts';
import { buildSiteIndex, type SiteIndex } from './site-index.ts';
import type { ContentSet, ParsedRecord } from '../records/content-set.ts';
import { linkDocumentNumbersInHtml } from '../domain/link-documents.ts';
import { shiftHeadings } from './rendered-html.ts';
import { documentUrl } from './urls.ts';

/** The day task states are computed for: `BUILD_DATE` (YYYY-MM-DD) or today in Vietnam (UTC+7). */
export function buildDate(): string {
  const fixed = process.env.BUILD_DATE;
  if (fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed)) return fixed;
  return new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

/** What Astro keeps of a Markdown record to show its body: the HTML it rendered. */
interface RenderedEntry {
  rendered?: { html?: string } | undefined;
}

let cached:
  | Promise<{
      content: ContentSet;
      index: RecordIndex;
      site: SiteIndex;
      entries: Map<string, RenderedEntry>;
    }>
  | undefined;

/** Astro's entries of one collection as the plain records the domain modules take. */
function toRecords<T>(
  collection: CollectionName,
  list: Array<
    RenderedEntry & {
      id: string;
      filePath?: string | undefined;
      data: T;
      body?: string | undefined;
    }
  >,
  entries: Map<string, RenderedEntry>,
): ParsedRecord<T>[] {
  return list.map((entry) => {
    entries.set(`${collection}/${entry.id}`, entry);
    const record: ParsedRecord<T> = { id: entry.id, file: entry.filePath ?? '', data: entry.data };
    if (entry.body !== undefined) record.body = entry.body;
    return record;
  });
}

async function load() {
  const entries = new Map<string, RenderedEntry>();
  const content: ContentSet = {
    places: toRecords('places', await getCollection('places'), entries),
    bodies: toRecords('bodies', await getCollection('bodies'), entries),
    programmes: toRecords('programmes', await getCollection('programmes'), entries),
    documents: toRecords('documents', await getCollection('documents'), entries),
    criteriaSets: toRecords('criteriaSets', await getCollection('criteriaSets'), entries),
    meetings: toRecords('meetings', await getCollection('meetings'), entries),
    plans: toRecords('plans', await getCollection('plans'), entries),
    assessments: toRecords('assessments', await getCollection('assessments'), entries),
    statistics: toRecords('statistics', await getCollection('statistics'), entries),
  };
  const index = buildRecordIndex(content, buildDate());
  // The public site's lists and lookups (src/site/site-index.ts), built once like the record index.
  return { content, index, site: buildSiteIndex(content, index), entries };
}

/** The validated records and their index, loaded once per build. */
export function getArchive() {
  cached ??= load();
  return cached;
}

/** Everything pages read: the records, the record index and the site index. */
export type Archive = Awaited<ReturnType<typeof getArchive>>;

/**
 * The archived source articles a record cites, sorted: only those are published. Validation has
 * checked each (inside the content folder, a regular file, UTF-8, within its size; see
 * src/records/sources.ts), so an uncited or unreadable file in `<content>/sources/` never
 * becomes a page or a sitemap entry.
 */
export async function listSourceFiles(): Promise<string[]> {
  const { content } = await getArchive();
  return citedArchives(allRecordsOf(content));
}

/** The archived source articles a record cites: file name and text (NFC, LF line ends), by file name. */
export async function getSourceArticles(): Promise<Array<{ file: string; text: string }>> {
  const contentDir = resolveContentDir();
  const cited = await listSourceFiles();
  // `npm run build` validates first; this only guards a direct `astro build`: a cited file
  // that is not a readable article inside the content folder stops the build.
  const { readable } = checkSourceFolder(contentDir, cited, process.cwd());
  return cited.map((file) => {
    const path = join(contentDir, 'sources', file);
    const read = readable.has(file) ? readSourceFile(path) : undefined;
    if (!read || 'error' in read)
      throw new Error(
        `${path}: bài báo lưu trữ không đọc được; chạy npm run validate để xem lý do`,
      );
    return { file, text: read.text };
  });
}

/** The HTML Astro rendered from a Markdown record's body, or undefined for a record without a body. */
export async function getRenderedHtml(
  collection: CollectionName,
  id: string,
): Promise<string | undefined> {
  const { entries } = await getArchive();
  return entries.get(`${collection}/${id}`)?.rendered?.html;
}

/**
 * A record's body as its page shows it: rendered, headings moved below the page's own (h3 and
 * deeper), and document numbers linked as the record's references decide. Empty without a body.
 */
export async function getRecordBodyHtml(
  collection: 'meetings' | 'plans' | 'documents',
  id: string,
): Promise<string> {
  const rendered = await getRenderedHtml(collection, id);
  if (!rendered) return '';
  const { site } = await getArchive();
  return linkDocumentNumbersInHtml(
    shiftHeadings(rendered, 3),
    site.documentsByNumber,
    documentUrl,
    site.linkContext(collection, id),
  );
}
