/**
 * What the importer knows of criteria sets: each set's level, tier, period, size and criteria
 * names (from `content/criteria-sets/`), which set a count belongs to (by its denominator, the
 * year, the level and tier words, the province), and which criterion a name in an article means.
 * A name that belongs to another period's set ("hộ nghèo" in 2023), or matches only in part
 * ("môi trường"), is matched with a review note, never silently.
 */
import { criteriaSetSize, effectiveCriteria } from '../domain/criteria.ts';
import type { ContentSet } from '../records/content-set.ts';
import { foldKey } from './text.ts';

/** One criteria set as the importer sees it. */
export interface KnownSet {
  id: string;
  level: 'xa' | 'thon' | 'huyen';
  tier: 'co-ban' | 'nang-cao' | 'kieu-mau';
  periodFrom: number;
  periodTo: number;
  /** Day the set's decision was issued, when known: before it, the previous set may still be in use. */
  inForceFrom?: string;
  size: number;
  indicatorCount?: number;
  /** The province of a provincial variant, by name. */
  province?: string;
  criteria: Array<{ number: number; name: string; aliases: readonly string[] }>;
}

/** The importer's knowledge of criteria sets. */
export interface CriteriaKnowledge {
  sets: KnownSet[];
}

/** The knowledge of the criteria sets in `content`. */
export function criteriaKnowledge(content: ContentSet): CriteriaKnowledge {
  const byId = new Map(content.criteriaSets.map((s) => [s.id, s.data]));
  const places = new Map(content.places.map((p) => [p.id, p.data]));
  const documents = new Map(content.documents.map((d) => [d.id, d.data]));
  const sets: KnownSet[] = [];
  for (const s of content.criteriaSets) {
    const size = criteriaSetSize(s.id, byId);
    const criteria = effectiveCriteria(s.id, byId);
    if (size === undefined || !criteria) continue;
    const set: KnownSet = {
      id: s.id,
      level: s.data.level,
      tier: s.data.tier,
      periodFrom: s.data.periodFrom,
      periodTo: s.data.periodTo,
      size,
      criteria: criteria.map((c) => ({ number: c.number, name: c.name, aliases: c.aliases })),
    };
    const decided = documents.get(s.data.decision.id)?.date;
    if (decided) set.inForceFrom = decided;
    if (s.data.indicatorCount !== undefined) set.indicatorCount = s.data.indicatorCount;
    const province = s.data.province ? places.get(s.data.province.id)?.name : undefined;
    if (province) set.province = province;
    sets.push(set);
  }
  return { sets };
}

/** What a count or a list of criteria says about its set. */
export interface SetClues {
  /** The denominator ("/19"). */
  of?: number;
  /** The year the status applies to. */
  year?: number;
  /** The day it applies to, when known (for the transition between sets). */
  date?: string;
  level?: KnownSet['level'];
  tier?: KnownSet['tier'];
  /** The province the article is about, by name. */
  province?: string;
  /** Criterion numbers the text names (a provincial criterion 20 picks the variant). */
  numbers?: readonly number[];
  /** The text says "bộ tiêu chí mới". */
  newSet?: boolean;
}

/** The set a count belongs to: one id with the reason, or none with the candidates and why. */
export interface SetChoice {
  set?: KnownSet;
  candidates: string[];
  review: string;
}

const TIER_WORDS: Record<KnownSet['tier'], string> = {
  'co-ban': 'nông thôn mới',
  'nang-cao': 'nông thôn mới nâng cao',
  'kieu-mau': 'nông thôn mới kiểu mẫu',
};

