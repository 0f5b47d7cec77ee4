/**
 * `node scripts/measure-search.ts [SITE_DIR] [query …]`: the bytes a reader's first search
 * downloads on a built site (default `dist/`), per kind of file, as stored, with gzip and with
 * brotli. Runs Chromium (/usr/bin/chromium) against a local server.
 */
import { resolve } from 'node:path';
import { formatByteReport } from '../src/checks/search-bytes.ts';
import { launchChromium } from '../src/checks/chromium.ts';
import { measureFirstQuery } from '../src/checks/first-query.ts';
import { handleUnexpectedErrors } from '../src/commands/unexpected-errors.ts';

const [siteArg, ...queryArgs] = process.argv.slice(2);
const siteDir = resolve(siteArg ?? 'dist');
const queries =
  queryArgs.length > 0 ? queryArgs : ['cai tao vuon tap', 'lam hop', '60-KH/HU', 'ke hoach'];

handleUnexpectedErrors({ input: siteDir });
const browser = await launchChromium();
try {
  for (const query of queries) {
    const { report, firstUrl, total } = await measureFirstQuery(browser, siteDir, query);
    console.log(
      formatByteReport(
        `First query “${query}” on ${siteDir} (${total.trim()}; first: ${firstUrl ?? '—'})`,
        report,
      ),
    );
  }
} finally {
  await browser.close();
}
