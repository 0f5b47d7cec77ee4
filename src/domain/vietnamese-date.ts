/**
 * Dates as Vietnamese records write them ("18/5/2022", "ngày 18 tháng 5 năm 2022",
 * "hoàn thành trước 15/8/2023", "trong quý II/2017") and as the records store them (ISO 8601).
 * Pure calendar arithmetic: no `Date` objects, so no time-zone shifts.
 */

/** A valid calendar date: the ISO `YYYY-MM-DD` text and its parts (month and day 1-based). */
export interface CalendarDate {
  iso: string;
  year: number;
  month: number;
  day: number;
}

/** Result of `parseIsoDate`: the date, or a reason a clerk can act on. */
export type IsoDateResult = { ok: true; value: CalendarDate } | { ok: false; error: string };

/** A date read from Vietnamese text. `inferredYear` is true when the text had no year. */
export interface VietnameseDate {
  iso: string;
  inferredYear: boolean;
}

/** Result of `parseVietnameseDate`: the date, or a reason a clerk can act on. */
export type VietnameseDateResult =
  { ok: true; value: VietnameseDate } | { ok: false; error: string };

/**
 * A task deadline. `by` is always the last ISO day it allows (a month, quarter or year ends on
 * its last day); `month` is `YYYY-MM`, `quarter` is `YYYY-Qn`. `inferredYear` is true when the
 * text had no year and `referenceYear` was used.
 */
export type Deadline =
  | { kind: 'date'; by: string; inferredYear: boolean }
  | { kind: 'month'; month: string; by: string; inferredYear: boolean }
  | { kind: 'quarter'; quarter: string; by: string; inferredYear: boolean }
  | { kind: 'year'; year: number; by: string; inferredYear: boolean };

/** Result of `parseDeadline`: the deadline, or a reason a clerk can act on. */
export type DeadlineResult = { ok: true; value: Deadline } | { ok: false; error: string };

/** Options for parsers that accept text without a year ("11/7"). */
export interface YearOptions {
  /** Year to use when the text gives none, usually the record's year; default: none (an error). */
  referenceYear?: number;
}

/** True for Gregorian leap years (2024, 2000; not 1900). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function isoOf(year: number, month: number, day: number): string {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

// Checks month and day; `written` is the text as the clerk wrote it, quoted in the error.
function checkCalendarDate(
  year: number,
  month: number,
  day: number,
  written: string,
): IsoDateResult {
  if (month < 1 || month > 12) {
    return { ok: false, error: `"${written}" không phải ngày có thật: không có tháng ${month}.` };
  }
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) {
    return {
      ok: false,
      error: `"${written}" không phải ngày có thật: tháng ${month}/${year} chỉ có ${days} ngày.`,
    };
  }
  return { ok: true, value: { iso: isoOf(year, month, day), year, month, day } };
}

/**
 * Parses a strict ISO `YYYY-MM-DD` date and rejects impossible ones ("2023-02-31"). A
 * Vietnamese-style "18/5/2022" gets an error that shows the ISO spelling to use instead.
 */
export function parseIsoDate(s: string): IsoDateResult {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (iso) return checkCalendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]), s);
  const dmy = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(s);
  if (dmy) {
    const checked = checkCalendarDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]), s);
    if (checked.ok) {
      return {
        ok: false,
        error: `"${s}" không phải ngày theo dạng ISO; ghi là ${checked.value.iso} (YYYY-MM-DD).`,
      };
    }
    return checked;
  }
  return {
    ok: false,
    error: `"${s}" không phải ngày theo dạng ISO; ghi theo dạng YYYY-MM-DD, ví dụ 2022-05-18.`,
  };
}

