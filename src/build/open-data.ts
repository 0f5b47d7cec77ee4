/** Writes the open-data export (JSON, CSV, JSON Schemas, manifest) into `<site>/data/`. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { openDataFiles } from '../open-data/export.ts';
import type { ContentSet } from '../records/content-set.ts';

/** The day the export is dated: `BUILD_DATE` (YYYY-MM-DD) or today in Vietnam (UTC+7). */
function exportDate(): string {
  const fixed = process.env.BUILD_DATE;
  if (fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed)) return fixed;
  return new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

/** Writes every open-data file of `content` below `<siteDir>/data/`. */
export function writeOpenData(siteDir: string, content: ContentSet): void {
  const dataDir = join(siteDir, 'data');
  for (const [path, text] of openDataFiles(content, { generated: exportDate() })) {
    const file = join(dataDir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}
