/**
 * Links document numbers written in prose ("Kết luận số 10-KL/HU", "Kế hoạch 89/KH-UBND") to the
 * pages of the documents the archive holds. Numbers recur (per Party term, per State year), so a
 * number names a document only together with a date: see `resolveDocumentNumber`.
 */
import { findDocumentCitations } from './document-number.ts';

/** A document as the linker needs it. */
export interface LinkableDocument {
  id: string;
  /** The canonical number (`ParsedDocumentNumber.canonical`). */
  canonical: string;
  /** Day of issue, when known. */
  date?: string | undefined;
}

/** Documents by canonical number, built once per build. */
export type DocumentsByNumber = ReadonlyMap<string, readonly LinkableDocument[]>;

/** Groups documents by canonical number. */
export function indexDocumentsByNumber(documents: readonly LinkableDocument[]): Map<string, LinkableDocument[]> {
  const map = new Map<string, LinkableDocument[]>();
  for (const d of documents) {
    const list = map.get(d.canonical) ?? [];
    list.push(d);
    map.set(d.canonical, list);
  }
  return map;
}

/**
 * The document a number cited on `contextDate` means: the only one with that number; or, when
 * the number recurs, the latest one issued on or before `contextDate` (a record cites what
 * already exists). Undefined when no document has the number, or when it recurs and the
 * context gives no date to choose by.
 */
export function resolveDocumentNumber(canonical: string, byNumber: DocumentsByNumber, contextDate?: string): LinkableDocument | undefined {
  const candidates = byNumber.get(canonical) ?? [];
  if (candidates.length === 1) return candidates[0];
  if (candidates.length === 0 || contextDate === undefined) return undefined;
  const before = candidates.filter((d) => d.date !== undefined && d.date <= contextDate).sort((a, b) => (a.date! < b.date! ? 1 : -1));
  return before[0];
}

/** A piece of prose: plain text, or text that links to a document. */
export type TextSegment = { text: string; documentId?: undefined } | { text: string; documentId: string };

/** Splits `text` into plain pieces and document numbers that resolve to a document. */
export function linkDocumentNumbers(text: string, byNumber: DocumentsByNumber, contextDate?: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const citation of findDocumentCitations(text)) {
    const target = resolveDocumentNumber(citation.parsed.canonical, byNumber, contextDate);
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
export function linkDocumentNumbersInHtml(html: string, byNumber: DocumentsByNumber, hrefOf: (documentId: string) => string, contextDate?: string): string {
  let skipDepth = 0;
  return html.replace(/(<[^>]*>)|([^<]+)/g, (whole, tag: string | undefined, textPart: string | undefined) => {
    if (tag !== undefined) {
      const name = /^<\/?\s*([a-zA-Z0-9]+)/.exec(tag)?.[1]?.toLowerCase();
      if (name === 'a' || name === 'code' || name === 'pre') skipDepth = Math.max(0, skipDepth + (tag.startsWith('</') ? -1 : 1));
      return tag;
    }
    if (skipDepth > 0 || textPart === undefined) return whole;
    return linkDocumentNumbers(textPart, byNumber, contextDate)
      .map((s) => (s.documentId === undefined ? s.text : `<a href="${hrefOf(s.documentId)}">${s.text}</a>`))
      .join('');
  });
}
