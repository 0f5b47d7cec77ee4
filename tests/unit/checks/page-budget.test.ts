import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  formatBudgetReport,
  listHtmlPages,
  measureSite,
  pagesOverBudget,
  PAGE_BUDGET_BYTES,
} from '../../../src/checks/page-budget.ts';

function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'budget-'));
  mkdirSync(join(dir, 'a'));
  mkdirSync(join(dir, 'pagefind'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title><p>nhỏ</p>');
  // Random bytes do not compress: 20 KB of them stays over 14 KB after gzip.
  writeFileSync(
    join(dir, 'a', 'index.html'),
    `<!doctype html><p>${randomBytes(20 * 1024).toString('base64')}</p>`,
  );
  writeFileSync(join(dir, 'pagefind', 'x.html'), 'not a reading page');
  return dir;
}

describe('measureSite', () => {
  test('measures every HTML page except Pagefind files', () => {
    const dir = site();
    expect(listHtmlPages(dir).map((f) => f.slice(dir.length + 1))).toEqual([
      'a/index.html',
      'index.html',
    ]);
    const sizes = measureSite(dir);
    expect(sizes.find((s) => s.page === 'index.html')!.gzipBytes).toBeLessThan(200);
  });

  test('adds a linked stylesheet to the page that needs it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'budget-css-'));
    writeFileSync(join(dir, 'index.html'), '<link rel="stylesheet" href="/s.css"><p>x</p>');
    writeFileSync(join(dir, 's.css'), randomBytes(16 * 1024).toString('base64'));
    expect(pagesOverBudget(measureSite(dir)).map((s) => s.page)).toEqual(['index.html']);
  });
});

describe('pagesOverBudget', () => {
  test('names each page over 14 KB gzip with its size', () => {
    const over = pagesOverBudget(measureSite(site()));
    expect(over.map((s) => s.page)).toEqual(['a/index.html']);
    expect(over[0]!.gzipBytes).toBeGreaterThan(PAGE_BUDGET_BYTES);
    expect(formatBudgetReport(over)).toMatch(/^a\/index\.html: \d+\.\d KB gzip \(budget 14 KB\)$/);
  });
});
