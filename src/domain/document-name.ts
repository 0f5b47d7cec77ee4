/**
 * How a document is named wherever it appears (lists, links, charts' source notes, feeds): by its
 * type and number as printed ("Quyết định 318/QĐ-TTg"); without a number, as the sources cite it
 * ("Quyết định số 1447 của Ban Thường vụ Huyện ủy"); else by its type and title. Its title
 * (trích yếu) is a second line, and a document whose title no source gives has none: the site
 * says so instead of inventing one.
 */
import { DOCUMENT_TYPE_NAMES } from './document-number.ts';

/** What naming a document reads of it. */
export interface NameableDocument {
  number?: { raw: string } | undefined;
  kind?: string | undefined;
  title?: string | undefined;
  knownAs?: string | undefined;
}

/**
 * The line under a document's name: its title (trích yếu) when the name does not already carry
 * it; `missing` when no source gives the title (the site then says "trích yếu chưa có trong hồ
 * sơ"). Undefined when the name is the title.
 */
export function documentSubtitle(
  doc: NameableDocument,
): { title: string; missing?: never } | { missing: true; title?: never } | undefined {
  if (!doc.number && !doc.knownAs) return undefined;
  return doc.title ? { title: doc.title } : { missing: true };
}

/** The name of the document's type ("Quyết định"), or its code when the code is unknown. */
export function documentTypeName(kind: string | undefined): string {
  return kind ? (DOCUMENT_TYPE_NAMES[kind] ?? kind) : 'Văn bản';
}

/** The document's name: type and number, else as cited, else type and title. */
export function documentName(doc: NameableDocument): string {
  const type = documentTypeName(doc.kind);
  if (doc.number) return `${type} ${doc.number.raw}`;
  if (doc.knownAs) return doc.knownAs;
  return doc.title ? `${type}: ${doc.title}` : type;
}
