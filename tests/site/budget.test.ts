import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { formatBudgetReport, measureSite, pagesOverBudget } from '../../src/checks/page-budget.ts';

const root = resolve(import.meta.dirname, '../..');

/** Runs `scripts/check-budget.ts` on a folder with the project's Node. */
function checkBudget(dir: string) {
  return spawnSync(process.execPath, [join(root, 'scripts/check-budget.ts'), dir], {
    encoding: 'utf8',
  });
}

describe('page budget of the built site', () => {
  const sizes = measureSite(inject('siteDir'));

  test('the site has reading pages to measure', () => {
    expect(sizes.length).toBeGreaterThan(20);
  });

  test('every page, with its inlined CSS, is at most 14 KB gzip', () => {
    const over = pagesOverBudget(sizes);
    expect(over.length, `pages over budget:\n${formatBudgetReport(over)}`).toBe(0);
  });

  test('scripts/check-budget.ts passes on the built site', () => {
    const run = checkBudget(inject('siteDir'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^All \d+ pages are within 14 KB gzip/);
  });

  test('scripts/check-budget.ts fails naming a page over budget and its size', () => {
    const dir = mkdtempSync(join(tmpdir(), 'site-over-budget-'));
    mkdirSync(join(dir, 'cuoc-hop'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><p>nhỏ</p>');
    // Random text does not compress: 24 KB of it stays over 14 KB after gzip.
    writeFileSync(
      join(dir, 'cuoc-hop', 'index.html'),
      `<!doctype html><p>${randomBytes(18 * 1024).toString('base64')}</p>`,
    );
    const run = checkBudget(dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^1 of 2 pages exceed 14 KB gzip:\ncuoc-hop\/index\.html: \d+\.\d KB gzip \(budget 14 KB\)/,
    );
  });
});
