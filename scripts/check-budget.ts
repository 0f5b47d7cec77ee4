/**
 * Checks every built HTML page against the 14 KB gzip budget (HTML plus its CSS).
 * Usage: node scripts/check-budget.ts [site folder, default dist]. Exits 1 and names each page over budget.
 */
import { resolve } from 'node:path';
import {
  formatBudgetReport,
  measureSite,
  pagesOverBudget,
  PAGE_BUDGET_BYTES,
} from '../src/checks/page-budget.ts';
import { handleUnexpectedErrors } from '../src/commands/unexpected-errors.ts';

const siteDir = resolve(process.argv[2] ?? 'dist');
handleUnexpectedErrors({ input: siteDir });
const sizes = measureSite(siteDir);
const over = pagesOverBudget(sizes);
const largest = [...sizes].sort((a, b) => b.gzipBytes - a.gzipBytes)[0];
if (over.length > 0) {
  console.error(
    `${over.length} of ${sizes.length} pages exceed ${PAGE_BUDGET_BYTES / 1024} KB gzip:\n${formatBudgetReport(over)}`,
  );
  process.exit(1);
}
console.log(
  `All ${sizes.length} pages are within ${PAGE_BUDGET_BYTES / 1024} KB gzip${largest ? ` (largest: ${largest.page}, ${(largest.gzipBytes / 1024).toFixed(1)} KB)` : ''}.`,
);
