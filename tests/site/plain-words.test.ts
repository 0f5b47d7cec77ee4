/**
 * No machinery on reader pages: the visible text of every built page (details opened, as a
 * reader who opens them sees it), its title and its sharing description hold no schema field
 * name, no record id or slug, and no file name. The open-data page is left out: it documents the
 * data files and their columns for people who download them. Archived articles are scanned
 * without the article's own text.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from '../../src/checks/chromium.ts';
import { serveDirectory, type StaticServer } from '../../src/checks/static-server.ts';
import { labelledPaths } from '../../src/i18n/field-labels.ts';
import { validateContent } from '../../src/records/validate.ts';
import { COLLECTION_NAMES } from '../../src/schemas/index.ts';

const siteDir = inject('siteDir');
const { content } = validateContent(resolve(import.meta.dirname, '../../content'));

/** Every built page's path, e.g. `/dia-ban/ha-tinh/`. */
function builtPages(dir: string): string[] {
  const pages: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) {
        if (!['pagefind', '_astro', 'data', 'feeds', 'bieu-do'].includes(name)) walk(path);
      } else if (name === 'index.html') pages.push(`/${relative(dir, d)}/`.replace(/\/+/g, '/'));
    }
  };
  walk(dir);
  return pages.sort();
}

/** The schema's field names (the last part of every path the dictionary labels). */
const FIELD_NAMES = [
  ...new Set(
    labelledPaths()
      .map((p) => p.replace(/^\w+:/, '').split('.').at(-1)!)
      .filter((name) => name !== '*'),
  ),
];

/** Record ids and slugs a reader must never see: ids with a hyphen or slash, task and figure keys. */
const IDS = [
  ...new Set([
    ...COLLECTION_NAMES.flatMap((c) => content[c].map((r) => r.id)),
    ...content.meetings.flatMap((m) => m.data.tasks.map((t) => t.id)),
    ...content.plans.flatMap((p) => [...p.data.tasks, ...p.data.targets].map((t) => t.id)),
    ...content.statistics.flatMap((s) => s.data.figures.map((f) => f.metric)),
  ]),
].filter((id) => /[-/]/.test(id) && id.length >= 4);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A whole word: not inside a longer word, slug or path. */
const word = (s: string) =>
  `(?<![\\p{L}\\p{N}_/-])${escape(s)}(?![\\p{L}\\p{N}_-]|/[\\p{L}\\p{N}])`;
const FIELD_PATTERN = new RegExp(FIELD_NAMES.map(word).join('|'), 'u');
const ID_PATTERN = new RegExp(IDS.map(word).join('|'), 'u');
const FILE_PATTERN = /[\w-]+\.(?:txt|md|ya?ml|json|csv|xml)\b|\b\d{3}_[0-9a-f]{16}\b/;

/** Pages documenting the data files, where file and field names are the subject. */
const DATA_DOCS = new Set(['/du-lieu/']);

let browser: Browser;
let context: BrowserContext;
let server: StaticServer;

beforeAll(async () => {
  server = await serveDirectory(siteDir);
  browser = await launchChromium();
  context = await browser.newContext({ javaScriptEnabled: false });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('pages show no machinery', () => {
  const pages = builtPages(siteDir).filter((p) => !DATA_DOCS.has(p));

  test('the scan covers every kind of page and knows what to look for', () => {
    expect(pages.length).toBeGreaterThan(150);
    expect(FIELD_NAMES).toEqual(
      expect.arrayContaining(['publishedAt', 'criteriaSet', 'otherwise']),
    );
    expect(IDS).toEqual(
      expect.arrayContaining(['ii4-doi-tuong-uu-tien', 'ha-tinh/ky-anh/lam-hop']),
    );
    expect(FIELD_PATTERN.test('ghi chú: source.publishedAt')).toBe(true);
    expect(ID_PATTERN.test('khóa tasks.ii4-doi-tuong-uu-tien.assignees')).toBe(true);
    expect(FILE_PATTERN.test('Bản lưu bài viết 001_7a185c4850062473.txt')).toBe(true);
    // Ordinary Vietnamese and document numbers are not mistaken for them.
    expect(FIELD_PATTERN.test('Kế hoạch 60-KH/HU ngày 13/7/2017 của Huyện ủy')).toBe(false);
  });

  test('no page shows a schema field name, a record id or a file name', async () => {
    const found: string[] = [];
    const page = await context.newPage();
    for (const path of pages) {
      // A redirect page leaves at once; it has nothing to read.
      if (readFileSync(join(siteDir, path, 'index.html'), 'utf8').includes('http-equiv="refresh"'))
        continue;
      await page.goto(`${server.url}${path}`);
      const text = await page.evaluate(() => {
        for (const d of document.querySelectorAll('details')) d.open = true;
        for (const pre of document.querySelectorAll('pre.article')) pre.remove();
        const description =
          document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
        return [document.title, description, document.body.innerText].join('\n');
      });
      for (const [kind, pattern] of [
        ['field', FIELD_PATTERN],
        ['id', ID_PATTERN],
        ['file', FILE_PATTERN],
      ] as const) {
        const match = pattern.exec(text);
        if (match)
          found.push(
            `${path}: ${kind} "${match[0]}" in "…${text.slice(Math.max(0, match.index - 40), match.index + 40)}…"`,
          );
      }
    }
    await page.close();
    expect(found).toEqual([]);
  }, 600_000);
});