function clean(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function resolveYear(
  written: string | undefined,
  phrase: string,
  options: YearOptions,
): { ok: true; year: number; inferredYear: boolean } | { ok: false; error: string } {
  if (written !== undefined) return { ok: true, year: Number(written), inferredYear: false };
  if (options.referenceYear !== undefined) {
    return { ok: true, year: options.referenceYear, inferredYear: true };
  }
  return {
    ok: false,
    error: `"${phrase}" không có năm; ghi năm vào nội dung, hoặc cho biết năm của bản ghi (referenceYear).`,
  };
}

// Day and month (and optional year) in either the short "18/5/2022" or the long
// "18 tháng 5 năm 2022" spelling; groups: 1 day, 2 month, 3 year | 4 day, 5 month, 6 year.
const DAY_MONTH_YEAR =
  '(?:(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*(\\d{4}))?|(\\d{1,2}) tháng (\\d{1,2})(?: năm (\\d{4}))?)(?!\\d)';

const WHOLE_DATE = new RegExp(`^(?:ngày ?)?${DAY_MONTH_YEAR}$`, 'u');

function dateFromGroups(
  groups: Array<string | undefined>,
  phrase: string,
  options: YearOptions,
): VietnameseDateResult {
  const [dayText, monthText, yearText] =
    groups[0] !== undefined ? groups.slice(0, 3) : groups.slice(3, 6);
  const year = resolveYear(yearText, phrase, options);
  if (!year.ok) return year;
  const checked = checkCalendarDate(year.year, Number(monthText), Number(dayText), phrase);
  if (!checked.ok) return checked;
  return { ok: true, value: { iso: checked.value.iso, inferredYear: year.inferredYear } };
}

/**
 * Parses a date written the Vietnamese way: "18/5/2022", "ngày 18/5/2022",
 * "ngày 18 tháng 5 năm 2022", or without a year ("11/7", "ngày 11 tháng 7"), in which case
 * `options.referenceYear` supplies it and the result says `inferredYear: true`. The whole text
 * must be the date; NFC and NFD input are both accepted.
 */
export function parseVietnameseDate(text: string, options: YearOptions = {}): VietnameseDateResult {
  const phrase = clean(text);
  const match = WHOLE_DATE.exec(phrase);
  if (!match) {
    return {
      ok: false,
      error: `"${text.normalize('NFC').trim()}" không phải là ngày; ghi theo dạng ngày/tháng/năm, ví dụ 18/5/2022 hoặc ngày 18 tháng 5 năm 2022.`,
    };
  }
  return dateFromGroups(match.slice(1), phrase, options);
}

const ROMAN_QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
// "8/2023" or " năm 2023" after a month or quarter
const OPTIONAL_YEAR = '(?:\\s*/\\s*(\\d{4})| năm (\\d{4}))?(?![\\p{L}\\d])';

// Each pattern finds one kind of deadline phrase in cleaned (NFC, lower-case) text. A bare date
// needs a deadline word before it, so a cited document's date ("Kết luận ngày 05/4/2021 …") is
// not taken for the deadline; "6 tháng đầu năm" and "trước tháng 8" (before August) are left
// out rather than misread.
const DEADLINE_PATTERNS: ReadonlyArray<[Deadline['kind'], RegExp]> = [
  ['date', new RegExp(`(?:trước|đến|chậm nhất|hạn) (?:ngày ?)?${DAY_MONTH_YEAR}`, 'u')],
  ['month', new RegExp(`(?<!\\d ?|trước )tháng (\\d{1,2})${OPTIONAL_YEAR}`, 'u')],
  ['quarter', new RegExp(`(?<!trước )quý (iv|iii|ii|i|[1-4])${OPTIONAL_YEAR}`, 'u')],
  ['year', /(?:^|cuối |trong |hết )năm (\d{4})(?!\d)/u],
];

function monthEnd(year: number, month: number): string {
  return isoOf(year, month, daysInMonth(year, month));
}

/**
 * Finds the first deadline in a task's text and returns the last day it allows:
 * "hoàn thành trước 15/8/2023" / "trước ngày 30/6/2022" → date; "trong tháng 8/2023" → month
 * (by 2023-08-31); "trong quý II/2017" / "quý 2 năm 2017" → quarter (by 2017-06-30);
 * "cuối năm 2020" / "trong năm 2020" → year (by 2020-12-31). A text that is just a date
 * ("15/8/2023") is a date deadline. Without a year, `options.referenceYear` is used.
 */
export function parseDeadline(text: string, options: YearOptions = {}): DeadlineResult {
  const phrase = clean(text);
  const whole = parseVietnameseDate(phrase, options);
  if (whole.ok) {
    const { iso, inferredYear } = whole.value;
    return { ok: true, value: { kind: 'date', by: iso, inferredYear } };
  }

  const found = DEADLINE_PATTERNS.map(([kind, pattern]) => ({ kind, match: pattern.exec(phrase) }))
    .filter((f): f is { kind: Deadline['kind']; match: RegExpExecArray } => f.match !== null)
    .sort((a, b) => a.match.index - b.match.index)[0];
  if (found === undefined) {
    return {
      ok: false,
      error: `Không tìm thấy thời hạn trong "${text.normalize('NFC').trim()}"; ghi theo dạng ví dụ "trước 15/8/2023", "trong tháng 8/2023", "trong quý II/2017" hoặc "cuối năm 2020".`,
    };
  }
  const { kind, match } = found;
  if (kind === 'date') {
    const date = dateFromGroups(match.slice(1), match[0], options);
    if (!date.ok) return date;
    return { ok: true, value: { kind, by: date.value.iso, inferredYear: date.value.inferredYear } };
  }
  if (kind === 'year') {
    const year = Number(match[1]);
    return { ok: true, value: { kind, year, by: `${year}-12-31`, inferredYear: false } };
  }
  const year = resolveYear(match[2] ?? match[3], match[0], options);
  if (!year.ok) return year;
  const period = match[1] as string;
  if (kind === 'month') {
    const month = Number(period);
    if (month < 1 || month > 12) {
      return {
        ok: false,
        error: `"${match[0]}" không phải tháng có thật: không có tháng ${month}.`,
      };
    }
    const value = {
      kind,
      month: `${year.year}-${pad2(month)}`,
      by: monthEnd(year.year, month),
      inferredYear: year.inferredYear,
    };
    return { ok: true, value };
  }
  const quarter = ROMAN_QUARTERS[period] ?? Number(period);
  const value = {
    kind,
    quarter: `${year.year}-Q${quarter}`,
    by: monthEnd(year.year, quarter * 3),
    inferredYear: year.inferredYear,
  };
  return { ok: true, value };
}

function requireIsoDate(iso: string): CalendarDate {
  const parsed = parseIsoDate(iso);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

/** Formats an ISO date the short Vietnamese way, without zero padding: "2022-05-18" → "18/5/2022". */
export function formatVietnameseDate(iso: string): string {
  const { year, month, day } = requireIsoDate(iso);
  return `${day}/${month}/${year}`;
}

/** Formats an ISO date the long Vietnamese way: "2022-05-18" → "ngày 18 tháng 5 năm 2022". */
export function formatVietnameseLongDate(iso: string): string {
  const { year, month, day } = requireIsoDate(iso);
  return `ngày ${day} tháng ${month} năm ${year}`;
}

/** Formats an ISO month (`YYYY-MM`) the Vietnamese way: "2023-08" → "tháng 8/2023". */
export function formatMonth(isoMonth: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(isoMonth);
  const month = Number(match?.[2]);
  if (!match || month < 1 || month > 12) {
    throw new Error(
      `"${isoMonth}" không phải tháng theo dạng ISO; ghi theo dạng YYYY-MM, ví dụ 2023-08.`,
    );
  }
  return `tháng ${month}/${match[1]}`;
}
