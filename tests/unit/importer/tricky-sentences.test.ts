/**
 * The corpus of tricky sentences (tests/fixtures/importer/tricky-sentences.json, written for
 * this project; README.md beside it): every case is read by the importer and compared with what
 * it expects. A case passes only when every value it claims is found, no other value of a claimed
 * kind is found, and every value the case marks as inferred or associated carries a review note.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { criteriaKnowledge, extractArticle } from '../../../src/importer/extract.ts';
import { validateContent } from '../../../src/records/validate.ts';
import { compareCase } from './corpus-compare.ts';

const root = resolve(import.meta.dirname, '../../..');
const corpus = JSON.parse(
  readFileSync(join(root, 'tests/fixtures/importer/tricky-sentences.json'), 'utf8'),
) as {
  cases: Array<{
    id: string;
    feature: string;
    text: string;
    context?: { published?: string; province?: string };
    expected: Record<string, unknown>;
  }>;
};
const knowledge = criteriaKnowledge(validateContent(join(root, 'content'), { cwd: root }).content);

describe('the tricky-sentence corpus', () => {
  test('has a case for every rule of the issue, 132 in all', () => {
    expect(corpus.cases.length).toBe(132);
    const groups = new Set(corpus.cases.map((c) => c.feature.split('/')[0]));
    for (const g of [
      'clutter',
      'headline',
      'date',
      'shape',
      'count',
      'criteria',
      'indicators',
      'level',
      'vote',
      'figure',
      'place',
      'document',
      'text',
    ])
      expect(groups).toContain(g);
  });

  test.each(corpus.cases.map((c) => [c.id, c] as const))('%s', (_, c) => {
    const article = extractArticle(c.text, {
      knowledge,
      ...(c.context?.published ? { published: c.context.published } : {}),
      ...(c.context?.province ? { province: c.context.province } : {}),
    });
    expect(compareCase(article, c.expected)).toEqual([]);
  });
});
