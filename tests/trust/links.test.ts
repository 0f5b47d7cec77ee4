/** Nothing broken: every internal link and asset of the built default site resolves, fragments too. */
import { expect, inject, test } from 'vitest';
import { checkSiteLinks, formatBrokenLinks } from '../../src/checks/link-check.ts';

test('every internal link and asset of the built site resolves', () => {
  const { pages, links, broken } = checkSiteLinks(inject('siteDir'), {
    siteOrigin: 'https://ntm-records.org',
  });
  expect(pages).toBeGreaterThan(0);
  expect(links).toBeGreaterThan(pages);
  expect(formatBrokenLinks(broken)).toBe('');
});
