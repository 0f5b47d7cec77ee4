/** Day arithmetic for synthetic archives, on `YYYY-MM-DD` strings in UTC (no time zones involved). */

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO day. */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d) / DAY_MS;
}

/** The ISO day `days` after 1970-01-01. */
export function isoDay(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

/** `iso` moved by `days`. */
export function addDays(iso: string, days: number): string {
  return isoDay(dayNumber(iso) + days);
}

/** A day as Vietnamese prose writes it: 2023-08-05 → "5/8/2023". */
export function vietnameseDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}/${m}/${y}`;
}

/** The quarter (1–4) of an ISO day. */
export function quarterOf(iso: string): number {
  return Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1;
}

/** Roman numerals for quarters, as Vietnamese reports write them ("quý II/2017"). */
export const QUARTER_NUMERALS = ['I', 'II', 'III', 'IV'] as const;
