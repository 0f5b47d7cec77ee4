/**
 * The one escape for text the build writes into HTML or XML by hand (Atom feeds, sitemaps, the
 * static chart SVGs, the HTML inside a feed entry). Astro escapes what its templates print; every
 * string put together outside a template goes through `escapeMarkup`.
 */

/**
 * Characters XML 1.0 does not allow anywhere in a document (its `Char` production): C0 controls
 * other than tab, line feed and carriage return, the non-characters U+FFFE and U+FFFF, and a
 * surrogate that is not half of a pair. One of them makes a whole feed unreadable to a strict
 * parser. Records may not hold them (`src/records/characters.ts`); this is the second line.
 */
const XML_FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without the characters XML 1.0 forbids. */
export function stripXmlForbidden(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

/**
 * Text made safe for HTML or XML element content and attribute values (quoted with either
 * quote): `&`, `<`, `>`, `"` and `'` as references, and the characters XML 1.0 forbids dropped.
 */
export function escapeMarkup(text: string): string {
  return stripXmlForbidden(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
