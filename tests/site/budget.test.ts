import { describe, expect, inject, test } from 'vitest';
import { formatBudgetReport, measureSite, pagesOverBudget } from '../../src/lib/page-budget.ts';

describe('page budget of the built site', () => {
  const sizes = measureSite(inject('siteDir'));

  test('the site has reading pages to measure', () => {
    expect(sizes.length).toBeGreaterThan(20);
  });

  test('every page, with its inlined CSS, is at most 14 KB gzip', () => {
    const over = pagesOverBudget(sizes);
    expect(over.length, `pages over budget:\n${formatBudgetReport(over)}`).toBe(0);
  });
});
