/** The open-data page of the default site: licence, every file linked and present. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';

test('the open-data page states the CC BY 4.0 licence and links every export file, each of which exists', () => {
  const siteDir = inject('siteDir');
  const html = readFileSync(join(siteDir, 'du-lieu', 'index.html'), 'utf8');
  expect(html).toContain('CC BY 4.0');
  expect(html).toContain('href="https://creativecommons.org/licenses/by/4.0/"');
  const links = [...html.matchAll(/href="(\/data\/[^"]+)"/g)].map((m) => m[1]!);
  const index = JSON.parse(readFileSync(join(siteDir, 'data', 'index.json'), 'utf8')) as {
    files: Array<{ json: string; csv: string }>;
  };
  for (const f of index.files) {
    expect(links).toContain(`/data/${f.json}`);
    expect(links).toContain(`/data/${f.csv}`);
  }
  for (const link of links) expect(existsSync(join(siteDir, link)), link).toBe(true);
});
