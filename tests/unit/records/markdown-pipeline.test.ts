/**
 * One Markdown pipeline: every hostile body is either refused by the safety check, or rendered
 * by the site's own Markdown pipeline into HTML that holds nothing but what Markdown itself
 * makes. The pipeline is Astro's: the processor from astro.config.mjs, created as Astro's
 * content layer creates it, after Astro's own front matter split (`parseFrontmatter`), exactly
 * as `renderMarkdown` runs for a record's body in src/records/loader.ts.
 */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { beforeAll, describe, expect, test } from 'vitest';
import config from '../../../astro.config.mjs';
import { findUnsafeMarkdown, isSafeHref } from '../../../src/records/markdown-safety.ts';

let render: (body: string) => Promise<string>;

beforeAll(async () => {
  const markdown = config.markdown!;
  // What Astro's content layer hands the processor; gfm and smart punctuation come from the
  // processor's own features (RECORD_MARKDOWN_FEATURES), which override those two options.
  expect(markdown.syntaxHighlight).toBe(false);
  const renderer = await markdown.processor!.createRenderer({ syntaxHighlight: false });
  render = async (body) => {
    const { frontmatter, content } = parseFrontmatter(body);
    return (await renderer.render(content, { frontmatter })).code;
  };
});

// The elements and attributes Markdown itself produces (GFM, footnotes, task lists, heading ids).
const MARKDOWN_ELEMENTS: Record<string, readonly string[]> = {
  p: [],
  h1: ['id', 'class'],
  h2: ['id', 'class'],
  h3: ['id'],
  h4: ['id'],
  h5: ['id'],
  h6: ['id'],
  em: [],
  strong: [],
  del: [],
  code: ['class'],
  pre: [],
  blockquote: [],
  hr: [],
  br: [],
  a: [
    'href',
    'title',
    'id',
    'class',
    'aria-describedby',
    'aria-label',
    'data-footnote-ref',
    'data-footnote-backref',
  ],
  img: ['src', 'alt', 'title'],
  ol: ['start'],
  ul: ['class'],
  li: ['id', 'class'],
  input: ['type', 'checked', 'disabled'],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: ['style'],
  td: ['style'],
  sup: [],
  section: ['data-footnotes', 'class'],
};

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z-]+(?:="[^"<>]*")?)*)\s*\/?>/y;

/**
 * Raw HTML in rendered Markdown: the renderer writes every `<` of text as `&lt;`, so each `<` in
 * its output must open one of Markdown's own elements, with its own attributes and safe values.
 */
function rawHtmlIn(html: string): string[] {
  const found: string[] = [];
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
    TAG.lastIndex = at;
    const match = TAG.exec(html);
    const allowed = match ? MARKDOWN_ELEMENTS[match[2]!.toLowerCase()] : undefined;
    if (!match || !allowed) {
      found.push(html.slice(at, at + 40));
      continue;
    }
    for (const [, name, value] of match[3]!.matchAll(/([a-zA-Z-]+)(?:="([^"]*)")?/g)) {
      const ok =
        allowed.includes(name!) &&
        (name !== 'href' && name !== 'src' ? true : isSafeHref(value ?? '')) &&
        (name !== 'style' || /^text-align: (left|right|center)$/.test(value ?? ''));
      if (!ok) found.push(`<${match[2]} ${name}="${value ?? ''}">`);
    }
  }
  return found;
}

const META = '<meta http-equiv="refresh" content="0;url=https://ke-xau.example/">';

