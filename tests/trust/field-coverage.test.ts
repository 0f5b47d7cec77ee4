/**
 * Nothing lost: every field of every record (each leaf value of its parsed data) appears on the
 * record's page (as text, a link, or a `<time datetime>`) or, unchanged at the same path, in its
 * entry of the open-data export (`dist/data/<collection>.json`). Fields that only the export
 * carries are listed by NTM_FIELD_REPORT=1 (printed), for the people who write the pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { decodeEntities, listStartTags } from '../../src/checks/link-check.ts';
import type { ContentSet } from '../../src/records/content-set.ts';
import { validateContent } from '../../src/records/validate.ts';
import { recordUrl } from '../../src/site/urls.ts';
import { DOCUMENT_TYPE_NAMES } from '../../src/domain/document-number.ts';
import { CRITERION_STATUSES } from '../../src/schemas/assessments.ts';
import { BODY_KINDS } from '../../src/schemas/bodies.ts';
import { CRITERIA_LEVELS, CRITERIA_TIERS } from '../../src/schemas/criteria-sets.ts';
import { COLLECTION_NAMES, folderOf, type CollectionName } from '../../src/schemas/index.ts';
import { MEETING_KINDS } from '../../src/schemas/meetings.ts';
import { PLACE_KINDS } from '../../src/schemas/places.ts';
import { PLAN_KINDS } from '../../src/schemas/plans.ts';

/** Coded values that pages show by their Vietnamese label: field (indices as []) → labels. */
const LABELS: Record<string, Readonly<Record<string, string>>> = {
  'places.kind': PLACE_KINDS,
  'bodies.kind': BODY_KINDS,
  'meetings.kind': MEETING_KINDS,
  'plans.kind': PLAN_KINDS,
  'documents.kind': DOCUMENT_TYPE_NAMES,
  'criteriaSets.level': CRITERIA_LEVELS,
  'criteriaSets.tier': CRITERIA_TIERS,
  'assessments.otherwise': CRITERION_STATUSES,
};
function labelsFor(
  collection: CollectionName,
  path: string,
): Readonly<Record<string, string>> | undefined {
  const field = `${collection}.${path.replace(/\[\d+\]/g, '[]')}`;
  return (
    LABELS[field] ?? (field.startsWith('assessments.statuses.') ? CRITERION_STATUSES : undefined)
  );
}

const ROOT = resolve(import.meta.dirname, '../..');
const siteDir = inject('siteDir');

interface Leaf {
  path: string;
  value: string | number | boolean | { collection: string; id: string };
}

const isRef = (v: unknown): v is { collection: string; id: string } =>
  typeof v === 'object' &&
  v !== null &&
  Object.keys(v).length === 2 &&
  'collection' in v &&
  'id' in v;

/** Every leaf value of a parsed record, with its path (`tasks[0].deadline.due`). */
export function leaves(value: unknown, path = ''): Leaf[] {
  if (value === undefined || value === null) return [];
  if (isRef(value)) return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return [{ path, value }];
  return [];
}

/** What a reader can find on a page: its text, the addresses it links to, the machine dates. */
interface PageHaystack {
  text: string;
  hrefs: Set<string>;
  datetimes: Set<string>;
}

const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

function haystackOf(file: string): PageHaystack | undefined {
  if (!existsSync(file)) return undefined;
  const html = readFileSync(file, 'utf8');
  const hrefs = new Set<string>();
  const datetimes = new Set<string>();
  for (const tag of listStartTags(html)) {
    const href = tag.attributes.get('href');
    if (href) hrefs.add(href.split('#')[0]!);
    const datetime = tag.attributes.get('datetime');
    if (datetime) datetimes.add(datetime);
  }
  // Block boundaries separate words; inline tags (a link inside a sentence) do not.
  const body = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(
      /<\/?(p|div|li|ul|ol|h[1-6]|td|th|tr|dt|dd|dl|br|section|article|header|footer|nav|main|table|caption|figure|figcaption|blockquote|pre)\b[^>]*>/gi,
      ' ',
    )
    .replace(/<[^>]*>/g, '');
  return { text: squash(decodeEntities(body)), hrefs, datetimes };
}

