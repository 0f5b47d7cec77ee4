/**
 * When a page was published and when what it reports happened, in every form the sites write
 * them: datelines ("THỨ HAI, 15/06/2020 19:41:17", "22:10 | 30/08/2023", "Cập nhật: …",
 * ISO metadata), event leads ("Chiều 14.3,", "Ngày 16-5,", "Sáng thứ Sáu, ngày 9/6/2023,",
 * "Ngày 5 tháng 8 năm 2021", "Sáng nay (28/6)", "Hôm qua", "Trong hai ngày 14 và 15/9",
 * "Từ ngày 20 đến ngày 22/7/2023", "Đầu tháng 10/2024", "Vừa qua"), and a year the text leaves
 * out, taken from the publication date or the article's own words, always with the reason.
 * A cited document's date or a deadline is never the event's date.
 */
import { daysInMonth, formatVietnameseDate } from '../domain/vietnamese-date.ts';
import type { Found } from './text.ts';

export type PartOfDay = 'sáng' | 'chiều' | 'tối';

/** The publication date and time of the page. */
export interface Published {
  date?: string;
  time?: string;
  /** True when the page gives no year and it was worked out. */
  inferred: boolean;
}

/** The day (or days, or month) of the event an article reports. */
export interface EventDate {
  date?: string;
  /** Last day of an event over several days. */
  endDate?: string;
  /** `YYYY-MM` when the text gives only a month. */
  month?: string;
  partOfDay?: PartOfDay;
  /** `on-or-before` for "vừa qua": the event had happened by `date`. */
  qualifier?: 'on-or-before';
  /** True when any part (usually the year) is not written. */
  inferred: boolean;
  /** Where the missing part came from. */
  inferredFrom?: 'published' | 'text' | 'programme-years';
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const isRealDay = (y: number, m: number, d: number) =>
  m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);

/** The day before `day` (ISO). */
function dayBefore(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  if (d > 1) return iso(y, m, d - 1);
  if (m > 1) return iso(y, m - 1, daysInMonth(y, m - 1));
  return iso(y - 1, 12, 31);
}

const WEEKDAYS = ['chủ nhật', 'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy'];

/** The weekday of an ISO day, in Vietnamese ("thứ hai" … "chủ nhật"). */
export function weekdayOf(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
}

/**
 * The years the article's words fix, best first: "năm 2022" (not of a target: "phấn đấu đến năm
 * 2025", "giai đoạn 2021–2025"), then years of full dates ("15/8/2023"), latest first.
 */
export function yearsInText(text: string): Array<{ year: number; evidence: string }> {
  const stated: Array<{ year: number; evidence: string; index: number }> = [];
  for (const m of text.matchAll(
    /(?<!giai đoạn |đến |đến hết |phấn đấu |trước |từ )năm (\d{4})(?![\d–-])/giu,
  )) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (/(?:phấn đấu|mục tiêu|đến năm|giai đoạn)[^.;]*$/iu.test(before)) continue;
    stated.push({ year: Number(m[1]), evidence: m[0], index: m.index });
  }
  const dated = [...text.matchAll(/(?<!\d)\d{1,2}\/\d{1,2}\/(\d{4})(?!\d)/g)].map((m) => ({
    year: Number(m[1]),
    evidence: m[0],
    index: m.index,
  }));
  const order = (list: typeof stated) =>
    [...list].sort((a, b) => b.year - a.year || a.index - b.index);
  return [...order(stated), ...order(dated)].map(({ year, evidence }) => ({ year, evidence }));
}

/**
 * The year of the programme counted in years ("sau gần 13 năm thực hiện Chương trình … nông
 * thôn mới" → 2023): the national programme began in 2010.
 */
function programmeYear(text: string): { year: number; evidence: string } | undefined {
  const m =
    /(?:sau|qua)\s+(?:gần|hơn|trên)?\s*(\d{1,2})\s+năm\s+(?:triển khai\s+)?(?:thực hiện|xây dựng)[^.;]{0,90}?(?:nông thôn mới|NTM)/iu.exec(
      text,
    );
  return m ? { year: 2010 + Number(m[1]), evidence: m[0] } : undefined;
}

const DATE_PART = String.raw`(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?![\d/.-]*\d)`;