// Bodies that carry raw HTML past a CommonMark-only reading, and the usual ways to hide it.
const HOSTILE: Array<[string, string]> = [
  ['a code span cut by a table cell', `| a | b |\n|---|---|\n| \`x | ${META} \` | y |\n`],
  ['an indented block after a footnote', `Chữ[^1]\n\n[^1]: ghi chú\n\n    ${META}\n`],
  ['a footnote written on several lines', `Chữ[^a]\n\n[^a]: dòng một\n    ${META}\n`],
  ['a tag inside a table cell', `| a |\n|---|\n| ${META} |\n`],
  ['a tag in a heading', `## Kết luận ${META}\n`],
  ['a tag in a list item', `- mục\n- ${META}\n`],
  ['a tag in a task list item', `- [ ] ${META}\n`],
  ['a tag in a quote', `> trích\n> ${META}\n`],
  ['a tag in link text', `[${META}](/van-ban/)\n`],
  ['a tag inside strikethrough', `~~xoá ${META}~~\n`],
  ['a lazy continuation line', `> trích dẫn\n${META}\n`],
  ['a tag after a hard line break', `dòng\\\n${META}\n`],
  ['an HTML block', `<div>\n${META}\n</div>\n`],
  ['a comment', '<!-- <script>alert(1)</script> -->\n'],
  ['a processing instruction', '<?php echo 1; ?>\n'],
  ['a declaration', '<!DOCTYPE html>\n'],
  ['CDATA', '<![CDATA[ <script>alert(1)</script> ]]>\n'],
  ['an upper-case tag', '<SCRIPT>alert(1)</SCRIPT>\n'],
  ['a tag split over lines', '<img\nsrc=x\nonerror=alert(1)>\n'],
  ['a setext heading made of a tag', `${META}\n---\n`],
  ['a tag in a footnote inside a list', `- mục[^n]\n\n[^n]: ${META}\n`],
  ['a body Astro would read as front matter', '---\na: <script>alert(1)</script>\n---\nChữ\n'],
  ['a javascript: link', '[xem](javascript:alert(1))\n'],
  ['a javascript: reference', '[xem][a]\n\n[a]: javascript:alert(1)\n'],
  ['a javascript: link in a table', '| a |\n|---|\n| [x](javascript:alert(1)) |\n'],
];

// Bodies that look dangerous but are text: they must pass the check and render harmlessly.
const HARMLESS: Array<[string, string]> = [
  ['a tag in a code span', 'Dùng `<script>` là sai.\n'],
  ['a tag in a fenced block', '```\n<script>alert(1)</script>\n```\n'],
  ['a tag in an indented block', `Đoạn.\n\n    ${META}\n`],
  ['escaped angle brackets', '\\<script\\>alert(1)\\</script\\>\n'],
  ['entities', '&lt;script&gt;alert(1)&lt;/script&gt;\n'],
  ['a comparison', 'a < b và c > d, 3<4\n'],
  ['an autolink', '<https://baohatinh.vn/a>\n'],
  ['a table with a code span whole in one cell', '| a |\n|---|\n| `<b>` |\n'],
  ['a footnote', 'Chữ[^1]\n\n[^1]: ghi chú "trích"\n'],
  ['a thematic break later in the body', 'Mở đầu.\n\n---\n\nKết.\n'],
];

describe('the safety check parses as the site renders', () => {
  test.each(HOSTILE)(
    '%s: refused, and the check is needed (the site would render raw HTML or an unsafe link)',
    async (_, body) => {
      expect(findUnsafeMarkdown(body)).not.toEqual([]);
      const html = await render(body);
      const dropped = body.includes('---\na:') && !html.includes('alert');
      expect(dropped || rawHtmlIn(html).length > 0).toBe(true);
    },
  );

  test.each(HARMLESS)('%s: accepted, and rendered without raw HTML', async (_, body) => {
    expect(findUnsafeMarkdown(body)).toEqual([]);
    expect(rawHtmlIn(await render(body))).toEqual([]);
  });

  test('the detector knows raw HTML when it sees it', () => {
    expect(rawHtmlIn('<p>a <b>x</b></p>')).toEqual(['<b>x</b></p>', '</b></p>']);
    expect(rawHtmlIn('<p><a href="javascript:x">a</a></p>')).toEqual(['<a href="javascript:x">']);
    expect(rawHtmlIn('<!-- x -->')).toEqual(['<!-- x -->']);
    expect(rawHtmlIn('<p><a href="/x" title="t">a</a> &lt;b&gt;</p>')).toEqual([]);
  });
});
