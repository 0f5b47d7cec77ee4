/**
 * `node scripts/check-links.ts [siteDir]`: checks that every internal link and asset of the built
 * site (default `dist/`) resolves, fragments included. Prints each broken one; exits 1 if any.
 */
import { resolve } from 'node:path';
import { checkSiteLinks, formatBrokenLinks } from '../src/checks/link-check.ts';
import { handleUnexpectedErrors } from '../src/commands/unexpected-errors.ts';

const siteDir = resolve(process.argv[2] ?? 'dist');
handleUnexpectedErrors({ input: siteDir });
const { pages, links, broken } = checkSiteLinks(siteDir, {
  siteOrigin: process.env.SITE_URL || 'https://ntm-records.org',
});
if (broken.length > 0) {
  console.error(formatBrokenLinks(broken));
  console.error(
    `\n${broken.length} broken link${broken.length === 1 ? '' : 's'} in ${new Set(broken.map((b) => b.page)).size} of ${pages} pages.`,
  );
  process.exit(1);
}
console.log(`${links} links in ${pages} pages: all resolve.`);
