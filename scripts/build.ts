/**
 * `npm run build`: validates the records (from `content/` or `CONTENT_DIR`) and builds the site
 * into `dist/`. On invalid records it prints every problem and leaves `dist/` untouched.
 */
import { buildSite } from '../src/build/pipeline.ts';
import { resolveContentDir } from '../src/records/content-dir.ts';
import { handleUnexpectedErrors } from '../src/commands/unexpected-errors.ts';

const contentDir = resolveContentDir();
handleUnexpectedErrors({ input: contentDir });
const report = await buildSite({ contentDir, root: process.cwd() });
if (!report.ok) {
  console.error(report.validationReport);
  process.exit(1);
}
console.log(report.stages.map((s) => `${s.name} ${s.seconds.toFixed(1)} s`).join(' · '));