/** Reads the publication date from the dateline. `bodyText` gives the year when the dateline has none. */
export function findPublished(
  dateline: { text: string } | undefined,
  bodyText: string,
): Found<Published> | undefined {
  if (!dateline) return undefined;
  const t = dateline.text;
  const isoStamp = /(\d{4})-(\d{2})-(\d{2})T(\d{1,2}:\d{2}(?::\d{2})?)/.exec(t);
  const m = new RegExp(DATE_PART, 'u').exec(t.replace(/\d{1,2}:\d{2}(?::\d{2})?/g, ' '));
  const time = isoStamp?.[4] ?? /(?<![\d/])(\d{1,2}:\d{2}(?::\d{2})?)(?![\d/])/.exec(t)?.[1];
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  if (isoStamp)
    [year, month, day] = [Number(isoStamp[1]), Number(isoStamp[2]), Number(isoStamp[3])];
  else if (m) [day, month, year] = [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined];
  const value: Published = { inferred: false };
  if (time) value.time = time;
  const notes: string[] = [];
  if (day !== undefined && month !== undefined) {
    if (year === undefined) {
      const fromText = yearsInText(bodyText)[0];
      if (fromText) {
        year = fromText.year;
        value.inferred = true;
        notes.push(
          `trang không ghi năm đăng; năm ${year} suy từ "${fromText.evidence}" trong bài: kiểm tra`,
        );
      }
    }
    if (year !== undefined && isRealDay(year, month, day)) value.date = iso(year, month, day);
  }
  const weekday = /(thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)/iu.exec(t)?.[1];
  if (weekday && value.date) {
    const actual = weekdayOf(value.date);
    const written = weekday.toLocaleLowerCase('vi').replace(/\s+/g, ' ');
    if (written !== actual)
      notes.push(
        `thứ ghi trên trang (${weekday}) không khớp ngày ${formatVietnameseDate(value.date)} (${actual}): kiểm tra ngày đăng`,
      );
  }
  if (/cập nhật/iu.test(t)) notes.push('đây là ngày cập nhật, có thể muộn hơn ngày đăng');
  if (!value.date && !value.time) return undefined;
  const found: Found<Published> = { value, evidence: t };
  if (notes.length > 0) found.review = notes.join('; ');
  return found;
}

/** A date mention in a paragraph, before the year is resolved. */
interface Mention {
  day?: number;
  month?: number;
  year?: number;
  endDay?: number;
  partOfDay?: PartOfDay;
  relative?: 'today' | 'yesterday';
  vuaQua?: boolean;
  monthOnly?: boolean;
  lunar?: boolean;
  planned?: boolean;
  evidence: string;
}

const PART = String.raw`(sáng|chiều|tối|trưa)`;

/** The event mention at the start of a paragraph or of a clause ("…, sáng 9/3, Tổ công tác …"). */
function leadMention(paragraph: string): Mention | undefined {
  const starts = [0, ...[...paragraph.matchAll(/[,.;]\s+/g)].map((m) => m.index + m[0].length)];
  for (const start of starts.slice(0, 6)) {
    const rest = paragraph.slice(start).replace(/^\([^)]{1,30}\)\s*[-–]\s*/u, '');
    const m = mentionAt(rest);
    if (!m) continue;
    // A cited document's date ("Kế hoạch số 15/KH-UBND ngày 20/01/2023 …") or a deadline is not the event.
    const before = paragraph.slice(Math.max(0, start - 50), start);
    if (/(?:số|\/[A-ZĐ]{1,4}-[A-ZĐ]+|-[A-ZĐ]{1,4}\/[A-ZĐ]+)[^,;]*$/u.test(before) && start > 0)
      continue;
    if (/(?:trước|hạn|chậm nhất|đến)\s*$/iu.test(before)) continue;
    return m;
  }
  return undefined;
}

/**
 * A date form at the very start of `s`: the first form that matches wins, so an announcement or a
 * relative day ("hôm nay (28/6)") is read before the plain day it contains.
 */
function mentionAt(s: string): Mention | undefined {
  const lower = s.toLocaleLowerCase('vi');
  return (
    plannedMention(s, lower) ??
    lunarMention(s, lower) ??
    relativeMention(s, lower) ??
    spanMention(s, lower) ??
    dayMention(s, lower)
  );
}

