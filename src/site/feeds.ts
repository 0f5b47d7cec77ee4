/**
 * Atom 1.0 feeds (RFC 4287) of new meetings and conclusions: one for the whole site, one per
 * commune and one per body, so a reader can follow their commune or a committee in any feed
 * reader. Pure functions from the validated records to XML text.
 *
 * What goes in: every meeting (its summary and the tasks it assigned), and every conclusion
 * document (type KL, or a TB notice whose title says "kết luận"). Entry ids are `tag:` URIs
 * (RFC 4151) made from the record id, so they never change when the site moves; `updated` is
 * the record's date (midnight in Vietnam, UTC+7), since records carry no time of publication.
 */
import { PLACE_KINDS, PLACE_LEVEL } from '../schemas/places.ts';
import type { DocumentRecord, Meeting } from '../schemas/index.ts';
import { foldVietnamese } from '../domain/fold-vietnamese.ts';
import type { ContentSet, ParsedRecord } from '../records/content-set.ts';
import { documentUrl, meetingUrl } from './urls.ts';
import { formatVietnameseDate } from '../domain/vietnamese-date.ts';
import { escapeMarkup } from '../formats/markup.ts';

/** The name shown as the feeds' author and generator. */
export const SITE_NAME = 'Hồ sơ Nông thôn mới';

/** The tagging authority and year of every `tag:` id (RFC 4151). Never change them: readers use ids to tell new entries from seen ones. */
const TAG_PREFIX = 'tag:ntm-records.org,2026:';

/** The most entries a feed carries (newest first). */
export const FEED_ENTRY_LIMIT = 50;

/** One entry of a feed. */
export interface FeedEntry {
  /** A permanent id (`tag:` URI). */
  id: string;
  title: string;
  /** Absolute URL of the record's page. */
  link: string;
  /** The record's day (YYYY-MM-DD). */
  date: string;
  /** Who the entry is by (the convening or issuing body). */
  author: string;
  /** Plain-text summary. */
  summary: string;
  /** HTML shown by readers (escaped into the XML). */
  contentHtml: string;
}

/** A whole feed. */
export interface Feed {
  /** A permanent id (`tag:` URI). */
  id: string;
  title: string;
  /** Absolute URL of the feed itself. */
  self: string;
  /** Absolute URL of the page the feed follows. */
  alternate: string;
  /** Newest first. */
  entries: FeedEntry[];
  /** Day used for `updated` when there is no entry (YYYY-MM-DD). */
  fallbackDate: string;
}

/** An ISO day as an RFC 3339 timestamp at midnight in Vietnam: 2023-07-11 → 2023-07-11T00:00:00+07:00. */
export function rfc3339Day(isoDay: string): string {
  return `${isoDay}T00:00:00+07:00`;
}

