/**
 * Characters a record may not hold, and odd characters named so a clerk can find them: a
 * control character (NUL, a stray escape from a Word or PDF copy), a bidirectional override that
 * makes text read backwards, a non-character; and in ids, a letter that only looks Latin
 * (Cyrillic "а") or an invisible one (zero-width space). Each is named by its code point
 * (U+0430 …), since the clerk cannot see it.
 */

/**
 * Characters refused anywhere in a record: C0 controls other than tab and line feed, DEL, C1
 * controls, the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069),
 * the non-characters U+FFFE and U+FFFF, and a surrogate that is not half of a pair (possible
 * through a JSON or YAML escape such as "\ud800").
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Letters of other scripts that look like the Latin letters of an id, with the letter they imitate. */
const LOOKALIKES: Record<string, string> = {
  а: 'a',
  е: 'e',
  һ: 'h',
  і: 'i',
  ј: 'j',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  α: 'a',
  ε: 'e',
  ι: 'i',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  υ: 'u',
  χ: 'x',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '–': '-',
  '—': '-',
  '−': '-',
};

/** Characters that take no width on screen. */
const INVISIBLE = /\u034F|[\u00AD\u061C\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/;

/** `U+0430`: a character's code point as Unicode writes it. */
export function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** What a character is, for a clerk who cannot see it: "U+0430, chữ "а" Kirin trông giống chữ "a"". */
export function describeCharacter(ch: string): string {
  const at = codePoint(ch);
  if (ch === '\u0000') return `${at}, ký tự rỗng (NUL)`;
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  if (/[\u0000-\u001F\u007F-\u009F]/.test(ch)) return `${at}, ký tự điều khiển không nhìn thấy`;
  if (/[\u202A-\u202E\u2066-\u2069]/.test(ch)) return `${at}, ký tự đảo chiều văn bản`;
  if (INVISIBLE.test(ch)) return `${at}, ký tự vô hình (không có độ rộng)`;
  if (/[\uD800-\uDFFF\uFFFE\uFFFF]/.test(ch)) return `${at}, không phải ký tự hợp lệ`;
  const imitated = LOOKALIKES[ch];
  if (imitated) {
    const script = /[\u0370-\u03FF]/.test(ch)
      ? 'Hy Lạp'
      : /[\u0400-\u052F]/.test(ch)
        ? 'Kirin'
        : '';
    return script
      ? `${at}, chữ "${ch}" ${script} trông giống chữ "${imitated}"`
      : `${at}, dấu "${ch}" trông giống dấu gạch nối "-"`;
  }
  if (/\s/.test(ch)) return `${at}, dấu cách`;
  if (/^[a-z]$/.test(ch.normalize('NFD').charAt(0)) && ch.normalize('NFD').length > 1)
    return `${at}, chữ có dấu "${ch}"`;
  if (/[\u0300-\u036F]/.test(ch)) return `${at}, dấu thanh viết rời`;
  if (/^[A-Z]$/.test(ch)) return `${at}, chữ hoa "${ch}"`;
  return `${at}, ký tự "${ch}"`;
}

/** The first character of `text` a record may not hold, with its position (from 1, in characters), or undefined. */
export function findForbiddenCharacter(
  text: string,
): { character: string; position: number } | undefined {
  const match = FORBIDDEN.exec(text);
  if (!match) return undefined;
  return { character: match[0], position: [...text.slice(0, match.index)].length + 1 };
}

/** The message for a forbidden character found in a field (`where`: "ở vị trí 12", "ở dòng 3"). */
export function forbiddenCharacterMessage(character: string, where: string): string {
  return `có ký tự ${describeCharacter(character)} ${where}: xoá ký tự này (thường lẫn vào khi chép từ Word, PDF hoặc trang web)`;
}

/**
 * The first character of an id that is not a lower-case ASCII letter, digit, `-`, `_` or `/`
 * and that a clerk may not see for what it is (another script's look-alike, an invisible
 * character, a letter with a diacritic), with its position, or undefined.
 */
export function findOddIdCharacter(
  id: string,
): { character: string; position: number } | undefined {
  let position = 0;
  for (const ch of id) {
    position++;
    if (/[a-z0-9_/-]/.test(ch)) continue;
    // An upper-case letter, a space or a Vietnamese letter shows for what it is; the usual
    // message says what to use instead.
    if (/[A-Z đĐ]/.test(ch) || /^[A-Za-z]\p{M}+$/u.test(ch.normalize('NFD'))) continue;
    return { character: ch, position };
  }
  return undefined;
}

/** What is odd in an id, as a clause ("có ký tự U+0430, … ở vị trí 4"), or an empty string. */
export function oddIdCharacterClause(id: string): string {
  const odd = findOddIdCharacter(id);
  return odd ? `có ký tự ${describeCharacter(odd.character)} ở vị trí ${odd.position}` : '';
}

/** `id` with look-alike letters written as the Latin letters they imitate and invisible characters dropped. */
export function foldLookalikes(id: string): string {
  let out = '';
  for (const ch of id) {
    if (INVISIBLE.test(ch)) continue;
    out += LOOKALIKES[ch] ?? ch;
  }
  return out;
}
