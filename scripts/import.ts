/**
 * `npm run import -- FILE [--out DIR]`: turns a published article (plain text) into draft
 * records in the drafts folder (default `drafts/`), never over an existing file, and prints what
 * to review and what the validator says about the drafts.
 */
import { resolve } from 'node:path';
import { ImportRefused, importArticle } from '../src/importer/import-article.ts';
import { resolveContentDir } from '../src/records/content-dir.ts';
import { formatIssue, sortIssues } from '../src/records/issues.ts';
import { handleUnexpectedErrors } from '../src/commands/unexpected-errors.ts';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const outDir = resolve(outAt >= 0 ? (args[outAt + 1] ?? 'drafts') : 'drafts');
const files = args.filter((_, i) => outAt < 0 || (i !== outAt && i !== outAt + 1));
if (files.length !== 1 || (outAt >= 0 && args[outAt + 1] === undefined)) {
  console.error('Cách dùng: npm run import -- ARTICLE.txt [--out DRAFTS_FOLDER]');
  process.exit(2);
}

handleUnexpectedErrors({ input: resolve(files[0]!) });

try {
  const { draft, written, issues } = importArticle({
    file: resolve(files[0]!),
    outDir,
    contentDir: resolveContentDir(),
  });
  console.log(`Đã ghi ${written.length} tệp nháp vào ${outDir}:`);
  for (const path of written) console.log(`  ${path}`);
  if (draft.linked.length > 0)
    console.log(
      `Bài trích dẫn các văn bản đã có trong content/: ${draft.linked.map((l) => l.id).join(', ')}`,
    );
  const reviews = draft.records.reduce((n, r) => n + r.review.size, 0);
  console.log(
    `\nCó ${reviews} giá trị được đánh dấu "# REVIEW:" trong các tệp: đối chiếu từng giá trị với bài báo.`,
  );
  if (issues.length > 0) {
    console.log(
      `\nTrình kiểm tra (validator) tìm thấy ${issues.length} lỗi trong các bản nháp (sửa các lỗi này trước khi chuyển tệp vào content/):`,
    );
    for (const issue of sortIssues(issues)) console.log(`  ${formatIssue(issue)}`);
  } else {
    console.log('\nCác bản nháp cùng với content/ đều qua được trình kiểm tra (validator).');
  }
} catch (error) {
  if (error instanceof ImportRefused) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