/** Chooses the set a count or list belongs to; the reason is always stated (it is an inference). */
export function chooseSet(knowledge: CriteriaKnowledge, clues: SetClues): SetChoice {
  const level = clues.level ?? 'xa';
  const tier = clues.tier ?? 'co-ban';
  let candidates = knowledge.sets.filter((s) => s.level === level && s.tier === tier);
  if (clues.of !== undefined) candidates = candidates.filter((s) => s.size === clues.of);
  const what = `${level === 'thon' ? 'thôn' : level === 'huyen' ? 'huyện' : 'xã'} ${TIER_WORDS[tier]}${clues.of ? ` có ${clues.of} tiêu chí` : ''}`;
  if (candidates.length === 0)
    return {
      candidates: [],
      review:
        level === 'thon'
          ? `bộ tiêu chí ${what} là bộ riêng của tỉnh, chưa có trong content/criteria-sets: thêm bộ tiêu chí (có thể chỉ ghi criteriaCount) rồi ghi id`
          : `chưa có bộ tiêu chí ${what} trong content/criteria-sets: thêm bộ tiêu chí rồi ghi id`,
    };
  // A provincial variant applies in its province only; a national set elsewhere.
  const inProvince = candidates.filter(
    (s) => s.province && clues.province && foldKey(s.province) === foldKey(clues.province),
  );
  const national = candidates.filter((s) => !s.province);
  const needsVariant = (clues.numbers ?? []).some((n) => n > 19);
  candidates =
    inProvince.length > 0 && (needsVariant || clues.of !== undefined)
      ? inProvince
      : national.length > 0
        ? national
        : candidates;
  if (clues.year === undefined) {
    if (clues.newSet) {
      const newest = [...candidates].sort((a, b) => b.periodFrom - a.periodFrom)[0]!;
      return {
        set: newest,
        candidates: [newest.id],
        review: `bài ghi "bộ tiêu chí mới": suy là bộ ${newest.periodFrom}–${newest.periodTo} (${newest.id}): kiểm tra`,
      };
    }
    if (candidates.length === 1)
      return {
        set: candidates[0]!,
        candidates: [candidates[0]!.id],
        review: `bài không ghi năm; bộ duy nhất ${what}: ${candidates[0]!.id}: kiểm tra`,
      };
    return {
      candidates: candidates.map((s) => s.id),
      review: `bài không ghi năm, có ${candidates.length} bộ ${what} (${candidates.map((s) => s.id).join(', ')}): ghi id bộ tiêu chí`,
    };
  }
  const year = clues.year;
  const inPeriod = candidates.filter((s) => s.periodFrom <= year && year <= s.periodTo);
  // Before a new set's decision, the previous period's set was often still used (QĐ 318 came on 8/3/2022).
  const transition = inPeriod.filter((s) => {
    const from = s.inForceFrom;
    if (!from) return false;
    return clues.date ? clues.date < from : year < Number(from.slice(0, 4));
  });
  const previous = transition.flatMap((s) =>
    candidates.filter((c) => c.periodTo === s.periodFrom - 1 || c.periodTo === year - 1),
  );
  const choices = [...new Set([...inPeriod, ...previous])];
  if (choices.length === 1)
    return {
      set: choices[0]!,
      candidates: [choices[0]!.id],
      review: `bộ tiêu chí suy từ năm ${year}${clues.of ? ` và mẫu số ${clues.of}` : ''}: ${choices[0]!.id}`,
    };
  if (choices.length === 0)
    return {
      candidates: candidates.map((s) => s.id),
      review: `không có bộ ${what} áp dụng năm ${year} trong content/criteria-sets: ghi id bộ tiêu chí`,
    };
  return {
    candidates: choices.map((s) => s.id),
    review: `năm ${year} là năm chuyển giai đoạn: bộ mới ban hành ${transition[0]?.inForceFrom ?? ''}, nhiều nơi vẫn đánh giá theo bộ cũ (${choices.map((s) => s.id).join(', ')}): ghi id bộ tiêu chí`,
  };
}

/** A criterion a name in an article means, with a note when it is not the set's own name. */
export interface CriterionMatch {
  number: number;
  review?: string;
}

