/**
 * Pagefind indexes the words a record page shows, not words glued together across elements.
 * Pagefind does not separate some elements (`dd`, inline elements) and the index leaves out the
 * fact labels (`dt`), so on a page built without whitespace between tags "Thôn" and "Xã Hoằng
 * Trung" in two facts were indexed as "ThônXã", which no query finds. Reads the index the build
 * wrote (each page's text as Pagefind stored it) and the built pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { fromIndexText } from '../../src/search/folding.ts';
import { readFragments } from '../support/pagefind-files.ts';

const siteDir = inject('siteDir');

/** Elements a browser lays out inline: their text joins the text around them. Every other tag separates. */
const INLINE = 'a|abbr|b|bdi|cite|code|data|em|i|mark|q|small|span|strong|sub|sup|time';

/** Each indexed page's URL and text, from Pagefind's fragment files. */
function indexedPages(): Array<{ url: string; text: string }> {
  return readFragments(join(siteDir, 'pagefind'))
    .map((fragment) => ({
      url: fragment.url,
      text: fromIndexText(fragment.content).normalize('NFC'),
    }))
    .sort((a, b) => a.url.localeCompare(b.url));
}

/** The text of a built page as a browser shows it: inline tags join, other tags separate. */
function shownText(url: string): string {
  const html = readFileSync(join(siteDir, url, 'index.html'), 'utf8');
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(new RegExp(`</?(${INLINE})(\\s[^>]*)?>`, 'g'), '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .normalize('NFC');
}

/** The words of a text: split at whitespace, punctuation at either end dropped. */
function words(text: string): string[] {
  return text
    .split(/\s+/)
    .map((w) => w.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ''))
    .filter((w) => w !== '');
}

const pages = indexedPages();

describe('the search index', () => {
  test('has the record pages', () => {
    expect(pages.length).toBeGreaterThan(50);
  });

  test.each(pages.map((p) => [p.url, p] as const))(
    '%s: every indexed word is a word the page shows',
    (url, page) => {
      const shown = new Set(words(shownText(url)));
      const glued = [...new Set(words(page.text).filter((w) => !shown.has(w)))];
      expect(glued).toEqual([]);
    },
  );

  test('a village page indexes its kind and its commune as separate words', () => {
    const page = pages.find((p) => p.url === '/dia-ban/thanh-hoa/hoang-hoa/hoang-trung/trinh-ha/');
    expect(page).toBeDefined();
    const indexed = words(page!.text);
    expect(indexed).toContain('Thôn');
    expect(indexed).toContain('Xã');
  });
});