function onPage(
  leaf: Leaf,
  page: PageHaystack,
  labels?: Readonly<Record<string, string>>,
): boolean {
  const { value } = leaf;
  const label = typeof value === 'string' ? labels?.[value] : undefined;
  if (label && page.text.toLocaleLowerCase('vi').includes(label.toLocaleLowerCase('vi')))
    return true;
  if (isRef(value)) {
    const url = recordUrl(value.collection, value.id);
    return url !== undefined && page.hrefs.has(url);
  }
  if (typeof value === 'boolean') return false;
  if (typeof value === 'number') {
    const forms = [
      String(value),
      value.toLocaleString('vi-VN'),
      value.toLocaleString('vi-VN', { maximumFractionDigits: 2 }),
    ];
    return forms.some((f) => page.text.includes(f));
  }
  const text = squash(value);
  if (text === '') return true;
  if (page.text.includes(text)) return true;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (day) {
    const [, y, m, d] = day;
    return (
      page.datetimes.has(text) ||
      page.text.includes(`${Number(d)}/${Number(m)}/${y}`) ||
      page.text.includes(`${d}/${m}/${y}`)
    );
  }
  return false;
}

function atPath(value: unknown, path: string): unknown {
  let here: unknown = value;
  for (const part of path.match(/[^.[\]]+/g) ?? []) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<string, unknown>)[part];
  }
  return here;
}

function inExport(leaf: Leaf, entry: Record<string, unknown> | undefined): boolean {
  if (!entry) return false;
  const exported = atPath(entry, leaf.path);
  if (isRef(leaf.value))
    return isRef(exported)
      ? exported.id === leaf.value.id && exported.collection === leaf.value.collection
      : exported === leaf.value.id;
  return exported === leaf.value;
}

/** The pages that show a record: its own, and for assessments and statistics their place's and meeting's. */
function pagesOf(collection: CollectionName, id: string, data: Record<string, unknown>): string[] {
  const own = recordUrl(collection, id, data);
  const pages = own ? [own.split('#')[0]!] : [];
  const reportedIn = data.reportedIn as { id: string } | undefined;
  if (reportedIn) pages.push(recordUrl('meetings', reportedIn.id)!);
  return pages;
}

let content: ContentSet;
let exports: Map<CollectionName, Map<string, Record<string, unknown>>>;

beforeAll(() => {
  const result = validateContent(join(ROOT, 'content'), { cwd: ROOT });
  expect(result.issues).toEqual([]);
  content = result.content;
  exports = new Map(
    COLLECTION_NAMES.map((name) => {
      const file = join(siteDir, 'data', `${folderOf(name)}.json`);
      const list = existsSync(file)
        ? (JSON.parse(readFileSync(file, 'utf8')) as Array<Record<string, unknown>>)
        : [];
      return [name, new Map(list.map((r) => [String(r.id), r]))];
    }),
  );
});

/** Leaves found nowhere, and leaves found only in the export, over every record. */
function coverage() {
  const lost: string[] = [];
  const exportOnly = new Map<string, number>();
  for (const name of COLLECTION_NAMES) {
    for (const record of content[name] as Array<{ id: string; data: Record<string, unknown> }>) {
      const pages = pagesOf(name, record.id, record.data).map((url) =>
        haystackOf(join(siteDir, url, 'index.html')),
      );
      const entry = exports.get(name)!.get(record.id);
      for (const leaf of leaves(record.data)) {
        const shown = pages.some(
          (p) => p !== undefined && onPage(leaf, p, labelsFor(name, leaf.path)),
        );
        if (shown) continue;
        if (inExport(leaf, entry)) {
          const field = `${name}.${leaf.path.replace(/\[\d+\]/g, '[]')}`;
          exportOnly.set(field, (exportOnly.get(field) ?? 0) + 1);
        } else {
          lost.push(`${name}/${record.id} › ${leaf.path} = ${JSON.stringify(leaf.value)}`);
        }
      }
    }
  }
  return { lost, exportOnly };
}

describe('every field of every record', () => {
  test('has a record in the default content to check', () => {
    expect(content.meetings.length).toBeGreaterThan(0);
  });

  test('every record is in its collection’s export', () => {
    const missing = COLLECTION_NAMES.flatMap((name) =>
      (content[name] as Array<{ id: string }>)
        .filter((r) => !exports.get(name)!.has(r.id))
        .map((r) => `${name}/${r.id}`),
    );
    expect(missing).toEqual([]);
  });

  test('appears on the record’s page or, unchanged, in its data export', () => {
    const { lost, exportOnly } = coverage();
    if (process.env.NTM_FIELD_REPORT === '1') {
      console.log(
        'Fields shown only in the export (not on the record’s page), with how many values:',
      );
      for (const [field, n] of [...exportOnly].sort()) console.log(`  ${field}: ${n}`);
    }
    expect(lost).toEqual([]);
  });
});
