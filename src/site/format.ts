/**
 * How the site writes values for readers: deadlines, people, places, numbers. Dates themselves
 * are formatted by `src/domain/vietnamese-date.ts`.
 */
import { PLACE_KINDS, PLACE_LEVEL, type PlaceKind } from '../schemas/places.ts';
import type { Deadline, Person, Vote } from '../schemas/index.ts';
import { t } from '../i18n/t.ts';
import { formatMonth, formatVietnameseDate } from '../domain/vietnamese-date.ts';

const ROMAN = ['I', 'II', 'III', 'IV'];

/**
 * A deadline as people write it: "15/8/2023", "tháng 8/2023", "quý II/2017", "năm 2020".
 * The source's own wording is shown beside it by the page, not here.
 */
export function formatDeadline(deadline: Deadline): string {
  switch (deadline.precision) {
    case 'day':
      return formatVietnameseDate(deadline.due);
    case 'month':
      return formatMonth(deadline.period!);
    case 'quarter': {
      const [year, q] = deadline.period!.split('-Q');
      return `quý ${ROMAN[Number(q) - 1]}/${year}`;
    }
    case 'year':
      return `năm ${deadline.period}`;
  }
}

/** A person in one line: "Trần Đình Gia (Bí thư Huyện ủy, Đại biểu Quốc hội) – Tổ trưởng". */
export function formatPerson(person: Person): string {
  const who = person.name ?? person.description ?? '';
  const positions = person.positions.length > 0 ? ` (${person.positions.join(', ')})` : '';
  const role = person.role ? ` – ${person.role}` : '';
  const described = person.name && person.description ? `; ${person.description}` : '';
  return `${who}${positions}${role}${described}`;
}

/**
 * Where in a record a task comes from: a section number ("2", "II.1") reads "Mục 2" at the start
 * of a line, "mục 2" inside one (`inline`); words ("Kết luận của Bí thư Huyện ủy") are shown as
 * written.
 */
export function formatTaskSection(
  conclusion: string,
  position: 'start' | 'inline' = 'start',
): string {
  const section = conclusion.trim();
  if (!/^[0-9IVXLCivxlc]+(?:[.)][0-9a-z]+)*[.)]?$/.test(section)) return section;
  return `${position === 'start' ? 'Mục' : 'mục'} ${section}`;
}

/** Words quoted the Vietnamese way: “…”. */
export function quote(words: string): string {
  return `“${words}”`;
}

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 });

/** A number the Vietnamese way: 5466.32 → "5.466,32". */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** A place's name with its kind for readers ("Xã Lâm Hợp", "Huyện Kỳ Anh"); a province keeps its bare name ("Hà Tĩnh"). */
export function placeDisplayName(place: { name: string; kind: PlaceKind }): string {
  if (PLACE_LEVEL[place.kind] === 1) return place.name;
  return `${PLACE_KINDS[place.kind]} ${place.name}`;
}

/**
 * The province, district and commune of a place, from the place itself and its ancestors
 * (nearest first), as display names: what search filters on.
 */
export function placeLevels(chain: ReadonlyArray<{ name: string; kind: PlaceKind }>): {
  province?: string;
  district?: string;
  commune?: string;
} {
  const levels: { province?: string; district?: string; commune?: string } = {};
  for (const place of chain) {
    const level = PLACE_LEVEL[place.kind];
    const name = placeDisplayName(place);
    if (level === 1 && levels.province === undefined) levels.province = name;
    if (level === 2 && levels.district === undefined) levels.district = name;
    if (level === 3 && levels.commune === undefined) levels.commune = name;
  }
  return levels;
}

/**
 * A vote's result in words, only from what the record states: "25 phiếu đồng ý; 25 thành viên có
 * mặt; 100% thành viên có mặt đồng ý". Nothing is computed.
 */
export function formatVote(vote: Vote): string {
  const parts: string[] = [];
  if (vote.for !== undefined) parts.push(t('vote.for', { n: vote.for }));
  if (vote.against !== undefined) parts.push(t('vote.against', { n: vote.against }));
  if (vote.abstain !== undefined) parts.push(t('vote.abstain', { n: vote.abstain }));
  if (vote.present !== undefined) parts.push(t('vote.present', { n: vote.present }));
  if (vote.members !== undefined) parts.push(t('vote.members', { n: vote.members }));
  if (vote.percent !== undefined) {
    const percent = formatNumber(vote.percent);
    parts.push(
      vote.percentOf === 'present'
        ? t('vote.percentOfPresent', { percent })
        : vote.percentOf === 'members'
          ? t('vote.percentOfMembers', { percent })
          : t('vote.percent', { percent }),
    );
  }
  return parts.join('; ');
}

/**
 * What search says about a place, from the place and its ancestors (nearest first): the levels
 * readers filter on (`placeLevels`) and the id of the province, which names the search index the
 * record goes into when the index is split by province (src/search/scopes.ts).
 */
export function searchPlace(
  chain: ReadonlyArray<{ id: string; data: { name: string; kind: PlaceKind } }>,
): ReturnType<typeof placeLevels> & { provinceId?: string } {
  const province = chain.find((place) => PLACE_LEVEL[place.data.kind] === 1);
  return {
    ...placeLevels(chain.map((place) => place.data)),
    ...(province ? { provinceId: province.id } : {}),
  };
}
