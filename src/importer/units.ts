/**
 * Administrative units as articles name them: "xã Lâm Hợp", "Thôn 5, xã Ea Tu", "thôn Phú An
 * (xã Tân Lợi)", "TP. Hà Tĩnh", "toàn huyện", lists ("4 xã đạt chuẩn NTM gồm: Phúc Đồng, Hòa
 * Hải (huyện Hương Khê)", "Hai xã Quảng Phú và Quảng Thọ"), with the unit above them when the text
 * gives it. Each mention keeps its position, so a count or a figure can be given to the unit it
 * is said of (`unitBefore`), not to the nearest name.
 */
import type { PlaceKind } from '../schemas/places.ts';
import { PLACE_LEVEL } from '../schemas/places.ts';
import { foldKey } from './text.ts';

/** A unit named (or, with `name` undefined, only referred to: "toàn huyện", "xã") by the text. */
export interface UnitRef {
  kind: PlaceKind;
  name?: string;
}

/** A unit mention with where it is in the text and the unit above it, when the text says. */
export interface UnitMention extends UnitRef {
  /** Offset of the mention in the text it was found in. */
  index: number;
  end: number;
  /** The unit above, from apposition ("Thôn 5, xã Ea Tu"), parentheses ("(huyện Hương Khê)") or "trực thuộc". */
  parent?: UnitRef;
  /** Why `parent` needs checking (a district in parentheses after a list, applied to every item). */
  parentReview?: string;
  /** The list this mention belongs to ("Phúc Đồng" in "4 xã … gồm: Phúc Đồng, Hòa Hải"). */
  list?: number;
}

/** Kind words, longest first, with the kind they name. */
const KIND_WORDS: Array<[string, PlaceKind]> = [
  ['tổ dân phố', 'to-dan-pho'],
  ['khu dân cư', 'khu-dan-cu'],
  ['thành phố', 'thanh-pho'],
  ['thị trấn', 'thi-tran'],
  ['thị xã', 'thi-xa'],
  ['đặc khu', 'dac-khu'],
  ['phường', 'phuong'],
  ['huyện', 'huyen'],
  ['tỉnh', 'tinh'],
  ['thôn', 'thon'],
  ['xóm', 'xom'],
  ['bản', 'ban'],
  ['quận', 'quan'],
  ['xã', 'xa'],
  ['ấp', 'ap'],
  ['tp.', 'thanh-pho'],
  ['tx.', 'thi-xa'],
  ['tdp', 'to-dan-pho'],
];

const KIND_WORD_TEXT: Record<PlaceKind, string> = {
  tinh: 'tỉnh',
  'thanh-pho-truc-thuoc-trung-uong': 'thành phố',
  huyen: 'huyện',
  quan: 'quận',
  'thi-xa': 'thị xã',
  'thanh-pho': 'thành phố',
  xa: 'xã',
  phuong: 'phường',
  'thi-tran': 'thị trấn',
  'dac-khu': 'đặc khu',
  thon: 'thôn',
  xom: 'xóm',
  ban: 'bản',
  ap: 'ấp',
  'to-dan-pho': 'tổ dân phố',
  'khu-dan-cu': 'khu dân cư',
};

/** A unit in words: "xã Tam Đa", "huyện" (the district the text is about, not named). */
export function unitWords(u: UnitRef | null | undefined): string {
  if (!u) return '';
  return u.name ? `${KIND_WORD_TEXT[u.kind]} ${u.name}` : KIND_WORD_TEXT[u.kind];
}

/** Two units are the same when kind and name agree (names compared without diacritics). */
export function sameUnit(a: UnitRef | undefined | null, b: UnitRef | undefined | null): boolean {
  if (!a || !b) return false;
  return a.kind === b.kind && foldKey(a.name ?? '') === foldKey(b.name ?? '');
}

