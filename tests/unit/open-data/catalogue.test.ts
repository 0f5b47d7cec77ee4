import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openDataCatalogue } from '../../../src/open-data/catalogue.ts';
import { validateContent } from '../../../src/records/validate.ts';

describe('openDataCatalogue', () => {
  const { content } = validateContent(resolve(import.meta.dirname, '../../fixtures/feeds'));
  const tables = openDataCatalogue(content);

  test('lists every collection plus the flattened tasks and figures, with their record counts', () => {
    expect(tables.map((t) => t.name)).toEqual([
      'places',
      'bodies',
      'programmes',
      'documents',
      'criteria-sets',
      'meetings',
      'plans',
      'assessments',
      'statistics',
      'recognitions',
      'tasks',
      'figures',
      'criteria',
    ]);
    expect(tables.find((t) => t.name === 'meetings')!.records).toBe(2);
    expect(tables.find((t) => t.name === 'tasks')!.records).toBe(1);
  });

  test('says in Vietnamese what every column of every table holds', () => {
    for (const t of tables) {
      for (const c of t.columns) expect(t.meanings[c], `${t.name}.${c}`).toMatch(/\p{L}/u);
    }
  });
});
