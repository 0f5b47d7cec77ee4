/**
 * The link checker over a built site: every internal link and asset named by a page (`href`,
 * `src`, `srcset`, `url()` in inline CSS) must resolve to a file of the site, and a `#fragment`
 * must name an element of its target page. Links to other sites are not fetched (the build
 * never goes online). `scripts/check-links.ts` runs it on `dist/`; a test runs it on every build.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Parser } from 'htmlparser2';

/** A link found in a page. */
export interface PageLink {
  /** Tag and attribute it came from, e.g. `a[href]`, `style url()`. */
  from: string;
  /** The address as written (entities decoded). */
  url: string;
}

/** One link that does not resolve. */
export interface BrokenLink {
  /** The page, as its path in the site (e.g. `/cuoc-hop/index.html`). */
  page: string;
  from: string;
  url: string;
  /** What is wrong. */
  problem: string;
}

const LINK_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};

/** A start tag as found in a page: its lower-case name and its attributes (values decoded). */
export interface StartTag {
  name: string;
  attributes: Map<string, string>;
  /** For `<script>` and `<style>`: the element's text. */
  content?: string;
}

/**
 * Every start tag of an HTML page, in order, as htmlparser2 reads it: comments are skipped,
 * character references in attribute values are decoded, and the text of `<script>` and
 * `<style>` is kept as `content`, never read as tags.
 */
export function listStartTags(html: string): StartTag[] {
  const tags: StartTag[] = [];
  let open: StartTag | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const tag: StartTag = { name, attributes: new Map(Object.entries(attributes)) };
        if (name === 'script' || name === 'style') open = { ...tag, content: '' };
        tags.push(open ?? tag);
      },
      ontext(text) {
        if (open) open.content += text;
      },
      onclosetag(name) {
        if (open?.name === name) open = undefined;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return tags;
}

/**
 * The links and element ids of one HTML page. Script and style contents are not read as
 * markup; `url()` in `<style>` and `style=""` is read as a link.
 */
export function extractLinks(html: string): { links: PageLink[]; ids: Set<string> } {
  const links: PageLink[] = [];
  const ids = new Set<string>();
  for (const { name, attributes, content } of listStartTags(html)) {
    if (name === 'style' && content) {
      for (const u of content.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g))
        links.push({ from: 'style url()', url: u[2]! });
    }
    const id = attributes.get('id');
    if (id) ids.add(id);
    if (name === 'a' && attributes.get('name')) ids.add(attributes.get('name')!);
    const style = attributes.get('style');
    if (style)
      for (const u of style.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g))
        links.push({ from: `${name}[style] url()`, url: u[2]! });
    for (const attribute of LINK_ATTRIBUTES[name] ?? []) {
      const value = attributes.get(attribute);
      if (value === undefined) continue;
      // <link rel="preconnect|dns-prefetch"> names a host, not a file.
      if (name === 'link' && /\b(preconnect|dns-prefetch)\b/.test(attributes.get('rel') ?? ''))
        continue;
      if (attribute === 'srcset') {
        for (const candidate of value.split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) links.push({ from: `${name}[srcset]`, url });
        }
      } else {
        links.push({ from: `${name}[${attribute}]`, url: value.trim() });
      }
    }
  }
  return { links, ids };
}

function listHtmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listHtmlFiles(path));
    else if (name.endsWith('.html')) out.push(path);
  }
  return out;
}

/** Options for `checkSiteLinks`. */
export interface LinkCheckOptions {
  /** The site's public origin (e.g. `https://ntm-records.org`): absolute links to it are checked as internal. */
  siteOrigin?: string;
}

/**
 * The file a site path is served from, as nginx resolves it (`try_files $uri $uri/`): the file
 * itself, or the folder's `index.html`. Undefined when there is none.
 */
export function resolveSitePath(siteDir: string, path: string): string | undefined {
  const file = join(siteDir, path);
  if (relative(siteDir, file).startsWith('..')) return undefined;
  if (path.endsWith('/'))
    return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  if (existsSync(join(file, 'index.html'))) return join(file, 'index.html');
  return undefined;
}

/** Checks every page of the built site in `siteDir`. Returns the broken links, in page order. */
export function checkSiteLinks(
  siteDir: string,
  options: LinkCheckOptions = {},
): { pages: number; links: number; broken: BrokenLink[] } {
  const pages = listHtmlFiles(siteDir);
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) {
      ids = extractLinks(readFileSync(file, 'utf8')).ids;
      idCache.set(file, ids);
    }
    return ids;
  };
  const broken: BrokenLink[] = [];
  let count = 0;
  for (const file of pages) {
    const page = `/${relative(siteDir, file).split(sep).join('/')}`;
    const { links, ids } = extractLinks(readFileSync(file, 'utf8'));
    idCache.set(file, ids);
    const pageUrl = new URL(page, 'http://site.invalid');
    for (const link of links) {
      count++;
      const fail = (problem: string) =>
        broken.push({ page, from: link.from, url: link.url, problem });
      if (link.url === '' || link.url === '#') continue;
      if (/^\s*javascript:/i.test(link.url)) {
        fail('a javascript: address');
        continue;
      }
      let target: URL;
      try {
        target = new URL(link.url, pageUrl);
      } catch {
        fail('not a valid address');
        continue;
      }
      const internal =
        target.origin === pageUrl.origin ||
        (options.siteOrigin !== undefined && target.origin === new URL(options.siteOrigin).origin);
      if (!internal) continue; // other sites, mailto:, tel:, data: are not checked
      let path: string;
      try {
        path = decodeURIComponent(target.pathname);
      } catch {
        fail('the address has a broken %-escape');
        continue;
      }
      const resolved = resolveSitePath(siteDir, path);
      if (!resolved) {
        fail(`no file for ${path}`);
        continue;
      }
      const fragment = target.hash ? decodeURIComponent(target.hash.slice(1)) : '';
      if (
        fragment &&
        resolved.endsWith('.html') &&
        fragment !== 'top' &&
        !idsOf(resolved).has(fragment)
      ) {
        fail(`${path} has no element with id "${fragment}"`);
      }
    }
  }
  return { pages: pages.length, links: count, broken };
}

/** One line per broken link, for a terminal. */
export function formatBrokenLinks(broken: readonly BrokenLink[]): string {
  return broken.map((b) => `${b.page}: ${b.from} "${b.url}": ${b.problem}`).join('\n');
}
