/** Validation issues: what is wrong, where, and what to do, worded for the clerk who must fix it. */
import { fieldLabel } from '../i18n/field-labels.ts';
import { COLLECTION_NAMES, folderOf, type CollectionName } from '../schemas/shared.ts';

/** One problem found in the content folder. */
export interface ValidationIssue {
  /** File path relative to the working directory (e.g. `content/meetings/2023/x.md`). */
  file: string;
  /** Field path inside the record (e.g. `tasks[1].deadline.date`), or empty for the whole file. */
  field: string;
  /** What is wrong and what to do about it. */
  message: string;
}

/** Writes a zod-style path (`['tasks', 1, 'deadline']`) the way a clerk reads it: `tasks[1].deadline`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** The collection a record file belongs to, from the collection folder in its path. */
function collectionOfFile(file: string): CollectionName | undefined {
  const folders = file.split(/[\\/]/);
  return COLLECTION_NAMES.find((name) => folders.includes(folderOf(name)));
}

/**
 * One line per issue: `file › field (what the field is called): message`, the field's name
 * in Vietnamese from the one dictionary the site also uses (`src/i18n/field-labels.ts`).
 */
export function formatIssue(issue: ValidationIssue): string {
  if (!issue.field) return `${issue.file}: ${issue.message}`;
  const label = fieldLabel(issue.field, collectionOfFile(issue.file));
  const named = label ? `${issue.field} (${label})` : issue.field;
  return `${issue.file} › ${named}: ${issue.message}`;
}

/** Sorts issues by file, then field, so a report reads in folder order and is stable between runs. */
export function sortIssues(issues: ValidationIssue[]): ValidationIssue[] {
  return [...issues].sort((a, b) =>
    a.file === b.file ? a.field.localeCompare(b.field) : a.file < b.file ? -1 : 1,
  );
}

/** The whole report for a terminal: every issue, then a count and the next step. */
export function formatReport(issues: ValidationIssue[]): string {
  if (issues.length === 0) return 'Tất cả bản ghi đều hợp lệ.';
  const files = new Set(issues.map((i) => i.file)).size;
  const lines = sortIssues(issues).map(formatIssue);
  lines.push(
    '',
    `Có ${issues.length} lỗi trong ${files} tệp. Sửa các lỗi trên rồi chạy lại \`npm run validate\`; trang web chưa được tạo.`,
  );
  return lines.join('\n');
}
