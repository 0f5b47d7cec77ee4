/**
 * The Atom feeds of the default site: well-formed XML (checked by sax in strict mode), the
 * elements RFC 4287 requires, RFC 3339 dates, and the links that advertise them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { atomProblems, child, parseXml } from './atom.ts';
import { beforeAll, describe, expect, inject, test } from 'vitest';

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

let siteDir: string;
let feeds: string[];
beforeAll(() => {
  siteDir = inject('siteDir');
  feeds = listFiles(join(siteDir, 'feeds')).filter((f) => f.endsWith('.xml'));
});

describe('Atom feeds', () => {
  test('there is a site feed, a feed per body and feeds per commune', () => {
    const rel = feeds.map((f) => relative(siteDir, f));
    expect(rel).toContain('feeds/tat-ca.xml');
    expect(rel.some((f) => f.startsWith('feeds/co-quan/'))).toBe(true);
    expect(rel.some((f) => f.startsWith('feeds/dia-ban/'))).toBe(true);
  });

  test('every feed is well-formed XML and valid Atom', () => {
    for (const file of feeds) {
      const root = parseXml(readFileSync(file, 'utf8'));
      expect(atomProblems(root), relative(siteDir, file)).toEqual([]);
    }
  });

  test('the site feed has an entry for every meeting (up to 50), each linking to a page that exists', () => {
    const root = parseXml(readFileSync(join(siteDir, 'feeds/tat-ca.xml'), 'utf8'));
    const links = child(root, 'entry').flatMap((e) =>
      child(e, 'link').map((l) => new URL(l.attributes.href!).pathname),
    );
    const meetings = JSON.parse(
      readFileSync(join(siteDir, 'data', 'meetings.json'), 'utf8'),
    ) as Array<{ id: string }>;
    const meetingLinks = links.filter((l) => l.startsWith('/cuoc-hop/'));
    // A feed carries the newest 50 entries (meetings and conclusions); below that, every meeting.
    if (links.length < 50)
      expect(meetingLinks.sort()).toEqual(meetings.map((m) => `/cuoc-hop/${m.id}/`).sort());
    else expect(links).toHaveLength(50);
    for (const link of links)
      expect(statSync(join(siteDir, link, 'index.html')).isFile(), link).toBe(true);
  });

  test('the home page advertises the site feed in its head', () => {
    const html = readFileSync(join(siteDir, 'index.html'), 'utf8');
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toMatch(
      /<link rel="alternate" type="application\/atom\+xml" href="\/feeds\/tat-ca\.xml"/,
    );
  });

  test('commune and body pages advertise their own feed, and the feed exists', () => {
    const feedLinks = (page: string) =>
      [
        ...readFileSync(join(siteDir, page), 'utf8').matchAll(
          /<link rel="alternate" type="application\/atom\+xml" href="([^"]+)"/g,
        ),
      ].map((m) => m[1]!);
    const communeFeeds = feeds.filter((f) => relative(siteDir, f).startsWith('feeds/dia-ban/'));
    const bodyFeeds = feeds.filter((f) => relative(siteDir, f).startsWith('feeds/co-quan/'));
    for (const [list, section] of [
      [communeFeeds, 'dia-ban'],
      [bodyFeeds, 'co-quan'],
    ] as const) {
      for (const feed of list) {
        const id = relative(join(siteDir, 'feeds', section), feed).replace(/\.xml$/, '');
        expect(feedLinks(join(section, id, 'index.html')), id).toContain(
          `/feeds/${section}/${id}.xml`,
        );
      }
    }
  });
});
