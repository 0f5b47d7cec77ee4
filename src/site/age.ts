/**
 * How old a figure or an assessment is, relative to the build date. Shown as the current state
 * of a place, a figure more than two years old is marked with its year, so nobody reads a 2020
 * count as today's.
 */

/** How many years a figure may be shown as current without its year beside it. */
export const FRESH_YEARS = 2;

/** Whether `date` (YYYY-MM-DD) is more than `FRESH_YEARS` years before `today`. */
export function isOld(date: string, today: string): boolean {
  const [y, rest] = [Number(today.slice(0, 4)), today.slice(4)];
  return date < `${String(y - FRESH_YEARS).padStart(4, '0')}${rest}`;
}
