/**
 * The pipeline's first stage, in a process of its own:
 * `node src/build/validate-and-export.ts CONTENT_DIR CWD EXPORT_DIR RESULT_FILE`.
 * Validates every record; when all are valid, writes the open-data export into
 * `EXPORT_DIR/data/`. Writes what happened to RESULT_FILE as JSON (`ValidateAndExportResult`).
 *
 * A process of its own so that the parsed records (about 1 GB for 65,000 records) are gone
 * before Astro and Pagefind start: in the pipeline's process they stayed allocated to the end
 * and added to both (docs/decisions/0013-build-stages-in-processes.md). The open data is written
 * here, from the records already parsed, instead of reading them all again after Pagefind.
 */
import { writeFileSync } from 'node:fs';
import { formatReport } from '../records/issues.ts';
import { validateContent } from '../records/validate.ts';
import { writeOpenData } from './open-data.ts';
import { handleUnexpectedErrors } from '../commands/unexpected-errors.ts';

export type ValidateAndExportResult =
  | { ok: true; validateSeconds: number; openDataSeconds: number }
  | { ok: false; validateSeconds: number; report: string };

const [contentDir, cwd, exportDir, resultFile] = process.argv.slice(2);
if (!contentDir || !cwd || !exportDir || !resultFile) {
  console.error(
    'usage: node src/build/validate-and-export.ts CONTENT_DIR CWD EXPORT_DIR RESULT_FILE',
  );
  process.exit(2);
}
handleUnexpectedErrors({ input: contentDir });
const start = performance.now();
const { content, issues } = validateContent(contentDir, { cwd });
const validateSeconds = (performance.now() - start) / 1000;
let result: ValidateAndExportResult;
if (issues.length > 0) {
  result = { ok: false, validateSeconds, report: formatReport(issues) };
} else {
  const exportStart = performance.now();
  writeOpenData(exportDir, content);
  result = { ok: true, validateSeconds, openDataSeconds: (performance.now() - exportStart) / 1000 };
}
writeFileSync(resultFile, JSON.stringify(result));
