/**
 * Validates a whole content folder: reads every file, applies its collection's schema, then
 * checks the rules that span records. Collects every issue instead of stopping at the first.
 */
import { join } from 'node:path';
import { COLLECTIONS, COLLECTION_NAMES, EXTENSIONS, plainReference } from '../schemas/index.ts';
import { displayPath, resolveContentRoot } from './content-files.ts';
import type { ContentSet, ParsedRecord } from './content-set.ts';
import type { ValidationIssue } from './issues.ts';
import { findUnsafeMarkdown } from './markdown-safety.ts';
import { readCollectionFolder } from './read.ts';
import { checkCrossRecordRules, type RuleContext } from './rules.ts';
import { checkSourceFolder, citedArchives } from './sources.ts';
import { zodIssueToValidationIssue } from './zod-messages.ts';

export interface ValidationResult {
  /** The records that passed their schema (cross-record issues do not remove records). */
  content: ContentSet;
  /** Every problem found, schema and cross-record alike. */
  issues: ValidationIssue[];
}

/** Options for `validateContent`. */
export interface ValidateOptions {
  /** Directory used to make file paths in messages relative. Default: the working directory. */
  cwd?: string;
}

/** Every collection without a record. */
function emptyContent(): ContentSet {
  return Object.fromEntries(COLLECTION_NAMES.map((name) => [name, []])) as unknown as ContentSet;
}

/** Reads and validates every record under `contentDir`. */
export function validateContent(
  contentDir: string,
  options: ValidateOptions = {},
): ValidationResult {
  const cwd = options.cwd ?? process.cwd();
  const content = emptyContent();
  const root = resolveContentRoot(contentDir);
  if ('error' in root)
    return {
      content,
      issues: [{ file: displayPath(contentDir, cwd), field: '', message: root.error }],
    };
  const issues: ValidationIssue[] = [];
  const readIds: RuleContext['readIds'] = {};
  const rawRecords: Array<{ data: unknown }> = [];
  for (const name of COLLECTION_NAMES) {
    const spec = COLLECTIONS[name];
    const schema = spec.schema(plainReference);
    const read = readCollectionFolder(
      join(contentDir, spec.folder),
      spec.format,
      EXTENSIONS[spec.format],
      cwd,
      contentDir,
    );
    issues.push(...read.issues);
    readIds[name] = new Set(read.ids);
    rawRecords.push(...read.records);
    const parsed: ParsedRecord<unknown>[] = [];
    for (const raw of read.records) {
      // Checked on the raw text so that a record failing its schema is still checked for HTML.
      if (raw.body !== undefined) {
        for (const message of findUnsafeMarkdown(raw.body, raw.bodyLine))
          issues.push({ file: raw.file, field: 'body', message });
      }
      const result = schema.safeParse(raw.data, { reportInput: true });
      if (!result.success) {
        for (const issue of result.error.issues)
          issues.push(...zodIssueToValidationIssue(raw.file, issue));
        continue;
      }
      const record: ParsedRecord<unknown> = { id: raw.id, file: raw.file, data: result.data };
      if (raw.body !== undefined) record.body = raw.body;
      parsed.push(record);
    }
    (content as Record<string, ParsedRecord<unknown>[]>)[name] = parsed;
  }
  if (Object.values(readIds).every((ids) => ids.size === 0) && issues.length === 0)
    return {
      content,
      issues: [
        {
          file: displayPath(contentDir, cwd),
          field: '',
          message: `thư mục nội dung không có bản ghi nào (cần các thư mục con ${COLLECTION_NAMES.map((n) => `${COLLECTIONS[n].folder}/`).join(', ')} chứa tệp bản ghi): kiểm tra lại CONTENT_DIR, hoặc chạy trong thư mục của dự án`,
        },
      ],
    };
  const sources = checkSourceFolder(contentDir, citedArchives(rawRecords), cwd);
  issues.push(...sources.issues);
  issues.push(
    ...checkCrossRecordRules(content, { contentDir, cwd, readIds, sources: sources.present }),
  );
  return { content, issues };
}
