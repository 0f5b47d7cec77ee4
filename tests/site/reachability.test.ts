/** Every record is within three clicks of the home page, following plain links (no JavaScript). */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { validateContent } from '../../src/records/validate.ts';
import { recordUrl, taskUrl } from '../../src/site/urls.ts';

const siteDir = inject('siteDir');

/** The internal links of a built page, without fragments. */
function linksOf(path: string): string[] {
  const file = join(siteDir, path, 'index.html');
  if (!existsSync(file)) return [];
  const html = readFileSync(file, 'utf8');
  return [...html.matchAll(/<a\s[^>]*href="(\/[^"#?]*)/g)].map((m) => m[1]!);
}

/** Pages reachable from `/` in at most `clicks` clicks, with the number of clicks each takes. */
function reachable(clicks: number): Map<string, number> {
  const depth = new Map<string, number>([['/', 0]]);
  let frontier = ['/'];
  for (let d = 1; d <= clicks; d++) {
    const next: string[] = [];
    for (const page of frontier) {
      for (const link of linksOf(page)) {
        if (!depth.has(link)) {
          depth.set(link, d);
          next.push(link);
        }
      }
    }
    frontier = next;
  }
  return depth;
}

describe('reachability without JavaScript', () => {
  const { content } = validateContent(resolve(import.meta.dirname, '../../content'));
  const depth = reachable(3);

  test('every record page is at most three clicks from home', () => {
    const pages: string[] = [];
    for (const collection of [
      'meetings',
      'documents',
      'plans',
      'places',
      'bodies',
      'criteriaSets',
      'programmes',
    ] as const) {
      for (const r of content[collection]) pages.push(recordUrl(collection, r.id)!);
    }
    // Assessments and statistics are shown on their place's page; tasks on their meeting's or plan's page.
    for (const r of [...content.assessments, ...content.statistics])
      pages.push(recordUrl('assessments', r.id, r.data)!.replace(/#.*/, ''));
    for (const m of content.meetings)
      for (const task of m.data.tasks)
        pages.push(taskUrl({ collection: 'meetings', id: m.id }, task.id).replace(/#.*/, ''));
    for (const p of content.plans)
      for (const task of p.data.tasks)
        pages.push(taskUrl({ collection: 'plans', id: p.id }, task.id).replace(/#.*/, ''));
    expect(pages.length).toBeGreaterThan(50);
    const far = [...new Set(pages)].filter((p) => !depth.has(p));
    expect(far, 'records more than three clicks from home').toEqual([]);
  });

  test('every archived source article is reachable too', () => {
    const sources = content.meetings
      .map((m) => m.data.source.archive)
      .filter((a) => a !== undefined);
    expect(sources.length).toBeGreaterThan(0);
    for (const file of sources)
      expect(depth.has(`/nguon/${file.replace(/\.txt$/, '')}/`), file).toBe(true);
  });
});
