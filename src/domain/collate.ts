/**
 * Vietnamese sort order for names of places, bodies and people.
 */
import { toNfc } from './fold-vietnamese.ts';

let vietnameseCollator: Intl.Collator | undefined;

// ICU's "vi" tailoring gives the Vietnamese alphabet (a ă â b c d đ e ê g h i k l m n o ô ơ p q
// r s t u ư v x y) and the tone order (none, huyền, hỏi, ngã, sắc, nặng) as a tie-breaker.
// A runtime built without full ICU silently falls back to root order (ă sorted as a), so refuse it.
// `numeric` makes "Tổ 2" sort before "Tổ 10", which readers of numbered units expect.
function collator(): Intl.Collator {
  if (vietnameseCollator === undefined) {
    const candidate = new Intl.Collator('vi', { numeric: true });
    if (!candidate.resolvedOptions().locale.startsWith('vi')) {
      throw new Error(
        'This JavaScript runtime has no Vietnamese collation data (ICU); use a Node build with full ICU.',
      );
    }
    vietnameseCollator = candidate;
  }
  return vietnameseCollator;
}

/**
 * Compares two strings in Vietnamese alphabetical order ("Dung" < "Đức" < "Em"), for use with
 * `Array.prototype.sort`. NFC and NFD spellings of the same text compare equal.
 */
export function compareVietnamese(a: string, b: string): number {
  return collator().compare(toNfc(a), toNfc(b));
}

/**
 * Returns a new array of `items` sorted in Vietnamese order of `key(item)`. The sort is stable,
 * and `items` is left unchanged.
 */
export function sortVietnamese<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((x, y) => compareVietnamese(key(x), key(y)));
}