/** An event announced for later: "Dự kiến (vào) (ngày) 15/10(/2023)"; `lower` is `s` lowered. */
function plannedMention(s: string, lower: string): Mention | undefined {
  const m =
    /^dự kiến\s+(?:vào\s+)?(?:ngày\s+)?(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?/u.exec(lower);
  if (!m) return undefined;
  return {
    day: +m[1]!,
    month: +m[2]!,
    ...(m[3] ? { year: +m[3] } : {}),
    planned: true,
    evidence: s.slice(0, m[0].length),
  };
}

/** A day of the lunar new year ("Mùng 5 Tết"), which the clerk converts by hand. */
function lunarMention(s: string, lower: string): Mention | undefined {
  const m = /^(?:ngày\s+)?mùng\s+(\d{1,2})\s+tết/u.exec(lower);
  return m ? { lunar: true, evidence: s.slice(0, m[0].length + 12).trim() } : undefined;
}

/** A day told from the publication day: "Sáng nay (28/6)", "Hôm nay", "Chiều qua", "Vừa qua". */
function relativeMention(s: string, lower: string): Mention | undefined {
  let m: RegExpExecArray | null;
  if (
    (m = new RegExp(
      `^(?:${PART}\\s+)?(?:hôm\\s+)?nay\\s*\\(?\\s*(?:ngày\\s+)?(\\d{1,2})\\s*/\\s*(\\d{1,2})\\)?`,
      'u',
    ).exec(lower))
  )
    return {
      ...partOf(m[1]),
      day: +m[2]!,
      month: +m[3]!,
      relative: 'today',
      evidence: s.slice(0, m[0].length),
    };
  if ((m = new RegExp(`^(?:${PART}\\s+)?(?:hôm\\s+)?nay(?![\\p{L}])`, 'u').exec(lower)))
    return { ...partOf(m[1]), relative: 'today', evidence: s.slice(0, m[0].length) };
  if (
    (m = new RegExp(
      `^(?:hôm qua|${PART}\\s+qua)\\s*(?:\\(\\s*(?:ngày\\s+)?(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*\\))?`,
      'u',
    ).exec(lower))
  )
    return {
      ...partOf(m[1]),
      ...(m[2] ? { day: +m[2], month: +m[3]! } : {}),
      relative: 'yesterday',
      evidence: s.slice(0, m[0].length),
    };
  if ((m = /^(?:vừa qua|mới đây|vừa rồi)(?![\p{L}])/u.exec(lower)))
    return { vuaQua: true, evidence: s.slice(0, m[0].length) };
  return undefined;
}

/**
 * Several days or a whole month: "Trong hai ngày 14 và 15/9", "Từ ngày 20 đến ngày 22/7/2023",
 * "Đầu tháng 10/2024".
 */
function spanMention(s: string, lower: string): Mention | undefined {
  let m: RegExpExecArray | null;
  if (
    (m =
      /^trong\s+(?:hai|2|ba|3)\s+ngày\s+(\d{1,2})\s*(?:và|,|-)\s*(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?/u.exec(
        lower,
      ))
  )
    return {
      day: +m[1]!,
      endDay: +m[2]!,
      month: +m[3]!,
      ...(m[4] ? { year: +m[4] } : {}),
      evidence: s.slice(0, m[0].length),
    };
  if (
    (m =
      /^từ\s+ngày\s+(\d{1,2})(?:\s*\/\s*(\d{1,2}))?\s+đến\s+(?:ngày\s+)?(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?/u.exec(
        lower,
      ))
  )
    return {
      day: +m[1]!,
      endDay: +m[3]!,
      month: +m[4]!,
      ...(m[5] ? { year: +m[5] } : {}),
      evidence: s.slice(0, m[0].length),
    };
  if ((m = /^(?:đầu|giữa|cuối)?\s*tháng\s+(\d{1,2})\s*\/\s*(\d{4})/u.exec(lower)))
    return { month: +m[1]!, year: +m[2]!, monthOnly: true, evidence: s.slice(0, m[0].length) };
  return undefined;
}

/** One day, in words ("Ngày 5 tháng 8 năm 2021") or in figures ("Sáng 8/6", "Chiều 14.3"). */
function dayMention(s: string, lower: string): Mention | undefined {
  let m: RegExpExecArray | null;
  if (
    (m = new RegExp(
      `^(?:${PART}\\s+)?(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\\s+nhật)?\\s*,?\\s*ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s+năm\\s+(\\d{4}))?`,
      'u',
    ).exec(lower))
  )
    return {
      ...partOf(m[1]),
      day: +m[2]!,
      month: +m[3]!,
      ...(m[4] ? { year: +m[4] } : {}),
      evidence: s.slice(0, m[0].length),
    };
  // "Sáng 8/6", "Chiều 14.3", "Ngày 16-5", "Sáng thứ Sáu, ngày 9/6/2023", "Sáng ngày 12/01/2018"
  if (
    (m = new RegExp(
      `^(?:${PART}\\s+)?(?:(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\\s+nhật)\\s*,?\\s*)?(?:(ngày)\\s+)?${DATE_PART}`,
      'u',
    ).exec(lower))
  ) {
    if (!m[1] && !m[2]) return undefined; // a bare "14.3" at a clause start is not a date
    return {
      ...partOf(m[1]),
      day: +m[3]!,
      month: +m[4]!,
      ...(m[5] ? { year: +m[5] } : {}),
      evidence: s.slice(0, m[0].length),
    };
  }
  return undefined;
}

function partOf(word: string | undefined): { partOfDay?: PartOfDay } {
  return word === 'sáng' || word === 'chiều' || word === 'tối' ? { partOfDay: word } : {};
}

/** The event date and the date of an announced event, from the article's first paragraphs. */
export interface EventDates {
  event?: Found<EventDate>;
  planned?: Found<EventDate>;
}

/** Reads the event date from the first paragraphs that give one. */
export function findEventDate(
  paragraphs: readonly string[],
  published: Published | undefined,
): EventDates {
  const text = paragraphs.join('\n');
  for (const p of paragraphs.slice(0, 4)) {
    const mention = leadMention(p);
    if (!mention) continue;
    return resolveMention(mention, p, text, published);
  }
  // "Huyện ủy Kỳ Anh … vừa tổ chức Hội nghị": no day, the event had happened by the publication day.
  const recent = /vừa\s+(?:tổ chức|họp|có buổi|làm việc|diễn ra)/u.exec(
    paragraphs.slice(0, 2).join(' '),
  );
  if (recent) return resolveMention({ vuaQua: true, evidence: recent[0] }, '', text, published);
  return {};
}

/** Dates a mention: from its own words, else from the publication day or the article's years. */
function resolveMention(
  m: Mention,
  paragraph: string,
  text: string,
  published: Published | undefined,
): EventDates {
  const out: EventDate = { inferred: false };
  if (m.partOfDay) out.partOfDay = m.partOfDay;
  const pub = published?.date;
  if (m.lunar) return { event: lunarEvent(m, out) };
  if (m.vuaQua) return { event: recentEvent(m, out, pub) };
  if (m.monthOnly) return { event: monthEvent(m, out) };
  if (m.relative && m.day === undefined) return { event: relativeEvent(m, out, pub) };
  const key: 'event' | 'planned' = m.planned ? 'planned' : 'event';
  return { [key]: dayEvent(m, out, paragraph, text, published) };
}

/** A lunar day ("Mùng 5 Tết"): left undated for the clerk to convert. */
function lunarEvent(m: Mention, out: EventDate): Found<EventDate> {
  return {
    value: out,
    evidence: m.evidence,
    review: `bài ghi ngày âm lịch ("${m.evidence}"): đổi sang dương lịch rồi ghi ngày`,
  };
}

/** "Vừa qua": the event had happened by the publication day `pub`, when the page gives one. */
function recentEvent(m: Mention, out: EventDate, pub: string | undefined): Found<EventDate> {
  if (!pub)
    return {
      value: out,
      evidence: m.evidence,
      review: `bài chỉ ghi "${m.evidence}", không có ngày và không có ngày đăng: ghi ngày họp`,
    };
  out.date = pub;
  out.qualifier = 'on-or-before';
  out.inferred = true;
  out.inferredFrom = 'published';
  return {
    value: out,
    evidence: m.evidence,
    review: `bài chỉ ghi "${m.evidence}": ngày họp không muộn hơn ngày đăng bài (${formatVietnameseDate(pub)})`,
  };
}

/** "Đầu tháng 10/2024": the month only, with no day. */
function monthEvent(m: Mention, out: EventDate): Found<EventDate> {
  out.month = `${m.year}-${pad(m.month!)}`;
  return {
    value: out,
    evidence: m.evidence,
    review: `bài chỉ ghi "${m.evidence}": không có ngày cụ thể`,
  };
}

/** "Hôm nay", "Chiều qua" with no day written: the publication day `pub`, or the day before it. */
function relativeEvent(m: Mention, out: EventDate, pub: string | undefined): Found<EventDate> {
  if (!pub)
    return {
      value: out,
      evidence: m.evidence,
      review: `bài ghi "${m.evidence}" mà trang không có ngày đăng: ghi ngày họp`,
    };
  out.date = m.relative === 'today' ? pub : dayBefore(pub);
  out.inferred = true;
  out.inferredFrom = 'published';
  return {
    value: out,
    evidence: m.evidence,
    review: `bài chỉ ghi "${m.evidence}": ngày họp tính từ ngày đăng bài (${formatVietnameseDate(pub)})`,
  };
}

/**
 * A written day and month (and end day): the year as written or inferred with the reason, checked
 * to be a real day and against a "hôm nay"/"hôm qua" of the same mention.
 */
function dayEvent(
  m: Mention,
  out: EventDate,
  paragraph: string,
  text: string,
  published: Published | undefined,
): Found<EventDate> {
  const notes: string[] = [];
  const pub = published?.date;
  let year = m.year;
  if (year === undefined) {
    const resolved = inferYear(m, paragraph, text, published);
    if (!resolved) {
      return {
        value: out,
        evidence: m.evidence,
        review: `bài ghi "${m.evidence}", không có năm, và không tìm được năm trong bài hay ngày đăng: ghi ngày đủ năm`,
      };
    }
    year = resolved.year;
    out.inferred = true;
    out.inferredFrom = resolved.from;
    notes.push(resolved.note);
  }
  if (!isRealDay(year, m.month!, m.day!)) {
    return {
      value: { inferred: out.inferred, ...(out.partOfDay ? { partOfDay: out.partOfDay } : {}) },
      evidence: m.evidence,
      review: `"${m.evidence}" không phải ngày có thật (tháng ${m.month} không có ngày ${m.day}): kiểm tra lại ngày trong bài gốc`,
    };
  }
  out.date = iso(year, m.month!, m.day!);
  if (m.endDay !== undefined && isRealDay(year, m.month!, m.endDay)) {
    out.endDate = iso(year, m.month!, m.endDay);
    notes.unshift(`sự kiện kéo dài đến ngày ${formatVietnameseDate(out.endDate)}`);
  }
  if (m.relative === 'today' && pub && pub !== out.date)
    notes.push(`bài ghi "${m.evidence}" nhưng ngày đăng là ${formatVietnameseDate(pub)}: kiểm tra`);
  if (m.relative === 'yesterday' && pub && dayBefore(pub) !== out.date)
    notes.push(`bài ghi "${m.evidence}" nhưng ngày đăng là ${formatVietnameseDate(pub)}: kiểm tra`);
  if (m.planned) notes.unshift('sự kiện sắp diễn ra ("dự kiến"), chưa diễn ra khi đăng bài');
  const found: Found<EventDate> = { value: out, evidence: m.evidence };
  if (notes.length > 0) found.review = notes.join('; ');
  return found;
}

/** The year of a day and month written without one. */
function inferYear(
  m: Mention,
  paragraph: string,
  text: string,
  published: Published | undefined,
): { year: number; from: 'published' | 'text' | 'programme-years'; note: string } | undefined {
  const written = `"${m.evidence}"`;
  if (published?.date) {
    const pubYear = Number(published.date.slice(0, 4));
    const sameYear = iso(pubYear, m.month!, Math.min(m.day!, 28));
    // An event reported after new year ("Chiều 29/12" in an article of 02/01) belongs to the year before.
    const year = !m.planned && sameYear > published.date ? pubYear - 1 : pubYear;
    const note =
      year === pubYear
        ? `bài ghi ${written}, không có năm; năm ${year} là năm đăng bài${published.inferred ? ' (năm đăng cũng là suy luận)' : ''}`
        : `bài đăng ngày ${formatVietnameseDate(published.date)} nhưng ${written} không có năm: lấy năm trước năm đăng (${year})`;
    // The paragraph names another year ("… năm 2022" in an article posted in 2024): say so.
    const stated = yearsInText(paragraph).find((y) => /^năm/iu.test(y.evidence));
    const other =
      stated && Math.abs(stated.year - year) > 1
        ? `; đoạn văn nhắc "${stated.evidence}": kiểm tra năm`
        : '';
    return { year, from: 'published', note: note + other };
  }
  const inParagraph = yearsInText(paragraph)[0] ?? yearsInText(text)[0];
  if (inParagraph)
    return {
      year: inParagraph.year,
      from: 'text',
      note: `bài không ghi năm của ${written}; năm ${inParagraph.year} suy từ "${inParagraph.evidence}" trong bài: kiểm tra`,
    };
  const programme = programmeYear(text);
  if (programme)
    return {
      year: programme.year,
      from: 'programme-years',
      note: `bài không ghi năm của ${written} và không có ngày đăng; năm ${programme.year} suy từ "${programme.evidence}" (Chương trình bắt đầu năm 2010): kiểm tra`,
    };
  return undefined;
}
