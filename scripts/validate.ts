/**
 * `npm run validate`: checks every record in the content folder (`content/`, or `CONTENT_DIR`)
 * and prints every problem with its file, field and what to do. Exits 1 when there is any.
 */
import { resolveContentDir } from '../src/records/content-dir.ts';
import { formatReport } from '../src/records/issues.ts';
import { validateContent } from '../src/records/validate.ts';
import { handleUnexpectedErrors } from '../src/commands/unexpected-errors.ts';

const contentDir = resolveContentDir();
handleUnexpectedErrors({ input: contentDir });
const { content, issues } = validateContent(contentDir);
if (issues.length > 0) {
  console.error(formatReport(issues));
  process.exit(1);
}
const counts = Object.entries(content)
  .map(([name, records]) => `${records.length} ${name}`)
  .join(', ');
console.log(`Tất cả bản ghi trong ${contentDir} đều hợp lệ: ${counts}.`);
