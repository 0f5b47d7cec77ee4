/**
 * The documents an article cites: linked when `content/` has one of that number (and date),
 * drafted otherwise with the number, date and issuer as written and a bracketed title, since the
 * article gives no title. A number cited alone ("Quyết định số 382") is drafted only with the date
 * and issuer the article gives, and its number is put in the title, never in `number`.
 */
import { slugify } from '../../domain/fold-vietnamese.ts';
import { DOCUMENT_TYPE_NAMES } from '../../domain/document-number.ts';
import type { ExtractedCitation, NumberOnlyCitation } from '../documents.ts';
import type { ExtractedArticle } from '../extract.ts';
import type { DraftLinks } from './links.ts';
import {
  withNote,
  type Draft,
  type DocumentInput,
  type DraftRecord,
  type ReviewNotes,
} from './types.ts';

/** The documents a draft cites: ids for `cites`, drafted records, links to existing ones, and the notes on them. */
export interface CitedDocuments {
  cites: string[];
  records: DraftRecord[];
  linked: Draft['linked'];
  notes: string[];
  /** The id each recognising decision number ("2875/QĐ-UBND") was given. */
  byNumber: Map<string, string>;
}

/** Links or drafts every document the article cites. `issuerNear` is the convening body's place, to choose among issuers. */
export function citedDocuments(
  article: ExtractedArticle,
  links: DraftLinks,
  issuerNear: string | undefined,
): CitedDocuments {
  const out: CitedDocuments = {
    cites: [],
    records: [],
    linked: [],
    notes: [],
    byNumber: new Map(),
  };
  for (const c of article.citations) citeNumbered(out, c, links, issuerNear);
  for (const c of article.numberOnlyCitations) citeNumberOnly(out, c, links, issuerNear);
  return out;
}

/** A document cited by full number: linked to the one `content/` has (same date), else drafted. */
function citeNumbered(
  out: CitedDocuments,
  c: ExtractedCitation,
  links: DraftLinks,
  issuerNear: string | undefined,
): void {
  const existing = links.content.documents.filter(
    (d) => d.data.number?.canonical === c.parsed.canonical,
  );
  const sameDate = existing.filter(
    (d) => c.date === undefined || d.data.date === undefined || d.data.date === c.date,
  );
  if (sameDate.length === 1) {
    out.cites.push(sameDate[0]!.id);
    out.linked.push({ id: sameDate[0]!.id, number: c.raw, ...(c.date ? { date: c.date } : {}) });
    out.byNumber.set(c.raw, sameDate[0]!.id);
    return;
  }
  const review: ReviewNotes = new Map();
  // Known only by its citation: no title (the site says the title is not in the record).
  const data = { number: c.raw } as DocumentInput;
  withNote(
    review,
    'number',
    `bài chỉ trích dẫn số hiệu ("${c.evidence}"): thêm \`title:\` (trích yếu) khi có văn bản`,
  );
  const issuer = issuerOf(links, c.parsed.issuer, c.issuer, issuerNear);
  if (issuer.id) data.issuer = issuer.id;
  review.set('issuer', issuer.review);
  if (c.date) data.date = c.date;
  if (c.review) review.set('date', c.review);
  if (existing.length > 0)
    withNote(
      review,
      'number',
      `content/ đã có văn bản cùng số ${c.parsed.canonical} (${existing.map((d) => d.id).join(', ')}) nhưng khác ngày: kiểm tra có phải cùng một văn bản`,
    );
  for (const w of c.parsed.warnings) withNote(review, 'number', w);
  const id = `nhap/${slugify(c.parsed.canonical)}${c.date ? `-${c.date}` : ''}`;
  out.records.push({ collection: 'documents', id, data, body: '', review });
  out.cites.push(id);
  out.byNumber.set(c.raw, id);
}

/**
 * A document cited by type and number only: linked to the one `content/` has, noted when the
 * article gives neither its date nor its issuer, else drafted under the name the article cites.
 */
