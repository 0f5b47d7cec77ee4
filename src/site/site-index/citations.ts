/**
 * The citations section of the site index: which records cite each document (by reference or by
 * its number in their prose), how numbers in each record's prose resolve, which records were
 * read from each archived article, and which meetings spoke of each plan.
 */
import type { CollectionName } from '../../schemas/index.ts';
import {
  linkDocumentNumbers,
  type LinkableDocument,
  type LinkContext,
} from '../../domain/link-documents.ts';
import { planAdoptionDate } from '../../domain/plan-date.ts';
import type { ContentSet } from '../../records/content-set.ts';
import type { RecordIndex } from '../record-index.ts';
import { collectReferences } from '../../records/references.ts';
import { newestFirst, push } from './shared.ts';

type Ref = { collection: CollectionName; id: string };

export interface CitationSection {
  citedBy: Map<string, Ref[]>;
  linkContext: (collection: CollectionName, id: string) => LinkContext;
  recordsBySource: Map<string, Ref[]>;
  meetingsOnPlan: Map<string, string[]>;
}

export function indexCitations(
  content: ContentSet,
  index: RecordIndex,
  documentsByNumber: Map<string, LinkableDocument[]>,
): CitationSection {
  const linkContext = linkContexts(content, index);
  const citedBy = new Map<string, Ref[]>();
  const citedKeys = new Set<string>();
  const cite = (docId: string, collection: CollectionName, id: string) => {
    const key = `${docId}\n${collection}/${id}`;
    if (citedKeys.has(key)) return;
    citedKeys.add(key);
    push(citedBy, docId, { collection, id });
  };
  for (const d of content.documents)
    for (const r of index.backlinks.get(`documents/${d.id}`) ?? []) cite(d.id, r.collection, r.id);
  const citeProse = (
    collection: CollectionName,
    id: string,
    texts: ReadonlyArray<string | undefined>,
  ) => {
    for (const text of texts) {
      if (!text) continue;
      for (const seg of linkDocumentNumbers(text, documentsByNumber, linkContext(collection, id)))
        if (seg.documentId && !(collection === 'documents' && seg.documentId === id))
          cite(seg.documentId, collection, id);
    }
  };
  for (const m of content.meetings)
    citeProse('meetings', m.id, [m.data.summary, m.body, ...m.data.tasks.map((t) => t.text)]);
  for (const p of content.plans)
    citeProse('plans', p.id, [
      p.data.summary,
      p.body,
      ...p.data.tasks.map((t) => t.text),
      ...p.data.targets.map((t) => t.text),
    ]);
  for (const d of content.documents)
    citeProse('documents', d.id, [d.data.title, d.data.summary, d.body]);
  return {
    citedBy,
    linkContext,
    recordsBySource: recordsBySource(content),
    meetingsOnPlan: meetingsOnPlan(content, index, citedBy),
  };
}

/** How numbers in a record's prose resolve: by its date and the documents and bodies it references. */
function linkContexts(
  content: ContentSet,
  index: RecordIndex,
): (collection: CollectionName, id: string) => LinkContext {
  const contexts = new Map<string, LinkContext>();
  const add = (collection: CollectionName, id: string, date: string | undefined, data: unknown) => {
    const refs = collectReferences(data).map((r) => r.ref);
    const idsIn = (c: CollectionName) =>
      new Set(refs.filter((r) => r.collection === c).map((r) => r.id));
    contexts.set(`${collection}/${id}`, {
      date,
      referenced: idsIn('documents'),
      bodies: idsIn('bodies'),
    });
  };
  const documentDate = (id: string) => index.byId.documents.get(id)?.data.date;
  for (const m of content.meetings) add('meetings', m.id, m.data.date, m.data);
  for (const p of content.plans) add('plans', p.id, planAdoptionDate(p.data, documentDate), p.data);
  for (const d of content.documents) add('documents', d.id, d.data.date, d.data);
  return (collection, id) => contexts.get(`${collection}/${id}`) ?? {};
}

/** For each archived article (file name in `content/sources/`), the records read from it. */
function recordsBySource(content: ContentSet): Map<string, Ref[]> {
  const bySource = new Map<string, Ref[]>();
  for (const m of content.meetings)
    if (m.data.source.archive)
      push(bySource, m.data.source.archive, { collection: 'meetings', id: m.id });
  for (const d of content.documents)
    if (d.data.source?.archive)
      push(bySource, d.data.source.archive, { collection: 'documents', id: d.id });
  for (const p of content.plans)
    if (p.data.source?.archive)
      push(bySource, p.data.source.archive, { collection: 'plans', id: p.id });
  for (const [collection, records] of [
    ['assessments', content.assessments],
    ['statistics', content.statistics],
    ['recognitions', content.recognitions],
  ] as const)
    for (const r of records)
      if (r.data.source?.archive) push(bySource, r.data.source.archive, { collection, id: r.id });
  return bySource;
}

/** For each plan, the meetings that list it or cite its adopting document, oldest first. */
function meetingsOnPlan(
  content: ContentSet,
  index: RecordIndex,
  citedBy: Map<string, Ref[]>,
): Map<string, string[]> {
  const onPlan = new Map<string, string[]>();
  for (const p of content.plans) {
    const ids = new Set(
      (index.backlinks.get(`plans/${p.id}`) ?? [])
        .filter((r) => r.collection === 'meetings')
        .map((r) => r.id),
    );
    if (p.data.document)
      for (const r of citedBy.get(p.data.document.id) ?? [])
        if (r.collection === 'meetings') ids.add(r.id);
    if (ids.size > 0)
      onPlan.set(
        p.id,
        [...ids].sort((a, b) =>
          newestFirst(index.byId.meetings.get(b)!.data, index.byId.meetings.get(a)!.data),
        ),
      );
  }
  return onPlan;
}