const UPPER_WORD = String.raw`(?:\p{Lu}[\p{Ll}\p{M}]*(?:-\p{Lu}?[\p{Ll}\p{M}]+)?|\d{1,3}[A-Z]?)`;
/** A proper name: one to four capitalised words ("Nà Pàn", "Tân Lâm Hương", "Ea Tu"), or a number ("Thôn 5"). */
const NAME = String.raw`${UPPER_WORD}(?:\s+\p{Lu}[\p{Ll}\p{M}]*){0,3}`;
/** Words that are never part of a name even when capitalised at a sentence start. */
const NOT_NAME = new Set(['Ủy', 'UBND', 'HĐND', 'Đảng', 'Huyện', 'Xã', 'Thôn', 'Tỉnh', 'NTM']);

/** A kind word as written: lower case, or capitalised at a sentence start ("Xã", "Thôn"), "TP." */
const anyCase = (w: string) =>
  /^\p{Ll}/u.test(w)
    ? `[${w.charAt(0)}${w.charAt(0).toLocaleUpperCase('vi')}]${w.slice(1).replace('.', String.raw`\.`)}`
    : w;
const KINDS_RE = [...KIND_WORDS.map(([w]) => anyCase(w)), String.raw`TP\.`, 'TX\\.', 'TDP'].join(
  '|',
);
/** "xã Lâm Hợp", "Thôn 5", "TP. Hà Tĩnh": a kind word and a name. */
const MENTION = new RegExp(String.raw`(?<![\p{L}\p{N}])(${KINDS_RE})\s*(${NAME})(?![\p{L}])`, 'gu');
/** "toàn huyện", "của huyện", "trên địa bàn huyện", "xã đạt …": the unit the text is about, unnamed. */
const UNNAMED = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:[Tt]oàn|của|trên địa bàn|cả|trong)\s+|(?:^|[,;]\s+|(?<![\p{L}])(?:hiện|đến nay|nay|hiện nay|năm \d{4}),?\s+|^(?:[^,]{0,30},\s+)?)(?=[Hh]uyện|[Xx]ã|[Tt]hôn))([Hh]uyện|[Xx]ã|[Tt]ỉnh|[Tt]hôn)(?![\p{L}]|\s+\p{Lu}|\s+(?:ủy|Ủy))`,
  'gu',
);
/** "Huyện ủy Nghi Lộc", "Thành ủy Hà Tĩnh", "Tỉnh ủy Hà Tĩnh": a party committee names its unit. */
const COMMITTEE =
  /(?<![\p{L}])(Huyện ủy|Thành ủy|Thị ủy|Tỉnh ủy)\s+(\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){0,3})/gu;
const COMMITTEE_KIND: Record<string, PlaceKind> = {
  'Huyện ủy': 'huyen',
  'Thành ủy': 'thanh-pho',
  'Thị ủy': 'thi-xa',
  'Tỉnh ủy': 'tinh',
};

function kindOf(word: string): PlaceKind {
  const lower = word.toLocaleLowerCase('vi');
  return KIND_WORDS.find(([w]) => w === lower)![1];
}

/** Trims words that cannot end a name ("Tam Đa Ngày" is not a name; an all-caps abbreviation is not part of it). */
function cleanName(name: string): string | undefined {
  const words = name.split(/\s+/);
  while (words.length > 0 && NOT_NAME.has(words[words.length - 1]!)) words.pop();
  if (words.length === 0 || NOT_NAME.has(words[0]!)) return undefined;
  return words.join(' ');
}

/**
 * Every unit mention in `text`, in order, with parents from apposition and parentheses, and the
 * items of lists ("4 xã … gồm: A, B, C (huyện H)") each as a mention of their own.
 */
export function findUnits(text: string): UnitMention[] {
  const out: UnitMention[] = [];
  for (const m of text.matchAll(MENTION)) {
    const name = cleanName(m[2]!);
    if (!name) continue;
    const kind = kindOf(m[1]!);
    out.push({ kind, name, index: m.index, end: m.index + m[1]!.length + 1 + name.length });
  }
  for (const m of text.matchAll(UNNAMED)) {
    const at = m.index + m[0].length - m[1]!.length;
    if (out.some((u) => u.index === at)) continue;
    out.push({ kind: kindOf(m[1]!), index: at, end: at + m[1]!.length });
  }
  for (const m of text.matchAll(COMMITTEE)) {
    const name = cleanName(m[2]!);
    if (!name) continue;
    const at = m.index + m[1]!.length + 1;
    out.push({ kind: COMMITTEE_KIND[m[1]!]!, name, index: at, end: at + name.length });
  }
  out.push(...listItems(text, out));
  out.push(...bareNames(text, out));
  out.sort((a, b) => a.index - b.index || b.end - a.end);
  // A mention inside another (the list item a plain mention already found) is kept once.
  const kept: UnitMention[] = [];
  for (const u of out) if (!kept.some((k) => k.index === u.index && sameUnit(k, u))) kept.push(u);
  attachParents(text, kept);
  return kept;
}

/**
 * A name written alone ("Xuân Phú đã đạt được 10/19 tiêu chí") that the text gives elsewhere with
 * its kind word ("xã Xuân Phú"): the same unit, when only one unit has that name.
 */
function bareNames(text: string, found: readonly UnitMention[]): UnitMention[] {
  const out: UnitMention[] = [];
  const named = found.filter((u) => u.name && u.name.includes(' ') && !/^\d/.test(u.name));
  for (const u of named) {
    if (named.some((o) => o.name === u.name && o.kind !== u.kind)) continue;
    if (out.some((o) => o.name === u.name)) continue;
    const re = new RegExp(
      String.raw`(?<![\p{L}\p{N}]\s?)(?<![\p{L}])${u.name!.replace(/\s+/g, '\\s+')}(?![\p{L}])`,
      'gu',
    );
    for (const m of text.matchAll(re)) {
      if (found.some((f) => f.index <= m.index && m.index < f.end + 1)) continue;
      const before = text.slice(Math.max(0, m.index - 20), m.index);
      if (/(?:xã|thôn|huyện|tỉnh|phường|ủy|UBND|HĐND|\p{Lu}[\p{Ll}\p{M}]*)\s*$/u.test(before))
        continue;
      out.push({ kind: u.kind, name: u.name!, index: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

/** The items of lists of units that share one kind word. */
function listItems(text: string, plain: readonly UnitMention[]): UnitMention[] {
  const out: UnitMention[] = [];
  let listNo = 0;
  // "4 xã đạt chuẩn NTM gồm: A, B, C (huyện H); D (huyện K)", "các xã: Tam Đa, Phú Lương",
  // "Hai xã Quảng Phú và Quảng Thọ", "3 xã Kỳ Tây, Kỳ Hợp, Kỳ Lâm", "2 xã … là Kỳ Đồng và Kỳ Giang",
  // "(Tân Hương, Hòa Lạc, Đồng Phú, Minh Thành)", "sáp nhập từ 3 xã Đồng Lạc, Tâm Lạc và Xuân Hòa".
  const heads = new RegExp(
    String.raw`(?<![\p{L}])(?:(?:\d+|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Cc]ác|[Nn]hững|[Cc]ả)\s+)(xã|thôn|huyện|phường|bản|xóm)(?![\p{L}])([^.;()]{0,80}?)(?:\s+(?:gồm|là)\s*:?|\s*:|\s*\(|\s+(?=\p{Lu}[\p{Ll}\p{M}]))\s*`,
    'gu',
  );
  for (const h of text.matchAll(heads)) {
    const kind = kindOf(h[1]!);
    let at = h.index + h[0].length;
    const inParens = h[0].trimEnd().endsWith('(');
    listNo += 1;
    const items: UnitMention[] = [];
    for (;;) {
      const rest = text.slice(at);
      const item = new RegExp(String.raw`^(?:(?:xã|thôn|huyện|phường)\s+)?(${NAME})`, 'u').exec(
        rest,
      );
      if (!item) break;
      const name = cleanName(item[1]!);
      if (!name || /^\d/.test(name)) break;
      const start = at + item[0].length - item[1]!.length;
      items.push({ kind, name, index: start, end: start + name.length, list: listNo });
      at += item[0].length;
      const sep = /^\s*(?:\([^)]*\)\s*)?(?:,|;|và)\s*/u.exec(text.slice(at));
      if (!sep) break;
      // A parenthesis after an item closes a group sharing that parent; the list may go on after ";".
      at += sep[0].length;
    }
    if (inParens && text.charAt(at) !== ')' && !/^\s*\)/.test(text.slice(at))) {
      /* a parenthesis that is not a list */
    }
    if (items.length >= 2 || (items.length === 1 && /gồm|là|:|\(/u.test(h[0]))) {
      // Items already found as plain mentions ("xã Kỳ Lạc và xã Lâm Hợp") keep their own entry.
      for (const it of items)
        if (!plain.some((p) => p.index <= it.index && it.index < p.end)) out.push(it);
        else {
          const p = plain.find((x) => x.index <= it.index && it.index < x.end)!;
          p.list = listNo;
        }
    }
  }
  return out;
}

/** Parents from apposition ("Thôn 5, xã Ea Tu"; "xã X, huyện Y"; "thôn A xã B") and parentheses. */
function attachParents(text: string, units: UnitMention[]): void {
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (!u.name) continue;
    const after = text.slice(u.end);
    // "(huyện Hương Khê)", "(xã Tân Lợi)", "(Cẩm Xuyên)", "(TP. Hà Tĩnh)", "(tỉnh Hà Tĩnh)", "(trước đây thuộc huyện X)"
    const paren =
      /^\s*\(\s*(?:thuộc\s+)?((?:huyện|xã|tỉnh|thị xã|thành phố|TP\.|tp\.)\s*)?([^()]{2,40}?)\s*\)/u.exec(
        after,
      );
    if (paren && !/^\d|[,;]/.test(paren[2]!) && !/trước đây|cũ/iu.test(paren[0])) {
      const parentKind: PlaceKind = paren[1]
        ? kindOf(paren[1].trim())
        : u.kind === 'thon'
          ? 'xa'
          : u.kind === 'xa'
            ? 'huyen'
            : 'tinh';
      const name = cleanName(paren[2]!.trim());
      if (name && PLACE_LEVEL[parentKind] < PLACE_LEVEL[u.kind]) {
        // Every earlier item of the same list group (back to the previous parenthesis) takes it too.
        const group = u.list === undefined ? [u] : listGroup(units, i);
        for (const g of group) {
          g.parent = { kind: parentKind, name };
          if (group.length > 1)
            g.parentReview = `"(${paren[1] ?? ''}${paren[2]})" đứng sau cả nhóm tên: áp cho cả ${group.length} đơn vị`;
        }
        // The unit named in the parenthesis is the parent, not a unit the sentence is about.
        const parenEnd = u.end + paren[0].length;
        for (const other of units)
          if (other.index > u.end && other.end <= parenEnd) other.index = -1;
      }
      continue;
    }
    // Apposition: the next mention right after a comma (or directly), one level up.
    const next = units[i + 1];
    if (!next || !next.name) continue;
    const between = text.slice(u.end, next.index);
    if (/^\s*,?\s*$/u.test(between) && PLACE_LEVEL[next.kind] === PLACE_LEVEL[u.kind] - 1) {
      u.parent = { kind: next.kind, name: next.name };
      next.index = -1; // the parent in apposition is not a unit of its own here
    } else if (
      /^\s*,?\s*có\s*$/u.test(between) &&
      PLACE_LEVEL[next.kind] === PLACE_LEVEL[u.kind] + 1
    )
      next.parent = { kind: u.kind, name: u.name };
  }
  for (let i = units.length - 1; i >= 0; i--) if (units[i]!.index < 0) units.splice(i, 1);
}

/** The items of the list group ending at `i`: back to the item after the previous parenthesis. */
function listGroup(units: readonly UnitMention[], i: number): UnitMention[] {
  const list = units[i]!.list;
  const group: UnitMention[] = [units[i]!];
  for (let j = i - 1; j >= 0; j--) {
    const u = units[j]!;
    if (u.list !== list || u.parent) break;
    group.unshift(u);
  }
  return group;
}

/**
 * The unit a count or figure at `index` is said of: the last named unit before it in the same
 * clause (the text since the last ";" or the start of the sentence, where a list counts as one
 * subject). A clause naming none, or only a kind word ("xã đạt 11/19"), looks back to the
 * previous clauses of the paragraph: one candidate of that kind is taken with a review note,
 * several leave the unit empty with one.
 */
export function unitBefore(
  text: string,
  index: number,
  units: readonly UnitMention[],
  options: { kinds?: readonly PlaceKind[]; lookBack?: boolean } = {},
): { unit: UnitMention | undefined; review?: string } {
  const fits = (u: UnitMention) => !options.kinds || options.kinds.includes(u.kind);
  const sentenceStart = Math.max(
    text.lastIndexOf('. ', index) + 1,
    text.lastIndexOf('\n', index) + 1,
    0,
  );
  const clauseStart = Math.max(sentenceStart, text.lastIndexOf(';', index) + 1);
  // A unit inside a parenthesis that closes before the value ("Xã A (sáp nhập từ xã B, C) đạt …") is not its subject.
  const enclosed = (u: UnitMention) => {
    const open = text.lastIndexOf('(', u.index);
    const close = text.indexOf(')', u.end);
    return open >= 0 && open > text.lastIndexOf(')', u.index) && close >= 0 && close < index;
  };
  const inClause = units.filter(
    (u) => u.index >= clauseStart && u.end <= index && fits(u) && !enclosed(u),
  );
  const named = inClause.filter((u) => u.name);
  const last = inClause.at(-1);
  if (last?.name) return { unit: last };
  if (last && !last.name) {
    // "xã đạt 16/19" after naming communes earlier: look back.
    const earlier = units.filter(
      (u) =>
        u.name &&
        u.kind === last.kind &&
        u.end <= last.index &&
        sameParagraph(text, u.index, index),
    );
    const distinct = uniqueUnits(earlier);
    if (distinct.length === 1)
      return {
        unit: distinct[0],
        review: `vế này chỉ ghi "${KIND_WORD_TEXT[last.kind]}": gán cho ${unitWords(distinct[0])} nêu ở trước`,
      };
    if (distinct.length > 1)
      return {
        unit: undefined,
        review: `trước đó có ${distinct.map(unitWords).join(', ')}: không biết "${KIND_WORD_TEXT[last.kind]}" là đơn vị nào`,
      };
    return { unit: last };
  }
  if (named.length > 0) return { unit: named.at(-1) };
  // Nothing in the clause ("Xã Tân Phú đạt 18/19 tiêu chí; thu nhập bình quân đạt …"): the sentence's one subject.
  const inSentence = uniqueUnits(
    units.filter(
      (u) => u.name && u.index >= sentenceStart && u.end <= index && fits(u) && !enclosed(u),
    ),
  );
  if (inSentence.length === 1) return { unit: inSentence[0] };
  // A clause naming no unit ("…; 15 thôn đạt chuẩn", "Có 3 xã đạt NTM nâng cao"): the nearest unit
  // before it in the paragraph, a named one before an unnamed one of the same kind.
  if (options.lookBack) {
    const earlier = units.filter((u) => u.end <= clauseStart && fits(u) && !enclosed(u));
    const last = earlier.at(-1);
    const named =
      last && !last.name ? earlier.filter((u) => u.name && u.kind === last.kind).at(-1) : last;
    const before = named ?? last;
    if (before)
      return {
        unit: before,
        review: `${before.index >= sentenceStart ? 'vế này' : 'câu'} không nêu đơn vị: gán cho ${unitWords(before)} nêu ở trước`,
      };
  }
  return { unit: undefined };
}

function sameParagraph(text: string, a: number, b: number): boolean {
  return !text.slice(Math.min(a, b), Math.max(a, b)).includes('\n');
}

/** Units without repeats (same kind and name). */
export function uniqueUnits<T extends UnitRef>(units: readonly T[]): T[] {
  const out: T[] = [];
  for (const u of units) if (!out.some((o) => sameUnit(o, u))) out.push(u);
  return out;
}
