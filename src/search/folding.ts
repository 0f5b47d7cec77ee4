/**
 * How Vietnamese text is written into the search index, so that a query typed without
 * diacritics finds every accented word.
 *
 * Pagefind folds a word by Unicode decomposition (NFD, then drops combining marks), both when it
 * indexes and when it searches. That folds every tone and the vowel letters ă â ê ô ơ ư, but not
 * đ/Đ, which have no decomposition: "duong" would never find "đường". So the index stores đ as
 * "d" + U+0335 COMBINING SHORT STROKE OVERLAY (and Đ as "D" + U+0335). Pagefind's folding then
 * drops the stroke like any other mark ("duong" finds it), while an accented query encoded the
 * same way still matches the unfolded word exactly and ranks first. Everything read back from
 * the index (titles, excerpts, metadata, filter values) is decoded before it is shown, so readers
 * only ever see the original text.
 */

const STROKE = '\u0335';

/** Encodes text for the index (page HTML at build time, queries and filter values in the browser). */
export function toIndexText(s: string): string {
  return s.normalize('NFC').replace(/đ/g, `d${STROKE}`).replace(/Đ/g, `D${STROKE}`);
}

/** Decodes text read back from the index: "D\u0335ảng" → "Đảng". */
export function fromIndexText(s: string): string {
  return s.replace(/d\u0335/g, 'đ').replace(/D\u0335/g, 'Đ');
}
