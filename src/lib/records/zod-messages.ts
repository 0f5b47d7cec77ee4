/**
 * Turns zod issues into messages a clerk can act on. Schemas give their own message where the
 * fix is specific; this covers zod's generic codes (missing field, wrong type, unknown field).
 */
import type { z } from 'astro/zod';
import { formatFieldPath, type ValidationIssue } from './issues.ts';

function describeValue(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'an empty value';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a group of fields';
  if (typeof input === 'string') return `the text "${input.length > 40 ? `${input.slice(0, 40)}…` : input}"`;
  return `${typeof input} ${String(input)}`;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list (lines starting with "- ")',
  object: 'a group of fields',
};

/** Converts one zod issue, found in `file`, into a validation issue. */
export function zodIssueToValidationIssue(file: string, issue: z.core.$ZodIssue): ValidationIssue[] {
  const field = formatFieldPath(issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      const input = (issue as { input?: unknown }).input;
      if (input === undefined) {
        return [{ file, field, message: `this field is required but missing: add \`${String(issue.path.at(-1) ?? field)}:\`` }];
      }
      // A schema's own `error` text wins over the generic one.
      if (!issue.message.startsWith('Invalid input')) return [{ file, field, message: issue.message }];
      return [{ file, field, message: `expected ${TYPE_WORDS[issue.expected] ?? issue.expected} but found ${describeValue(input)}` }];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        file,
        field: formatFieldPath([...issue.path, key]),
        message: `unknown field "${key}": check its spelling against docs/records.md, or remove it (nothing unknown is published)`,
      }));
    case 'invalid_key':
      // A record key that fails its own schema: its message says what a key must look like.
      return [{ file, field, message: issue.issues[0]?.message ?? issue.message }];
    default:
      return [{ file, field, message: issue.message }];
  }
}