/** Serialises a feed as Atom 1.0 XML. */
export function renderAtom(feed: Feed): string {
  const updated = feed.entries.reduce(
    (max, e) => (e.date > max ? e.date : max),
    feed.entries.length > 0 ? '' : feed.fallbackDate,
  );
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">',
    `  <id>${escapeMarkup(feed.id)}</id>`,
    `  <title>${escapeMarkup(feed.title)}</title>`,
    `  <updated>${rfc3339Day(updated)}</updated>`,
    `  <author><name>${escapeMarkup(SITE_NAME)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeMarkup(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeMarkup(feed.alternate)}"/>`,
    `  <generator>${escapeMarkup(SITE_NAME)}</generator>`,
  ];
  for (const e of feed.entries) {
    lines.push(
      '  <entry>',
      `    <id>${escapeMarkup(e.id)}</id>`,
      `    <title>${escapeMarkup(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeMarkup(e.link)}"/>`,
      `    <updated>${rfc3339Day(e.date)}</updated>`,
      `    <published>${rfc3339Day(e.date)}</published>`,
      `    <author><name>${escapeMarkup(e.author)}</name></author>`,
      `    <summary type="text">${escapeMarkup(e.summary)}</summary>`,
      `    <content type="html">${escapeMarkup(e.contentHtml)}</content>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}

/** True for a conclusion document: a Kết luận (KL), or a Thông báo (TB) whose title says kết luận. */
export function isConclusionDocument(doc: DocumentRecord): boolean {
  return doc.kind === 'KL' || (doc.kind === 'TB' && foldVietnamese(doc.title).includes('ket luan'));
}

const namesCache = new WeakMap<
  ContentSet,
  { bodies: Map<string, string>; places: Map<string, string> }
>();

// Names of bodies and places by id, built once per content set (feeds are made for every commune).
function namesOf(content: ContentSet) {
  let names = namesCache.get(content);
  if (!names) {
    names = {
      bodies: new Map(content.bodies.map((b) => [b.id, b.data.name])),
      places: new Map(
        content.places.map((p) => [p.id, `${PLACE_KINDS[p.data.kind]} ${p.data.name}`]),
      ),
    };
    namesCache.set(content, names);
  }
  return names;
}

function bodyName(content: ContentSet, id: string | undefined): string {
  return (id === undefined ? undefined : namesOf(content).bodies.get(id)) ?? SITE_NAME;
}

function meetingEntry(content: ContentSet, m: ParsedRecord<Meeting>, site: string): FeedEntry {
  const d = m.data;
  const tasks = d.tasks.map((t) => {
    const due = t.deadline
      ? ` (hạn ${t.deadline.precision === 'day' ? formatVietnameseDate(t.deadline.due) : (t.deadline.text ?? formatVietnameseDate(t.deadline.due))})`
      : '';
    return `<li>${escapeMarkup(t.text)}${escapeMarkup(due)}</li>`;
  });
  const html = [
    `<p>${escapeMarkup(formatVietnameseDate(d.date))}: ${escapeMarkup(d.summary)}</p>`,
    tasks.length > 0 ? `<p>Kết luận, nhiệm vụ được giao:</p><ol>${tasks.join('')}</ol>` : '',
  ].join('');
  return {
    id: `${TAG_PREFIX}meetings/${m.id}`,
    title: d.title,
    link: new URL(meetingUrl(m.id), site).href,
    date: d.date,
    author: d.convenedBy.map((b) => bodyName(content, b.id)).join(', '),
    summary: d.summary,
    contentHtml: html,
  };
}

function documentEntry(
  content: ContentSet,
  doc: ParsedRecord<DocumentRecord>,
  date: string,
  site: string,
): FeedEntry {
  const d = doc.data;
  const title = d.number ? `${d.title} (${d.number.raw})` : d.title;
  const summary = d.summary ?? d.title;
  return {
    id: `${TAG_PREFIX}documents/${doc.id}`,
    title,
    link: new URL(documentUrl(doc.id), site).href,
    date,
    author: bodyName(content, d.issuer.id),
    summary,
    contentHtml: `<p>${escapeMarkup(formatVietnameseDate(date))}: ${escapeMarkup(summary)}</p>`,
  };
}

/** Which records a feed follows. */
export type FeedScope =
  { kind: 'site' } | { kind: 'place'; id: string } | { kind: 'body'; id: string };

/** The path of a feed on the site: /feeds/tat-ca.xml, /feeds/dia-ban/<place id>.xml, /feeds/co-quan/<body id>.xml. */
export function feedPath(scope: FeedScope): string {
  if (scope.kind === 'site') return '/feeds/tat-ca.xml';
  return `/feeds/${scope.kind === 'place' ? 'dia-ban' : 'co-quan'}/${scope.id}.xml`;
}

/** The communes (and wards, towns) that get a feed: every place at commune level. */
export function communeIds(content: ContentSet): string[] {
  return content.places.filter((p) => PLACE_LEVEL[p.data.kind] === 3).map((p) => p.id);
}

/** Every entry of the site, with the places and bodies each concerns, computed once for all feeds. */
export interface FeedIndex {
  /** Every entry, newest first. */
  all: FeedEntry[];
  /** Entries by place id: an entry about a village counts for its commune, district and province too. */
  byPlace: Map<string, FeedEntry[]>;
  /** Entries by body id: meetings it convened, conclusions it issued. */
  byBody: Map<string, FeedEntry[]>;
}

function pushTo(map: Map<string, FeedEntry[]>, key: string, entry: FeedEntry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

function newestFirst(a: FeedEntry, b: FeedEntry): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Builds the entries of every feed in one pass over the records. */
export function buildFeedIndex(content: ContentSet, site: string): FeedIndex {
  const parentOf = new Map(content.places.map((p) => [p.id, p.data.parent?.id]));
  const withAncestors = (ids: Iterable<string>): Set<string> => {
    const out = new Set<string>();
    for (let id of ids) {
      for (let depth = 0; depth < 10 && id !== undefined && !out.has(id); depth += 1) {
        out.add(id);
        const parent = parentOf.get(id);
        if (parent === undefined) break;
        id = parent;
      }
    }
    return out;
  };
  const all: FeedEntry[] = [];
  const byPlace = new Map<string, FeedEntry[]>();
  const byBody = new Map<string, FeedEntry[]>();
  const add = (entry: FeedEntry, places: Iterable<string>, bodies: Iterable<string>) => {
    all.push(entry);
    for (const id of withAncestors(places)) pushTo(byPlace, id, entry);
    for (const id of new Set(bodies)) pushTo(byBody, id, entry);
  };

  const meetingPlaces = new Map<string, string[]>();
  const producedBy = new Map<string, ParsedRecord<Meeting>>();
  for (const m of content.meetings) {
    const d = m.data;
    const places = [d.place, ...d.places, ...d.tasks.flatMap((t) => t.places)]
      .filter((p) => p !== undefined)
      .map((p) => p.id);
    meetingPlaces.set(m.id, places);
    for (const doc of d.produces) producedBy.set(doc.id, m);
    add(
      meetingEntry(content, m, site),
      places,
      d.convenedBy.map((b) => b.id),
    );
  }
  for (const doc of content.documents) {
    if (!isConclusionDocument(doc.data)) continue;
    const meeting = producedBy.get(doc.id);
    const date = doc.data.date ?? meeting?.data.date;
    // A conclusion with no known day cannot be placed in time; it stays on its page only.
    if (date === undefined) continue;
    const places = [
      ...doc.data.places.map((p) => p.id),
      ...(meeting ? meetingPlaces.get(meeting.id)! : []),
    ];
    add(documentEntry(content, doc, date, site), places, [doc.data.issuer.id]);
  }
  all.sort(newestFirst);
  for (const list of [...byPlace.values(), ...byBody.values()]) list.sort(newestFirst);
  return { all, byPlace, byBody };
}

/** The entries of a feed, newest first (at most `FEED_ENTRY_LIMIT`). */
export function feedEntries(index: FeedIndex, scope: FeedScope): FeedEntry[] {
  const list =
    scope.kind === 'site'
      ? index.all
      : ((scope.kind === 'place' ? index.byPlace : index.byBody).get(scope.id) ?? []);
  return list.slice(0, FEED_ENTRY_LIMIT);
}

/** The title of a feed, in Vietnamese. */
export function feedTitle(content: ContentSet, scope: FeedScope): string {
  if (scope.kind === 'site') return `${SITE_NAME}: cuộc họp và kết luận mới`;
  if (scope.kind === 'body') return `${bodyName(content, scope.id)}: cuộc họp và kết luận mới`;
  return `${namesOf(content).places.get(scope.id) ?? scope.id}: cuộc họp và kết luận mới`;
}

/** Builds a whole feed for `scope`; `site` is the site's absolute address, `today` the day used when the feed is empty. */
export function buildFeed(
  content: ContentSet,
  index: FeedIndex,
  scope: FeedScope,
  options: { site: string; today: string; alternatePath: string },
): Feed {
  const idPart =
    scope.kind === 'site' ? 'site' : `${scope.kind === 'place' ? 'places' : 'bodies'}/${scope.id}`;
  return {
    id: `${TAG_PREFIX}feeds/${idPart}`,
    title: feedTitle(content, scope),
    self: new URL(feedPath(scope), options.site).href,
    alternate: new URL(options.alternatePath, options.site).href,
    entries: feedEntries(index, scope),
    fallbackDate: options.today,
  };
}

/** The `<link rel="alternate">` a page should carry for a feed. */
export interface FeedLink {
  href: string;
  title: string;
}

/** The feed link for a scope, for a page's head. */
export function feedLink(content: ContentSet, scope: FeedScope): FeedLink {
  return { href: feedPath(scope), title: feedTitle(content, scope) };
}

/** The site feed's link, which every page carries. */
export const SITE_FEED_LINK: FeedLink = {
  href: feedPath({ kind: 'site' }),
  title: `${SITE_NAME}: cuộc họp và kết luận mới`,
};

/** The feed links a place's page carries: its own feed when it is a commune (only communes have one), else none. */
export function placeFeedLinks(
  id: string,
  place: { kind: keyof typeof PLACE_KINDS; name: string },
): FeedLink[] {
  if (PLACE_LEVEL[place.kind] !== 3) return [];
  return [
    {
      href: feedPath({ kind: 'place', id }),
      title: `${PLACE_KINDS[place.kind]} ${place.name}: cuộc họp và kết luận mới`,
    },
  ];
}

/** The feed link a body's page carries. */
export function bodyFeedLinks(id: string, body: { name: string }): FeedLink[] {
  return [
    { href: feedPath({ kind: 'body', id }), title: `${body.name}: cuộc họp và kết luận mới` },
  ];
}
