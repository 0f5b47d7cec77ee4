/** Parses `input` with a schema built on the plain reference factory and returns messages by field path. */
import type { z } from 'astro/zod';
import { plainReference, type ReferenceFactory } from '../../../src/schemas/index.ts';
import { formatFieldPath } from '../../../src/records/issues.ts';
import { zodIssueToValidationIssue } from '../../../src/records/zod-messages.ts';

export function parseWith(factory: (ref: ReferenceFactory) => z.ZodType, input: unknown) {
  const result = factory(plainReference).safeParse(input, { reportInput: true });
  if (result.success) return { ok: true as const, data: result.data as Record<string, unknown> };
  const errors = result.error.issues
    .flatMap((i) => zodIssueToValidationIssue('x', i))
    .map((i) => `${i.field}: ${i.message}`);
  return { ok: false as const, errors };
}

export { formatFieldPath };
