/**
 * `npm run import -- ARTICLE.txt|FOLDER [--out DIR] [--url ADDRESS]`: turns a published article
 * (plain text), or every `.txt` article of a folder, into draft records in the drafts folder
 * (default `drafts/`), never over an existing file, and prints what to review and what the
 * validator says about the drafts; for a folder, one summary table.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  ImportRefused,
  importArticle,
  importFolder,
  summaryTable,
  type ImportResult,
} from '../src/importer/import-article.ts';
import { resolveContentDir } from '../src/records/content-dir.ts';
import { formatIssue, sortIssues } from '../src/records/issues.ts';
import { handleUnexpectedErrors } from '../src/commands/unexpected-errors.ts';

const USAGE =
  'Cách dùng: npm run import -- ARTICLE.txt [--out DRAFTS_FOLDER] [--url ĐỊA_CHỈ_BÀI]\n' +
  '           npm run import -- FOLDER [--out DRAFTS_FOLDER]   (mọi tệp .txt trong thư mục; địa chỉ bài đọc từ README.md của thư mục nếu có)';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? { at, value: args[at + 1] } : undefined;
};
const out = option('--out');
const url = option('--url');
const positional = args.filter(
  (_, i) => ![out?.at, out && out.at + 1, url?.at, url && url.at + 1].includes(i),
);
if (positional.length !== 1 || (out && !out.value) || (url && !url.value)) {
  console.error(USAGE);
  process.exit(2);
}
const outDir = resolve(out?.value ?? 'drafts');
const target = resolve(positional[0]!);
const contentDir = resolveContentDir();

handleUnexpectedErrors({ input: target });

function printOne(result: ImportResult): void {
  console.log(`Đã ghi ${result.written.length} tệp nháp vào ${outDir}:`);
  for (const path of result.written) console.log(`  ${path}`);
  if (result.draft.linked.length > 0)
    console.log(
      `Bài trích dẫn các văn bản đã có trong content/: ${result.draft.linked.map((l) => l.id).join(', ')}`,
    );
  if (!result.draft.meetingId)
    console.log(
      'Bài không tường thuật một cuộc họp nào: không tạo bản ghi cuộc họp; các số liệu ghi nguồn là bài báo.',
    );
  console.log(
    `\nCó ${result.reviews} giá trị được đánh dấu "# REVIEW:" trong các tệp: đối chiếu từng giá trị với bài báo.`,
  );
  if (result.issues.length > 0) {
    console.log(
      `\nTrình kiểm tra (validator) tìm thấy ${result.issues.length} lỗi trong các bản nháp (sửa các lỗi này trước khi chuyển tệp vào content/):`,
    );
    for (const issue of sortIssues(result.issues)) console.log(`  ${formatIssue(issue)}`);
  } else console.log('\nCác bản nháp cùng với content/ đều qua được trình kiểm tra (validator).');
}

if (!existsSync(target)) {
  console.error(`Không tìm thấy ${target}.\n${USAGE}`);
  process.exit(2);
}
try {
  if (statSync(target).isDirectory()) {
    const results = importFolder({ folder: target, outDir, contentDir });
    if (results.length === 0) {
      console.error(`Không có tệp .txt nào trong ${target}.`);
      process.exit(2);
    }
    console.log(
      `Đã tạo bản nháp cho ${results.length} bài trong ${outDir} (mỗi bài một thư mục con):\n`,
    );
    console.log(summaryTable(results));
    for (const r of results.filter((x) => x.issues.length > 0)) {
      console.log(`\nLỗi validator trong bản nháp của ${r.article}:`);
      for (const issue of sortIssues(r.issues)) console.log(`  ${formatIssue(issue)}`);
    }
    console.log(
      '\nMở từng thư mục con, kiểm tra mọi giá trị có "# REVIEW:", sửa các lỗi validator (chạy npm run import -- TỆP để xem chi tiết từng bài).',
    );
  } else
    printOne(
      importArticle({
        file: target,
        outDir,
        contentDir,
        ...(url?.value ? { url: url.value } : {}),
      }),
    );
} catch (error) {
  if (error instanceof ImportRefused) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
