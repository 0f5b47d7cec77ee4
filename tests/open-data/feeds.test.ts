/**
 * The Atom feeds of the default site: well-formed XML (checked by sax in strict mode), the
 * elements RFC 4287 requires, RFC 3339 dates, and the links that advertise them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import sax from 'sax';
import { beforeAll, describe, expect, inject, test } from 'vitest';

interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  text: string;
}

/** Parses XML with a real parser in strict mode (throws on anything not well-formed), namespace-aware. */
export function parseXml(xml: string): XmlNode {
  const parser = sax.parser(true, { xmlns: true });
  const stack: XmlNode[] = [];
  let rootNode: XmlNode | undefined;
  parser.onerror = (error) => {
    throw error;
  };
  parser.onopentag = (tag) => {
    const t = tag;
    const node: XmlNode = { name: `${t.uri}|${t.local}`, attributes: Object.fromEntries(Object.values(t.attributes).map((a) => [a.name, a.value])), children: [], text: '' };
    if (stack.length > 0) stack.at(-1)!.children.push(node);
    else rootNode = node;
    stack.push(node);
  };
  parser.ontext = (text) => {
    if (stack.length > 0) stack.at(-1)!.text += text;
  };
  parser.onclosetag = () => {
    stack.pop();
  };
  parser.write(xml).close();
  if (!rootNode) throw new Error('no root element');
  return rootNode;
}

const ATOM = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

const child = (node: XmlNode, name: string) => node.children.filter((c) => c.name === `${ATOM}|${name}`);

/** The problems of an Atom feed against RFC 4287's required elements; empty when valid. */
export function atomProblems(root: XmlNode): string[] {
  const problems: string[] = [];
  if (root.name !== `${ATOM}|feed`) return [`root element is ${root.name}, not Atom feed`];
  const one = (node: XmlNode, name: string, where: string) => {
    const found = child(node, name);
    if (found.length !== 1) problems.push(`${where}: ${found.length} <${name}> elements, expected exactly 1`);
    return found[0];
  };
  const checkDate = (node: XmlNode | undefined, where: string) => {
    if (node && !RFC3339.test(node.text.trim())) problems.push(`${where}: "${node.text}" is not an RFC 3339 date`);
  };
  const checkIri = (node: XmlNode | undefined, where: string) => {
    if (node && !/^[a-z][a-z0-9+.-]*:\S+$/i.test(node.text.trim())) problems.push(`${where}: id "${node.text}" is not an absolute IRI`);
  };
  checkIri(one(root, 'id', 'feed'), 'feed');
  if (!one(root, 'title', 'feed')?.text.trim()) problems.push('feed: empty title');
  checkDate(one(root, 'updated', 'feed'), 'feed');
  const feedHasAuthor = child(root, 'author').some((a) => child(a, 'name').length === 1);
  const self = child(root, 'link').filter((l) => l.attributes.rel === 'self');
  if (self.length !== 1) problems.push('feed: no rel="self" link');
  const ids = new Set<string>();
  child(root, 'entry').forEach((entry, i) => {
    const where = `entry ${i + 1}`;
    const id = one(entry, 'id', where);
    checkIri(id, where);
    if (id && ids.has(id.text)) problems.push(`${where}: id ${id.text} repeated`);
    if (id) ids.add(id.text);
    if (!one(entry, 'title', where)?.text.trim()) problems.push(`${where}: empty title`);
    checkDate(one(entry, 'updated', where), where);
    const alternates = child(entry, 'link').filter((l) => (l.attributes.rel ?? 'alternate') === 'alternate');
    if (alternates.length < 1 || !alternates.every((l) => /^https?:\/\//.test(l.attributes.href ?? ''))) problems.push(`${where}: no absolute alternate link`);
    if (!feedHasAuthor && !child(entry, 'author').some((a) => child(a, 'name').length === 1)) problems.push(`${where}: no author`);
    if (child(entry, 'content').length === 0 && alternates.length === 0) problems.push(`${where}: neither content nor alternate link`);
  });
  return problems;
}

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

  test('the site feed has an entry for every meeting, linking to its page', () => {
    const root = parseXml(readFileSync(join(siteDir, 'feeds/tat-ca.xml'), 'utf8'));
    const links = child(root, 'entry').flatMap((e) => child(e, 'link').map((l) => new URL(l.attributes.href!).pathname));
    const meetingPages = listFiles(join(siteDir, 'cuoc-hop')).filter((f) => f.endsWith('index.html'));
    expect(links.filter((l) => l.startsWith('/cuoc-hop/')).length).toBeGreaterThan(0);
    for (const link of links) expect(statSync(join(siteDir, link, 'index.html')).isFile(), link).toBe(true);
    expect(meetingPages.length).toBeGreaterThan(0);
  });

  test('the home page advertises the site feed in its head', () => {
    const html = readFileSync(join(siteDir, 'index.html'), 'utf8');
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toMatch(/<link rel="alternate" type="application\/atom\+xml" href="\/feeds\/tat-ca\.xml"/);
  });

  test('commune and body pages advertise their own feed, and the feed exists', () => {
    const feedLinks = (page: string) => [...readFileSync(join(siteDir, page), 'utf8').matchAll(/<link rel="alternate" type="application\/atom\+xml" href="([^"]+)"/g)].map((m) => m[1]!);
    const communeFeeds = feeds.filter((f) => relative(siteDir, f).startsWith('feeds/dia-ban/'));
    const bodyFeeds = feeds.filter((f) => relative(siteDir, f).startsWith('feeds/co-quan/'));
    for (const [list, section] of [[communeFeeds, 'dia-ban'], [bodyFeeds, 'co-quan']] as const) {
      for (const feed of list) {
        const id = relative(join(siteDir, 'feeds', section), feed).replace(/\.xml$/, '');
        expect(feedLinks(join(section, id, 'index.html')), id).toContain(`/feeds/${section}/${id}.xml`);
      }
    }
  });
});