function citeNumberOnly(
  out: CitedDocuments,
  c: NumberOnlyCitation,
  links: DraftLinks,
  issuerNear: string | undefined,
): void {
  const found = numberOnlyMatches(c, links, issuerNear);
  if (found.length === 1) {
    if (!out.cites.includes(found[0]!.id)) out.cites.push(found[0]!.id);
    out.linked.push({ id: found[0]!.id, number: `${c.type} ${c.number}` });
    out.notes.push(
      `khớp theo loại và số (bài không ghi ký hiệu đầy đủ): "${c.evidence}" → ${found[0]!.id}`,
    );
    return;
  }
  if (!c.date && !c.issuer) {
    out.notes.push(
      `bài nhắc văn bản chỉ bằng số, chưa khớp được: "${c.evidence}": thêm bản ghi văn bản nếu cần`,
    );
    return;
  }
  const review: ReviewNotes = new Map();
  const typeName = DOCUMENT_TYPE_NAMES[c.type] ?? 'Văn bản';
  // Cited by number only: named as the article cites it (`knownAs`), never with a made-up title.
  const data = {
    kind: c.type,
    knownAs: `${typeName} số ${c.number}${c.date ? ` ngày ${c.date.split('-').reverse().join('/')}` : ''}${c.issuer ? ` của ${c.issuer}` : ''}`,
  } as DocumentInput;
  review.set(
    'knownAs',
    `bài chỉ ghi số ("${c.evidence}"), không có ký hiệu đầy đủ: ghi number và trích yếu (title) khi có văn bản`,
  );
  const issuer = issuerOf(links, undefined, c.issuer, issuerNear);
  if (issuer.id) data.issuer = issuer.id;
  review.set('issuer', issuer.review);
  if (c.date) data.date = c.date;
  data.inferences = [
    {
      field: 'number',
      note: `Bài chỉ ghi "${typeName} số ${c.number}", không có ký hiệu đầy đủ.`,
    },
  ];
  const id = `nhap/${slugify(typeName)}-${c.number}${c.date ? `-${c.date}` : ''}`;
  out.records.push({ collection: 'documents', id, data, body: '', review });
  out.cites.push(id);
}

/**
 * The documents of `content/` a number-only citation may mean: of its type, either known only by
 * that number, or numbered so by the body the article names ("Chỉ thị 05 của Bộ Chính trị" →
 * 05-CT/TW of the Politburo).
 */
function numberOnlyMatches(
  c: NumberOnlyCitation,
  links: DraftLinks,
  issuerNear: string | undefined,
): DraftLinks['content']['documents'] {
  const numberWord = new RegExp(`(?<!\\d)0*${c.number}(?![\\d/-])`);
  const namedIssuer = c.issuer ? issuerOf(links, undefined, c.issuer, issuerNear).id : undefined;
  return links.content.documents.filter(
    (d) =>
      d.data.kind === c.type &&
      (d.data.number
        ? d.data.number.number === c.number &&
          namedIssuer !== undefined &&
          d.data.issuer.id === namedIssuer &&
          (c.date === undefined || d.data.date === undefined || d.data.date === c.date)
        : numberWord.test(d.data.knownAs ?? d.data.title ?? '')),
  );
}

/** The issuing body: by the name the article gives ("của UBND huyện"), else by issuer code near the convening body. */
function issuerOf(
  links: DraftLinks,
  code: string | undefined,
  written: string | undefined,
  near: string | undefined,
): { id?: string; review: string } {
  if (written) {
    const named = links.body(written, near ? [near] : []);
    if (named.id) return { id: named.id, review: named.review ?? `cơ quan "${written}": kiểm tra` };
  }
  if (code) {
    const issuers = links.content.bodies.filter((b) => b.data.issuerCode === code);
    const nearby = issuers.filter((b) => near && b.data.place && near.startsWith(b.data.place.id));
    const pick = nearby.length === 1 ? nearby[0] : issuers.length === 1 ? issuers[0] : undefined;
    if (pick)
      return {
        id: pick.id,
        review: `cơ quan có ký hiệu ${code} gần nhất với cơ quan triệu tập: kiểm tra lại`,
      };
    return {
      review: `không xác định được cơ quan ban hành (${written ? `"${written}", ` : ''}ký hiệu ${code}, ${issuers.length} cơ quan trùng ký hiệu): ghi id cơ quan`,
    };
  }
  return {
    review: `không xác định được cơ quan ban hành${written ? ` ("${written}")` : ''}: ghi id cơ quan`,
  };
}
