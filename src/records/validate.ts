/**
 * Validates a whole content folder: reads every file, applies its collection's schema, then
 * checks the rules that span records. Collects every issue instead of stopping at the first.
 */
import { join } from 'node:path';
import { COLLECTIONS, COLLECTION_NAMES, EXTENSIONS, plainReference } from '../schemas/index.ts';
import type { ContentSet, ParsedRecord } from './content-set.ts';
import type { ValidationIssue } from './issues.ts';
import { findUnsafeMarkdown } from './markdown-safety.ts';
import { readCollectionFolder } from './read.ts';
import { checkCrossRecordRules, type RuleContext } from './rules.ts';
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

/** Reads and validates every record under `contentDir`. */
export function validateContent(
  contentDir: string,
  options: ValidateOptions = {},
): ValidationResult {
  const issues: ValidationIssue[] = [];
  const content = {} as ContentSet;
  const readIds: RuleContext['readIds'] = {};
  for (const name of COLLECTION_NAMES) {
    const spec = COLLECTIONS[name];
    const schema = spec.schema(plainReference);
    const read = readCollectionFolder(
      join(contentDir, spec.folder),
      spec.format,
      EXTENSIONS[spec.format],
      options.cwd,
    );
    issues.push(...read.issues);
    readIds[name] = new Set(read.records.map((r) => r.id));
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
  issues.push(
    ...checkCrossRecordRules(content, { contentDir, cwd: options.cwd ?? process.cwd(), readIds }),
  );
  return { content, issues };
}
