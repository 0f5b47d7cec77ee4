/**
 * Result order on top of Pagefind's ranking. Pagefind folds diacritics, so "hiến" also matches
 * "hiện", and it scores words, not phrases, so a long page that says "làm", "đất" and "đường"
 * often enough can outrank the one page that says "hiến đất làm đường". The client therefore
 * runs up to three passes over the same index chunks (no extra downloads): the ordinary folded
 * search, a phrase search when the query has several words, and a search that matches
 * diacritics exactly when the reader typed them; then it orders the ordinary results in tiers:
 * phrase and exact, phrase, exact, the rest, keeping Pagefind's order inside each tier.
 */
import { foldVietnamese } from '../domain/fold-vietnamese.ts';

/** True when the query carries any Vietnamese diacritic (tone, vowel mark or đ). */
export function hasDiacritics(query: string): boolean {
  return foldVietnamese(query) !== query.normalize('NFC').toLowerCase();
}

/** True when the query has more than one word, so that a phrase pass is worth running. */
export function isMultiWord(query: string): boolean {
  return query.trim().split(/\s+/).length > 1;
}

/** The query as a Pagefind phrase search (quoted), or undefined when it is one word or already quoted. */
export function phraseQuery(query: string): string | undefined {
  const trimmed = query.trim();
  if (!isMultiWord(trimmed) || /^".*"$/.test(trimmed)) return undefined;
  return `"${trimmed.replace(/"/g, '')}"`;
}

/**
 * Orders `results` (Pagefind's order) in tiers: results also found by both the `phrase` and the
 * `exact` pass first, then by `phrase`, then by `exact`, then the rest. A result found by a pass
 * is replaced by that pass's own result object (phrase before exact), whose excerpt marks the
 * phrase or the exactly spelled word rather than every folded lookalike. Results are matched
 * across passes by `keyOf`: Pagefind's page id by default, which is unique within one index; over
 * merged indexes two pages may share an id, and the caller keys those by their address instead
 * (`sharedIds`).
 */
export function orderInTiers<T extends { id: string }>(
  results: readonly T[],
  passes: { phrase?: readonly T[]; exact?: readonly T[] },
  keyOf: (result: T) => string = (result) => result.id,
): T[] {
  const phrase = new Map((passes.phrase ?? []).map((r) => [keyOf(r), r]));
  const exact = new Map((passes.exact ?? []).map((r) => [keyOf(r), r]));
  const tier = (key: string) => (phrase.has(key) ? 0 : 2) + (exact.has(key) ? 0 : 1);
  return results
    .map((result, index) => ({ result, index, key: keyOf(result) }))
    .map((r) => ({ ...r, tier: tier(r.key) }))
    .sort((a, b) => a.tier - b.tier || a.index - b.index)
    .map(({ result, key }) => phrase.get(key) ?? exact.get(key) ?? result);
}

/**
 * Page ids that stand for more than one page in `results`: over merged indexes (one per
 * province) Pagefind's 28-bit page ids can collide. A pass of the same query finds a subset of
 * the ordinary results, so an id shared by two pages shows up twice among those.
 */
export function sharedIds(results: ReadonlyArray<{ id: string }>): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const { id } of results) {
    if (seen.has(id)) shared.add(id);
    seen.add(id);
  }
  return shared;
}

/** Words a record's title may start with before its own name or number. */
const NAME_PREFIXES = [
  'tinh',
  'thanh pho',
  'huyen',
  'thi xa',
  'quan',
  'thi tran',
  'xa',
  'phuong',
  'thon',
  'to dan pho',
  'khu dan cu',
  'ban',
  'lang',
  'chuong trinh',
  'ke hoach',
  'quyet dinh',
  'ket luan',
  'nghi quyet',
  'thong bao',
  'cong van',
  'de an',
  'chi thi',
  'bao cao',
  'to trinh',
  'huong dan',
  'van ban',
].sort((a, b) => b.length - a.length);

function nameKey(s: string): string {
  // Separators inside document numbers count as spaces: "60-KH/HU" ≈ "60 KH HU".
  return foldVietnamese(s)
    .replace(/[\s"“”'’.,;:!?()[\]/-]+/g, ' ')
    .trim();
}

/**
 * True when a result's title is the query itself, give or take a leading kind word ("Xã",
 * "Huyện", "Kế hoạch", "Chương trình", …, then an optional "số"): "Xã Lâm Hợp" for "lam hop",
 * "Kế hoạch 89/KH-UBND" for "89/kh-ubnd". Diacritics and case do not matter.
 */
export function isNameMatch(title: string, query: string): boolean {
  const q = nameKey(query);
  // A title may carry a subtitle after its name: "Kế hoạch 60-KH/HU [Kế hoạch số … — trích yếu …]".
  const namePart = title.split(/\s*[[—–(]|:\s/)[0]!;
  const t = nameKey(namePart.trim() ? namePart : title);
  if (!q) return false;
  if (t === q) return true;
  return NAME_PREFIXES.some((p) => t === `${p} ${q}` || t === `${p} so ${q}`);
}

/**
 * Moves the results whose title names exactly what was asked for to the front, keeping the order
 * otherwise. Among them, those `owns` picks come first: several records can carry the same name
 * (a plan known by the document that adopted it is titled "Kế hoạch 60-KH/HU" like the document),
 * and Pagefind's scores, which differ between one index and merged ones, must not decide which.
 */
export function nameMatchesFirst<T extends { title: string }>(
  hits: readonly T[],
  query: string,
  owns: (hit: T) => boolean = () => false,
): T[] {
  const named = hits.filter((h) => isNameMatch(h.title, query));
  const owners = named.filter(owns);
  return [
    ...owners,
    ...named.filter((h) => !owners.includes(h)),
    ...hits.filter((h) => !named.includes(h)),
  ];
}
