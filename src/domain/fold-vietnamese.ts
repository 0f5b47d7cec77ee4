/**
 * Vietnamese text folding: Unicode normalisation, diacritic-free search keys and URL slugs.
 */

/**
 * Returns `s` in Unicode NFC (precomposed) form. Vietnamese sites publish both NFC and NFD
 * (decomposed) text; normalise before comparing, storing or hashing.
 */
export function toNfc(s: string): string {
  return s.normalize('NFC');
}

/**
 * Folds Vietnamese text to a lower-case, diacritic-free search key: "Đảng ủy Lâm Hợp" →
 * "dang uy lam hop". NFD splits every tone and the vowel marks (ă â ê ô ơ ư) into combining
 * marks, which are dropped; đ/Đ (and the lookalike Ð U+00D0) do not decompose, so they are
 * mapped to "d" explicitly. Accepts NFC or NFD input. Spaces and punctuation are kept.
 */
export function foldVietnamese(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐÐð]/g, 'd')
    .toLowerCase();
}

/**
 * Turns a title, place name or document number into an ASCII kebab-case URL slug:
 * "Lâm Hợp" → "lam-hop", "Quyết định 51/2025/QĐ-TTg" → "quyet-dinh-51-2025-qd-ttg".
 * Returns "" when nothing sluggable is left (the caller decides what to do).
 */
// URL slugs are a public contract: published links depend on this exact rule, so never change it
// silently (add a redirect when you must). The rule:
//   1. fold with `foldVietnamese` (drop every diacritic, đ → d, lower-case);
//   2. every run of characters other than a–z and 0–9 becomes a single "-";
//   3. leading and trailing "-" are removed.
export function slugify(s: string): string {
  return foldVietnamese(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
