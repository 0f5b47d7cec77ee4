/**
 * Nothing a record says is lost: for every record of the default content, the texts and numbers
 * it holds appear on its page (or, for assessments and statistics, on its place's page).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import type { Person, Source } from '../../src/schemas/index.ts';
import { validateContent } from '../../src/records/validate.ts';
import { formatNumber } from '../../src/site/format.ts';
import { capitalise, fieldLabel } from '../../src/i18n/field-labels.ts';
import type { CollectionName } from '../../src/schemas/index.ts';
import { RECOGNITION_LEVELS, RECOGNITION_STATUSES } from '../../src/schemas/recognitions.ts';
import {
  documentUrl,
  meetingUrl,
  placeUrl,
  planUrl,
  bodyUrl,
  criteriaSetUrl,
  programmeUrl,
  sourceUrl,
} from '../../src/site/urls.ts';

const siteDir = inject('siteDir');
const { content } = validateContent(resolve(import.meta.dirname, '../../content'));

/** The visible text of a built page: tags dropped, entities decoded, spaces collapsed. */
function pageText(url: string): string {
  const file = join(siteDir, url, 'index.html');
  expect(existsSync(file), url).toBe(true);
  const html = readFileSync(file, 'utf8').replace(/<(script|style)[\s\S]*?<\/\1>/g, '');
  return (
    html
      // Inline tags (links put into prose, dates) join the text around them; other tags separate it.
      .replace(/<\/?(a|span|strong|em|b|i|time|code|small|abbr)(\s[^>]*)?>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ')
      .normalize('NFC')
  );
}

/** The texts in `values` that the page does not show. */
function missing(text: string, values: ReadonlyArray<string | number | undefined>): string[] {
  return values
    .filter((v): v is string | number => v !== undefined)
    .map((v) =>
      typeof v === 'number' ? String(v) : v.replace(/\s+/g, ' ').trim().normalize('NFC'),
    )
    .filter((v) => !text.includes(v));
}

/** The HTML of a built page, to check links (a link's address is not visible text). */
function pageHtml(url: string): string {
  return readFileSync(join(siteDir, url, 'index.html'), 'utf8');
}

const personTexts = (p: Person) => [p.name, p.description, p.role, ...p.positions];
/** A source's texts; its address and archived copy are links, checked by `sourceLinks`. */
const sourceTexts = (s: Source | undefined) =>
  s ? [s.title, s.publisher, s.author, s.publishedTime] : [];
/** The links a source leads to that the page lacks: the original (when known) and the archived copy. */
const missingSourceLinks = (url: string, s: Source | undefined) => {
  const html = pageHtml(url);
  return [s?.url, s?.archive ? sourceUrl(s.archive) : undefined].filter(
    (href) => href !== undefined && !html.includes(`href="${href}"`),
  );
};
/** An inference note and the name of its field, as a reader knows it (never the schema path). */
const inferenceNotes = (
  collection: CollectionName,
  list: ReadonlyArray<{ field: string; note: string }>,
) => list.flatMap((i) => [capitalise(fieldLabel(i.field, collection)!), i.note]);
const recognitionTexts = (r: (typeof content.recognitions)[number]['data']) => [
  RECOGNITION_LEVELS[r.level],
  RECOGNITION_STATUSES[r.status],
  r.year === undefined ? undefined : `năm ${r.year}`,
  r.round,
  r.note,
  ...inferenceNotes('recognitions', r.inferences),
];

describe('every record shows everything it says', () => {
  test.each(content.meetings.map((m) => [m.id, m] as const))('meeting %s', (_, m) => {
    const d = m.data;
    const text = pageText(meetingUrl(m.id));
    expect(
      missing(text, [
        d.title,
        d.summary,
        d.review,
        d.venue,
        d.partOfDay,
        ...d.chairs.flatMap(personTexts),
        ...d.participants.flatMap(personTexts),
        ...d.attendeesText,
        ...d.attendance.flatMap((g) => [g.group, `${g.present}/${g.expected}`, ...g.absent]),
        ...d.tasks.flatMap((task) => [task.text, task.deadline?.text, ...task.assigneesText]),
        ...sourceTexts(d.source),
        ...inferenceNotes('meetings', d.inferences),
        ...d.votes.flatMap((v) => [v.subject, v.note]),
        ...content.recognitions
          .filter((r) => r.data.reportedIn?.id === m.id)
          .flatMap((r) => recognitionTexts(r.data)),
      ]),
    ).toEqual([]);
    expect(missingSourceLinks(meetingUrl(m.id), d.source)).toEqual([]);
  });

  test.each(content.documents.map((r) => [r.id, r] as const))('document %s', (_, r) => {
    const d = r.data;
    const text = pageText(documentUrl(r.id));
    expect(
      missing(text, [
        d.number?.raw,
        d.title,
        d.knownAs,
        d.summary,
        d.signedFor,
        ...d.recipients,
        ...(d.signer ? personTexts(d.signer) : []),
        ...sourceTexts(d.source),
        ...inferenceNotes('documents', d.inferences),
      ]),
    ).toEqual([]);
    expect(missingSourceLinks(documentUrl(r.id), d.source)).toEqual([]);
  });

  test.each(content.plans.map((r) => [r.id, r] as const))('plan %s', (_, r) => {
    const p = r.data;
    const text = pageText(planUrl(r.id));
    expect(
      missing(text, [
        p.title,
        p.summary,
        ...p.targets.flatMap((g) => [g.text, g.unit]),
        ...p.tasks.flatMap((task) => [task.text, task.deadline?.text]),
        ...sourceTexts(p.source),
        ...inferenceNotes('plans', p.inferences),
      ]),
    ).toEqual([]);
    expect(missingSourceLinks(planUrl(r.id), p.source)).toEqual([]);
  });

  test.each(content.places.map((r) => [r.id, r] as const))('place %s', (_, r) => {
    const p = r.data;
    const text = pageText(placeUrl(r.id));
    const assessments = content.assessments.filter((a) => a.data.place.id === r.id);
    const statistics = content.statistics.filter((s) => s.data.place.id === r.id);
    const recognitions = content.recognitions.filter((x) => x.data.place.id === r.id);
    expect(
      missing(text, [
        p.name,
        p.code,
        p.note,
        ...p.aliases,
        ...assessments.flatMap((a) => [
          a.data.note,
          ...inferenceNotes('assessments', a.data.inferences),
          a.data.reportedMet !== undefined
            ? `${a.data.reportedMet}/${a.data.reportedTotal ?? '?'}`
            : undefined,
        ]),
        ...statistics.flatMap((s) => [
          s.data.period,
          ...s.data.figures.flatMap((f) => [f.label, f.unit, f.note, formatNumber(f.value)]),
          ...inferenceNotes('statistics', s.data.inferences),
        ]),
        ...recognitions.flatMap((x) => recognitionTexts(x.data)),
      ]),
    ).toEqual([]);
  });

  test.each(content.bodies.map((r) => [r.id, r] as const))('body %s', (_, r) => {
    const b = r.data;
    expect(missing(pageText(bodyUrl(r.id)), [b.name, b.shortName, b.issuerCode, b.note])).toEqual(
      [],
    );
  });

  test.each(content.criteriaSets.map((r) => [r.id, r] as const))('criteria set %s', (_, r) => {
    const s = r.data;
    const text = pageText(criteriaSetUrl(r.id));
    expect(
      missing(text, [
        s.name,
        s.shortName,
        s.note,
        ...s.groups.map((g) => g.name),
        ...s.criteria.flatMap((c) => [
          c.name,
          ...c.aliases,
          ...c.indicators.flatMap((i) => [i.code, i.name, i.target]),
        ]),
        ...inferenceNotes('criteriaSets', s.inferences),
      ]),
    ).toEqual([]);
  });

  test.each(content.programmes.map((r) => [r.id, r] as const))('programme %s', (_, r) => {
    expect(
      missing(pageText(programmeUrl(r.id)), [r.data.name, r.data.shortName, r.data.description]),
    ).toEqual([]);
  });
});

describe('history stays as it was', () => {
  test('a district abolished in 2025 keeps its name and says until when it existed', () => {
    const text = pageText(placeUrl('ha-tinh/ky-anh'));
    expect(text).toContain('Huyện Kỳ Anh');
    expect(text).toContain('Đơn vị này không còn tồn tại sau ngày 30/6/2025');
  });

  test('a meeting known only to have happened by a date says so', () => {
    const m = content.meetings.find((r) => r.data.dateQualifier === 'on-or-before')!;
    expect(pageText(meetingUrl(m.id))).toContain('chậm nhất vào ngày này');
  });
});
