/**
 * Links document numbers written in prose ("Kết luận số 10-KL/HU", "Kế hoạch 89/KH-UBND") to the
 * pages of the documents the archive holds. Numbers recur (per Party term, per State year) and
 * every district's Huyện ủy and UBND numbers its own documents, so a number alone names a document
 * only for national issuers; otherwise the record must say which document it cites:
 * see `resolveDocumentNumber`.
 */
import { findDocumentCitations } from './document-number.ts';

/** A document as the linker needs it. */
export interface LinkableDocument {
  id: string;
  /** The canonical number (`ParsedDocumentNumber.canonical`). */
  canonical: string;
  /** Day of issue, when known. */
  date?: string | undefined;
  /** True when the issuer is national (TW, TTg, CP, QH, VPCP…), so the number means the same everywhere. */
  national: boolean;
  /** Id of the issuing body. */
  issuer?: string | undefined;
}

/** What the text around a number tells: the record's date and the documents the record references. */
export interface LinkContext {
  /** The date of the record the text belongs to. */
  date?: string | undefined;
  /** Ids of the documents the record links to in its fields (cites, produces, implements, …). */
  referenced?: ReadonlySet<string> | undefined;
  /** Ids of the bodies the record links to (convenor, issuer, assignees, …). */
  bodies?: ReadonlySet<string> | undefined;
}

/** Issuer codes that exist once in the country, so their numbers are not repeated by other units. */
export function isNationalIssuer(issuer: string): boolean {
  return /^(TW|TTg|CP|QH\d*|VPCP(-.+)?|UBTVQH\d*)$/.test(issuer);
}

/** Documents by canonical number, built once per build. */
export type DocumentsByNumber = ReadonlyMap<string, readonly LinkableDocument[]>;

/** Groups documents by canonical number. */
export function indexDocumentsByNumber(
  documents: readonly LinkableDocument[],
): Map<string, LinkableDocument[]> {
  const map = new Map<string, LinkableDocument[]>();
  for (const d of documents) {
    const list = map.get(d.canonical) ?? [];
    list.push(d);
    map.set(d.canonical, list);
  }
  return map;
}

/**
 * The document a number means in a record. Candidates are the documents with that number that
 * the record itself references; failing those, the ones issued by a body the record names; failing
 * those, the documents of a national issuer (a local number such as 23/KH-UBND is used by every
 * district, so it is never guessed). Of the candidates: the only one; or, when the number recurs, the latest issued on or before the
 * record's date (a record cites what already exists). Undefined when nothing qualifies.
 */
export function resolveDocumentNumber(
  canonical: string,
  byNumber: DocumentsByNumber,
  context: LinkContext = {},
): LinkableDocument | undefined {
  const all = byNumber.get(canonical) ?? [];
  const referenced = all.filter((d) => context.referenced?.has(d.id));
  const byNamedIssuer = all.filter((d) => d.issuer !== undefined && context.bodies?.has(d.issuer));
  const candidates =
    referenced.length > 0
      ? referenced
      : byNamedIssuer.length > 0
        ? byNamedIssuer
        : all.filter((d) => d.national);
  if (candidates.length === 1) return candidates[0];
  if (candidates.length === 0 || context.date === undefined) return undefined;
  const date = context.date;
  const before = candidates
    .filter((d) => d.date !== undefined && d.date <= date)
    .sort((a, b) => (a.date! < b.date! ? 1 : -1));
  return before[0];
}

/** A piece of prose: plain text, or text that links to a document. */
export type TextSegment =
  { text: string; documentId?: undefined } | { text: string; documentId: string };

/** Splits `text` into plain pieces and document numbers that resolve to a document. */
export function linkDocumentNumbers(
  text: string,
  byNumber: DocumentsByNumber,
  context: LinkContext = {},
): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const citation of findDocumentCitations(text)) {
    const target = resolveDocumentNumber(citation.parsed.canonical, byNumber, context);
    if (!target) continue;
    if (citation.start > at) segments.push({ text: text.slice(at, citation.start) });
    segments.push({ text: citation.raw, documentId: target.id });
    at = citation.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}

/**
 * Links document numbers inside rendered HTML. Only text between tags is touched, never text
 * inside an existing link, and nothing inside `<code>` or `<pre>`. Document numbers contain no
 * `&`, `<` or `>`, so escaped text can be searched as it is.
 */
export function linkDocumentNumbersInHtml(
  html: string,
  byNumber: DocumentsByNumber,
  hrefOf: (documentId: string) => string,
  context: LinkContext = {},
): string {
  let skipDepth = 0;
  return html.replace(
    /(<[^>]*>)|([^<]+)/g,
    (whole, tag: string | undefined, textPart: string | undefined) => {
      if (tag !== undefined) {
        const name = /^<\/?\s*([a-zA-Z0-9]+)/.exec(tag)?.[1]?.toLowerCase();
        if (name === 'a' || name === 'code' || name === 'pre')
          skipDepth = Math.max(0, skipDepth + (tag.startsWith('</') ? -1 : 1));
        return tag;
      }
      if (skipDepth > 0 || textPart === undefined) return whole;
      return linkDocumentNumbers(textPart, byNumber, context)
        .map((s) =>
          s.documentId === undefined ? s.text : `<a href="${hrefOf(s.documentId)}">${s.text}</a>`,
        )
        .join('');
    },
  );
}
