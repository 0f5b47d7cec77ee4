/** Writes the open-data export (JSON, CSV, JSON Schemas, manifest) into `<site>/data/`. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildDate } from '../domain/build-date.ts';
import { openDataFiles } from '../open-data/export.ts';
import type { ContentSet } from '../records/content-set.ts';

/** Writes every open-data file of `content` below `<siteDir>/data/`. */
export function writeOpenData(siteDir: string, content: ContentSet): void {
  const dataDir = join(siteDir, 'data');
  for (const [path, text] of openDataFiles(content, { generated: buildDate() })) {
    const file = join(dataDir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}
