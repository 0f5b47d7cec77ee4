import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  buildFeed,
  buildFeedIndex,
  communeIds,
  feedPath,
  placeFeedLinks,
  renderAtom,
  rfc3339Day,
} from '../../../src/site/feeds.ts';
import { validateContent } from '../../../src/records/validate.ts';
import { atomProblems, parseXml } from '../../open-data/atom.ts';

const fixture = resolve(import.meta.dirname, '../../fixtures/feeds');
const { content, issues } = validateContent(fixture);
const site = 'https://example.org/';
const index = buildFeedIndex(content, site);
const feed = (scope: Parameters<typeof buildFeed>[2]) =>
  buildFeed(content, index, scope, { site, today: '2026-11-22', alternatePath: '/' });

describe('rfc3339Day', () => {
  test('writes midnight in Vietnam', () => {
    expect(rfc3339Day('2023-07-11')).toBe('2023-07-11T00:00:00+07:00');
  });
});

describe('buildFeedIndex', () => {
  test('the fixture is valid', () => expect(issues).toEqual([]));

  test('the site feed has every meeting and the conclusion, newest first, the conclusion dated by its meeting', () => {
    const entries = feed({ kind: 'site' }).entries;
    expect(entries.map((e) => [e.id, e.date])).toEqual([
      ['tag:ntm-records.org,2026:meetings/2021-01-05-hop-khac', '2021-01-05'],
      ['tag:ntm-records.org,2026:documents/kl-1', '2020-09-08'],
      ['tag:ntm-records.org,2026:meetings/2020-09-08-hop', '2020-09-08'],
    ]);
    expect(entries[1]!.link).toBe('https://example.org/van-ban/kl-1/');
  });

  test("a meeting about a village is in its commune's feed, with the conclusion it produced; an unrelated one is not", () => {
    expect(communeIds(content)).toEqual(['ha-tinh/ky-anh/lam-hop']);
    expect(feed({ kind: 'place', id: 'ha-tinh/ky-anh/lam-hop' }).entries.map((e) => e.id)).toEqual([
      'tag:ntm-records.org,2026:documents/kl-1',
      'tag:ntm-records.org,2026:meetings/2020-09-08-hop',
    ]);
  });

  test("a body's feed has the meetings it convened and the conclusions it issued", () => {
    expect(feed({ kind: 'body', id: 'huyen-uy' }).entries).toHaveLength(3);
  });
});

describe('renderAtom', () => {
  test('writes well-formed, valid Atom even with markup characters in titles and names', () => {
    const xml = renderAtom(feed({ kind: 'site' }));
    expect(atomProblems(parseXml(xml))).toEqual([]);
    expect(xml).toContain(
      '<title>Họp về thôn 1 &lt;b&gt;&amp;amp; &quot;kiểm thử&quot;&lt;/b&gt; (dữ liệu kiểm thử)</title>',
    );
  });

  test('an empty feed is still valid and dated by the fallback day', () => {
    const empty = buildFeed(
      content,
      { all: [], byPlace: new Map(), byBody: new Map() },
      { kind: 'site' },
      { site, today: '2026-11-22', alternatePath: '/' },
    );
    const xml = renderAtom(empty);
    expect(atomProblems(parseXml(xml))).toEqual([]);
    expect(xml).toContain('<updated>2026-11-22T00:00:00+07:00</updated>');
  });
});

describe('feed links', () => {
  test('only communes get a feed link', () => {
    expect(placeFeedLinks('ha-tinh/ky-anh/lam-hop', { kind: 'xa', name: 'Lâm Hợp' })).toEqual([
      {
        href: feedPath({ kind: 'place', id: 'ha-tinh/ky-anh/lam-hop' }),
        title: 'Xã Lâm Hợp: cuộc họp và kết luận mới',
      },
    ]);
    expect(placeFeedLinks('ha-tinh/ky-anh', { kind: 'huyen', name: 'Kỳ Anh' })).toEqual([]);
  });
});