/** Words that articles use for a criterion of the national 19-criteria sets, with why they need a check. */
const LOOSE_NAMES: ReadonlyArray<[number, readonly string[], string]> = [
  [3, ['thủy lợi', 'thuỷ lợi'], 'tên cũ (2016–2020) của tiêu chí 3'],
  [
    7,
    ['chợ nông thôn', 'chợ'],
    '"chợ nông thôn" là tên cũ của tiêu chí 7 (Cơ sở hạ tầng thương mại nông thôn)',
  ],
  [8, ['thông tin', 'bưu điện'], 'khớp gần đúng với tiêu chí 8 (Thông tin và Truyền thông)'],
  [
    11,
    ['hộ nghèo', 'nghèo đa chiều', 'hộ nghèo đa chiều', 'tỷ lệ hộ nghèo', 'giảm nghèo'],
    'tên tiêu chí 11 khác nhau giữa hai giai đoạn (Hộ nghèo; Nghèo đa chiều)',
  ],
  [
    12,
    ['lao động', 'việc làm', 'lao động có việc làm'],
    'khớp gần đúng với tiêu chí 12 (Lao động)',
  ],
  [13, ['tổ chức sản xuất'], 'khớp gần đúng với tiêu chí 13 (Tổ chức sản xuất)'],
  [
    17,
    ['môi trường', 'vệ sinh môi trường', 'an toàn thực phẩm'],
    'khớp gần đúng với tiêu chí 17 (Môi trường và an toàn thực phẩm)',
  ],
  [18, ['hệ thống chính trị', 'tiếp cận pháp luật'], 'khớp gần đúng với tiêu chí 18'],
  [
    19,
    ['an ninh trật tự', 'quốc phòng an ninh', 'an ninh', 'quốc phòng'],
    'khớp gần đúng với tiêu chí 19 (Quốc phòng và An ninh)',
  ],
];

/** The comparison key of a criterion name: folded, without "và", "tiêu chí", "về", "tỷ lệ", dashes. */
export function criterionKey(s: string): string {
  return foldKey(s.replace(/[–-]/g, ' '))
    .replace(/^(?:tieu chi )?(?:so \d+ )?(?:ve )?/, '')
    .replace(/^(?:ty le|ti le) /, '')
    .replace(/\b(?:va|tieu chi)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The criterion of `set` a written name means, or undefined. */
export function matchCriterionName(written: string, set: KnownSet): CriterionMatch | undefined {
  const numbered = /(?:tiêu chí\s+)?số\s+(\d{1,2})/iu.exec(written);
  if (numbered) {
    const n = Number(numbered[1]);
    return set.criteria.some((c) => c.number === n) || n <= set.size ? { number: n } : undefined;
  }
  const target = criterionKey(written);
  if (target === '') return undefined;
  for (const c of set.criteria)
    if ([c.name, ...c.aliases].some((n) => criterionKey(n) === target)) return { number: c.number };
  const prefix = set.criteria.filter((c) =>
    [c.name, ...c.aliases].some((n) => {
      const name = criterionKey(n);
      return name.startsWith(`${target} `) || target.startsWith(`${name} `);
    }),
  );
  if (prefix.length === 1) {
    const c = prefix[0]!;
    return {
      number: c.number,
      review: `"${written}" khớp gần đúng với tiêu chí ${c.number} (${c.name})`,
    };
  }
  if (set.size !== 19) return undefined;
  for (const [number, names, why] of LOOSE_NAMES) {
    if (!names.some((n) => criterionKey(n) === target)) continue;
    const own = set.criteria.find((c) => c.number === number);
    return {
      number,
      review: `"${written}": ${why}${own ? `; tên trong bộ này là "${own.name}"` : ''}`,
    };
  }
  return undefined;
}

/** All names a set's criteria go by, longest first, for splitting a list written with "," and "và". */
export function criterionNames(set: KnownSet): string[] {
  const names = set.criteria.flatMap((c) => [c.name, ...c.aliases]);
  if (set.size === 19) for (const [, loose] of LOOSE_NAMES) names.push(...loose);
  return [...new Set(names.map(criterionKey))].sort((a, b) => b.length - a.length);
}
