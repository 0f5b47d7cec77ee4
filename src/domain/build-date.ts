/**
 * The day a build is dated: tasks count as overdue against it, the footer and the feeds show it,
 * and the open data carries it. One function for the Astro side (pages, feeds) and for the
 * validation child process (the open-data export), so both always agree; it imports nothing
 * from Astro.
 */
import { parseIsoDate } from './vietnamese-date.ts';

/** Vietnam's offset from UTC (UTC+7, no daylight saving). */
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

/**
 * `BUILD_DATE` (YYYY-MM-DD) when it is set, else today in Vietnam at `now`. Throws when
 * `BUILD_DATE` is set but is not a real day, rather than quietly dating the build today.
 */
export function buildDate(
  env: { BUILD_DATE?: string | undefined } = process.env,
  now: number = Date.now(),
): string {
  const fixed = env.BUILD_DATE;
  if (fixed === undefined || fixed === '')
    return new Date(now + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
  const parsed = parseIsoDate(fixed);
  if (!parsed.ok || parsed.value.iso !== fixed)
    throw new Error(
      `BUILD_DATE="${fixed}" is not a day written YYYY-MM-DD (e.g. 2026-11-22): fix it or leave it unset to date the build today in Vietnam`,
    );
  return fixed;
}
