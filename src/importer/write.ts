/**
 * Writes draft records as files a clerk edits: YAML (front matter for meetings and documents)
 * made with the `yaml` package's Document API, with a `# REVIEW: …` comment beside every value to
 * check and the list of them at the top. Quoting is the library's, so any text round-trips.
 */
import { Document, isMap, isScalar, isSeq, type Node } from 'yaml';
import type { DraftRecord } from './draft/index.ts';

const MARKDOWN: ReadonlySet<DraftRecord['collection']> = new Set(['meetings', 'documents']);
const FOLDER: Record<DraftRecord['collection'], string> = {
  meetings: 'meetings',
  documents: 'documents',
  assessments: 'assessments',
  statistics: 'statistics',
  recognitions: 'recognitions',
  places: 'places',
  bodies: 'bodies',
};

/** The file of a draft record below the drafts folder, e.g. `meetings/2023/2023-07-11-…-nhap.md`. */
export function draftPath(record: DraftRecord): string {
  return `${FOLDER[record.collection]}/${record.id}.${MARKDOWN.has(record.collection) ? 'md' : 'yaml'}`;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Puts a review note on the node at `path` ("tasks.3.deadline"): beside a value, above a list item or a map. */
function annotate(doc: Document, path: string, note: string): boolean {
  const keys = path.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
  const node = doc.getIn(keys, true) as Node | undefined;
  if (!node) return false;
  const text = ` REVIEW: ${oneLine(note)}`;
  const parent =
    keys.length > 1 ? (doc.getIn(keys.slice(0, -1), true) as Node | undefined) : doc.contents;
  const last = keys[keys.length - 1];
  if (isScalar(node)) {
    node.comment = text;
    return true;
  }
  // A map or list: the comment goes after its key ("tasks: # REVIEW: …"), or above it as a list item.
  if (isMap(parent)) {
    const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
    if (pair && isScalar(pair.key)) {
      pair.key.comment = text;
      return true;
    }
  }
  if (isSeq(parent) && (isMap(node) || isSeq(node))) {
    node.commentBefore = text;
    return true;
  }
  return false;
}

/** The text of a draft record's file. `sourceName` names the article it was made from. */
export function renderDraftFile(record: DraftRecord, sourceName: string): string {
  const doc = new Document(record.data);
  const header = [
    ` BẢN NHÁP do "npm run import" tạo từ ${sourceName}. Kiểm tra mọi dòng có REVIEW, rồi xoá các dòng chú thích này.`,
  ];
  if (record.review.size > 0) {
    header.push(' Cần kiểm tra (REVIEW):');
    for (const [path, note] of record.review)
      if (note) header.push(`   - ${path}: ${oneLine(note)}`);
  }
  doc.commentBefore = header.join('\n');
  for (const [path, note] of record.review) if (note) annotate(doc, path, note);
  const yaml = doc.toString({ lineWidth: 0 }).trimEnd();
  if (MARKDOWN.has(record.collection)) {
    const body = 'body' in record ? record.body : '';
    return `---\n${yaml}\n---\n${body}`;
  }
  return `${yaml}\n`;
}
