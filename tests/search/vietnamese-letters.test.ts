/**
 * Every Vietnamese letter, typed without its diacritics, finds the accented word; typed with
 * them, it ranks the exact word first; excerpts show the original letter. Runs the real search
 * page and client of the built site over a small index of one page per letter form, built with
 * the real indexing step (`indexWithPagefind`).
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { indexWithPagefind } from '../../src/search/indexing.ts';
import { foldVietnamese } from '../../src/domain/fold-vietnamese.ts';
import { launchChromium } from '../../src/checks/chromium.ts';
import { serveDirectory, type StaticServer } from '../../src/checks/static-server.ts';
import { runQuery } from './search-page-driver.ts';

const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

/** One test word per letter form: "x" + vowel with tone + "n", and "đon"-style words for đ. */
function letterWords(): string[] {
  const lower = VOWELS.flatMap((v) => TONES.map((t) => `x${(v + t).normalize('NFC')}n`));
  lower.push('đon');
  return [...lower, ...lower.map((w) => w.toUpperCase())];
}

const words = letterWords();
const slug = (word: string) => `w${[...word].map((c) => c.codePointAt(0)!.toString(16)).join('-')}`;

let dir: string;
let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const siteDir = inject('siteDir');
  dir = mkdtempSync(join(tmpdir(), 'search-letters-'));
  cpSync(join(siteDir, '_astro'), join(dir, '_astro'), { recursive: true });
  cpSync(join(siteDir, 'tim-kiem'), join(dir, 'tim-kiem'), { recursive: true });
  for (const word of words) {
    mkdirSync(join(dir, slug(word)), { recursive: true });
    writeFileSync(
      join(dir, slug(word), 'index.html'),
      `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${word}</title></head>` +
        `<body><main data-pagefind-body><h1>Trang ${word}</h1><p>Từ thử: ${word}.</p></main></body></html>`,
    );
  }
  await indexWithPagefind(dir);
  server = await serveDirectory(dir);
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(`${server.url}/tim-kiem/`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a query without diacritics', () => {
  const families = new Map<string, string[]>();
  for (const word of words) {
    const key = foldVietnamese(word);
    families.set(key, [...(families.get(key) ?? []), word]);
  }
  test.each([...families.keys()])(
    '"%s" finds every word that folds to it, and nothing else',
    async (query) => {
      const { urls } = await runQuery(page, query, { all: true });
      expect(urls.sort()).toEqual(
        families
          .get(query)!
          .map((w) => `/${slug(w)}/`)
          .sort(),
      );
    },
  );
});

describe('an accented query', () => {
  const accented = words.filter((w) => w === w.toLowerCase() && foldVietnamese(w) !== w);
  test.each(accented)(
    '"%s" ranks its own word first and shows it unchanged in the excerpt',
    async (word) => {
      const { urls, excerpts } = await runQuery(page, word);
      // The lower- and upper-case pages are the same word to a search: either may come first.
      expect([`/${slug(word)}/`, `/${slug(word.toUpperCase())}/`]).toContain(urls[0]);
      expect(excerpts[0]).toMatch(new RegExp(`<mark>(${word}|${word.toUpperCase()})\\.?</mark>`));
    },
  );
});
