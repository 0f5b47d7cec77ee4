/**
 * Compares what the importer read from a text with what a corpus case expects (shapes in
 * tests/fixtures/importer/README.md). A case claims only the keys it names; for a claimed list
 * (counts, criteria, levels, votes, figures, documents) the importer must find exactly those
 * values, each with a review note where the case expects one. Returns the mismatches in words.
 */
import { foldVietnamese } from '../../../src/domain/fold-vietnamese.ts';
import type { ExtractedArticle } from '../../../src/importer/extract.ts';
import { unitWords, type UnitRef } from '../../../src/importer/units.ts';

/** A value as text for a message or a key (numbers and strings as written, anything else as JSON). */
const str = (x: unknown): string =>
  typeof x === 'string'
    ? x
    : typeof x === 'number' || typeof x === 'boolean'
      ? `${x}`
      : JSON.stringify(x);

type Json = Record<string, unknown>;
const fold = (s: unknown) =>
  typeof s === 'string'
    ? foldVietnamese(s)
        .replace(/[^a-z0-9./ ]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
    : '';

/** An expected unit ("xã Tam Đa", "huyện", null) against a found one. Unnamed and null both mean "not named". */
export function unitMatches(expected: unknown, found: UnitRef | null | undefined): boolean {
  if (expected === undefined) return true;
  if (expected === null) return !found || found.name === undefined;
  if (!found) return false;
  return fold(expected) === fold(unitWords(found));
}

const same = (a: unknown, b: unknown) =>
  (a ?? null) === (b ?? null) ||
  (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) < 1e-9);

/** Matches each expected item to one found item (greedy, by `key`); reports the unmatched on both sides. */
function matchLists<E extends Json, F>(
  label: string,
  expected: readonly E[],
  found: readonly F[],
  key: (e: E, f: F) => boolean,
  describeE: (e: E) => string,
  describeF: (f: F) => string,
  details: (e: E, f: F) => string[],
): string[] {
  const out: string[] = [];
  const left = [...found];
  for (const e of expected) {
    const i = left.findIndex((f) => key(e, f));
    if (i < 0) {
      out.push(`${label}: missing ${describeE(e)}`);
      continue;
    }
    const [f] = left.splice(i, 1);
    out.push(...details(e, f!).map((d) => `${label} ${describeE(e)}: ${d}`));
  }
  for (const f of left) out.push(`${label}: unexpected ${describeF(f)}`);
  return out;
}

const needsReview = (e: Json, f: { review?: string | undefined }) =>
  e.review !== undefined && !f.review ? ['no review note'] : [];

/** Every mismatch between `a` and the case's `expected`. */
export function compareCase(a: ExtractedArticle, expected: Json): string[] {
  const out: string[] = [];
  const e = expected;
  if (e.clutter !== undefined) {
    const want = (e.clutter as Json[]).map((c) => c.line).sort();
    const got = a.page.clutter.map((c) => c.line).sort();
    if (JSON.stringify(want) !== JSON.stringify(got))
      out.push(`clutter lines: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  }
  if (e.metadata !== undefined) {
    const want = (e.metadata as Json[]).map((c) => c.line).sort();
    const got = a.page.metadata.map((c) => c.line).sort();
    if (JSON.stringify(want) !== JSON.stringify(got))
      out.push(`metadata lines: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  }
  if ('headline' in e && (e.headline ?? null) !== (a.title?.value ?? null))
    out.push(`headline: want ${JSON.stringify(e.headline)}, got ${JSON.stringify(a.title?.value)}`);
  if (e.author !== undefined) {
    const want = e.author as Json;
    if (want.value !== a.author?.value)
      out.push(`author: want ${str(want.value)}, got ${a.author?.value}`);
    else if (want.review && !a.author?.review) out.push('author: no review note');
  }
  if ((e.source as Json | undefined)?.originalPublisher !== undefined) {
    const want = (e.source as Json).originalPublisher;
    if (want !== a.originalPublisher?.value)
      out.push(`originalPublisher: want ${str(want)}, got ${a.originalPublisher?.value}`);
  }
  if (e.published !== undefined && e.published !== null) {
    const want = e.published as Json;
    const got = a.published;
    if (
      !same(want.date, got?.value.date) ||
      (want.time !== undefined && !same(want.time, got?.value.time))
    )
      out.push(
        `published: want ${str(want.date)} ${str(want.time)}, got ${got?.value.date} ${got?.value.time}`,
      );
    if ((want.review !== undefined || want.inferred) && !got?.review)
      out.push('published: no review note');
  }
  for (const key of ['event', 'planned'] as const) {
    if (e[key] === undefined) continue;
    const want = e[key] as Json;
    const got = a[key];
    const v = got?.value;
    for (const f of ['date', 'partOfDay', 'endDate', 'month', 'qualifier'] as const)
      if ((f === 'date' || want[f] !== undefined || v?.[f] !== undefined) && !same(want[f], v?.[f]))
        out.push(`${key}.${f}: want ${str(want[f])}, got ${str(v?.[f])}`);
    if ((want.review !== undefined || want.inferred) && !got?.review)
      out.push(`${key}: no review note`);
  }
  if (e.shape !== undefined && e.shape !== a.shape.shape)
    out.push(`shape: want ${str(e.shape)}, got ${a.shape.shape}`);
  if (e.meeting !== undefined && e.meeting !== a.shape.meeting)
    out.push(`meeting: want ${str(e.meeting)}, got ${a.shape.meeting}`);
  if (
    e.shape !== undefined &&
    e.meeting === undefined &&
    !a.shape.meeting &&
    e.shape !== 'progress-report'
  )
    out.push('meeting: want a meeting, got none');
  if (e.meetingKind !== undefined && e.meetingKind !== a.shape.kind?.value)
    out.push(`meetingKind: want ${str(e.meetingKind)}, got ${a.shape.kind?.value}`);
  if ((e.convenedBy as Json | undefined)?.name) {
    const want = fold(str((e.convenedBy as Json).name).replace(/\s*\(.*\)\s*$/u, ''));
    const got = fold(a.convenedBy?.value);
    if (!got || !(want.includes(got) || got.includes(want)))
      out.push(
        `convenedBy: want "${str((e.convenedBy as Json).name)}", got "${a.convenedBy?.value}"`,
      );
  }
  if (e.venue !== undefined && fold(e.venue) !== fold(a.venue?.value))
    out.push(`venue: want ${str(e.venue)}, got ${a.venue?.value}`);
  if (e.chairs !== undefined)
    out.push(
      ...matchLists(
        'chair',
        e.chairs as Json[],
        a.chairs.filter((c) => c.name),
        (w, f) => fold(w.name) === fold(f.name),
        (w) => str(w.name),
        (f) => str(f.name),
        (w, f) => [
          ...(JSON.stringify((w.positions as string[] | undefined) ?? f.positions) !==
          JSON.stringify(f.positions)
            ? [`positions ${JSON.stringify(f.positions)}`]
            : []),
          ...(w.role !== undefined && !fold(w.role).includes(fold(f.role).split(' ')[0] ?? '-')
            ? [`role ${f.role}`]
            : []),
          ...needsReview(w, f),
        ],
      ),
    );
  if (e.participants !== undefined) {
    const want = (e.participants as Json[]).filter((p) => p.name).map((p) => fold(p.name));
    const got = a.participants.filter((p) => p.name).map((p) => fold(p.name));
    if (JSON.stringify(want.sort()) !== JSON.stringify(got.sort()))
      out.push(`participants: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  }
  if (e.attendance !== undefined)
    out.push(
      ...matchLists(
        'attendance',
        e.attendance as Json[],
        a.attendance,
        (w, f) => w.present === f.present && w.expected === f.expected,
        (w) => `${str(w.present)}/${str(w.expected)}`,
        (f) => `${f.present}/${f.expected}`,
        () => [],
      ),
    );
  if (e.places !== undefined) {
    for (const w of e.places as Json[]) {
      const f = a.places.find((p) => p.kind === w.kind && fold(p.name) === fold(w.name));
      if (!f) {
        out.push(`place: missing ${str(w.kind)} ${str(w.name)}`);
        continue;
      }
      if (
        w.parent !== undefined &&
        !unitMatches(w.parent, f.parent ?? null) &&
        !(w.parent === 'tỉnh' && f.parent?.kind === 'tinh')
      )
        out.push(`place ${str(w.name)}: parent ${unitWords(f.parent)}`);
      if (w.predecessors === null && f.predecessors !== null && f.predecessors !== undefined)
        out.push(`place ${str(w.name)}: predecessors ${JSON.stringify(f.predecessors)}`);
      if (Array.isArray(w.predecessors)) {
        const got = (f.predecessors ?? []).map((p) => fold(unitWords(p)));
        if (JSON.stringify(got) !== JSON.stringify(w.predecessors.map(fold)))
          out.push(`place ${str(w.name)}: predecessors ${JSON.stringify(got)}`);
      }
      for (const k of ['validFrom', 'validTo'] as const)
        if (w[k] !== undefined && w[k] !== f[k]) out.push(`place ${str(w.name)}: ${k} ${f[k]}`);
      if (
        w.formerDistrict !== undefined &&
        !unitMatches(w.formerDistrict, f.formerDistrict ?? null)
      )
        out.push(`place ${str(w.name)}: formerDistrict ${unitWords(f.formerDistrict)}`);
      out.push(...needsReview(w, f).map((d) => `place ${str(w.name)}: ${d}`));
    }
  }
  if (e.counts !== undefined)
    out.push(
      ...matchLists(
        'count',
        e.counts as Json[],
        a.counts,
        (w, f) =>
          w.kind === f.kind &&
          unitMatches(w.unit, f.unit) &&
          same(w.met, f.met) &&
          (w.of === undefined || same(w.of, f.of)) &&
          same(w.value, f.value),
        (w) => `${str(w.kind)} ${str(w.unit)} ${str(w.met ?? w.value)}/${str(w.of)}`,
        (f) => `${f.kind} ${unitWords(f.unit) || 'null'} ${f.met ?? f.value}/${f.of}`,
        (w, f) => [
          ...('set' in w && !same(w.set, f.set) ? [`set ${str(f.set)}`] : []),
          ...(w.within !== undefined && !unitMatches(w.within, f.within ?? null)
            ? [`within ${unitWords(f.within)}`]
            : []),
          ...(w.asOf !== undefined && w.asOf !== f.asOf ? [`asOf ${f.asOf}`] : []),
          ...needsReview(w, f),
        ],
      ),
    );
  if (e.criteria !== undefined)
    out.push(
      ...matchLists(
        'criterion',
        e.criteria as Json[],
        a.criteria,
        (w, f) => unitMatches(w.unit, f.unit) && w.number === f.number && w.status === f.status,
        (w) => `${str(w.unit)} ${str(w.number)} ${str(w.status)} ("${str(w.written)}")`,
        (f) => `${unitWords(f.unit) || 'null'} ${f.number} ${f.status} ("${f.written}")`,
        (w, f) => [
          ...('set' in w && !same(w.set, f.set) ? [`set ${str(f.set)}`] : []),
          ...needsReview(w, f),
        ],
      ),
    );
  if (e.otherwise !== undefined) {
    const w = e.otherwise as Json;
    const f = a.otherwise[0];
    if (!f || f.status !== w.status || a.otherwise.length !== 1)
      out.push(
        `otherwise: want ${str(w.status)}, got ${JSON.stringify(a.otherwise.map((o) => o.status))}`,
      );
    else if (Array.isArray(w.numbers) && JSON.stringify(w.numbers) !== JSON.stringify(f.numbers))
      out.push(`otherwise numbers: ${JSON.stringify(f.numbers)}`);
  }
  if (e.indicators !== undefined)
    out.push(
      ...matchLists(
        'indicator',
        e.indicators as Json[],
        a.indicators,
        (w, f) => w.code === f.code && w.status === f.status && unitMatches(w.unit, f.unit),
        (w) => str(w.code),
        (f) => f.code,
        () => [],
      ),
    );
  if (e.levels !== undefined)
    out.push(
      ...matchLists(
        'level',
        e.levels as Json[],
        a.levels,
        (w, f) => unitMatches(w.unit, f.unit) && w.level === f.level && w.status === f.status,
        (w) => `${str(w.unit)} ${str(w.level)} ${str(w.status)}`,
        (f) => `${unitWords(f.unit) || 'null'} ${f.level} ${f.status}`,
        (w, f) => [
          ...(w.year !== undefined && w.year !== null && str(w.year) !== str(f.year)
            ? [`year ${str(f.year)}`]
            : []),
          ...(w.parent !== undefined && !unitMatches(w.parent, f.parent ?? null)
            ? [`parent ${unitWords(f.parent)}`]
            : []),
          ...needsReview(w, f),
        ],
      ),
    );
  if (e.votes !== undefined)
    out.push(
      ...matchLists(
        'vote',
        e.votes as Json[],
        a.votes,
        (w, f) => {
          const of = w.of ?? null;
          const ofOk =
            of === null ||
            (w.ofMeaning === 'members present'
              ? f.present === of
              : f.present === of || f.members === of);
          return (
            same(w.for, f.for) &&
            same(w.percent, f.percent) &&
            ofOk &&
            (w.against === undefined || same(w.against, f.against)) &&
            (w.members === undefined || same(w.members, f.members)) &&
            (w.present === undefined || same(w.present, f.present))
          );
        },
        (w) => `for ${str(w.for)} of ${str(w.of)} ${str(w.percent)}%`,
        (f) => `for ${f.for} present ${f.present} members ${f.members} ${f.percent}%`,
        (w, f) => needsReview(w, f),
      ),
    );
  if (e.figures !== undefined)
    out.push(
      ...matchLists(
        'figure',
        e.figures as Json[],
        a.figures,
        (w, f) => same(w.value, f.value) && w.measure === f.measure,
        (w) => `${str(w.value)} ${str(w.measure)}`,
        (f) => `${f.value} ${f.measure} ("${f.label}")`,
        (w, f) => [
          ...(Boolean(w.atLeast) !== f.atLeast ? [`atLeast ${f.atLeast}`] : []),
          ...(Boolean(w.estimate) !== f.estimate ? [`estimate ${f.estimate}`] : []),
          ...(Boolean(w.change) !== f.change ? [`change ${f.change}`] : []),
          ...(Boolean(w.partOf) !== Boolean(f.partOf) ? [`partOf ${f.partOf}`] : []),
          ...('unit' in w && !unitMatches(w.unit, f.unit) ? [`unit ${unitWords(f.unit)}`] : []),
          ...needsReview(w, f),
        ],
      ),
    );
  if (e.documents !== undefined) {
    const found = [
      ...a.citations.map((c) => ({
        type: c.parsed.type,
        number: str(c.parsed.number).padStart(str(c.parsed.number).length, '0'),
        symbol: c.raw,
        date: c.date,
        review: c.review,
      })),
      ...a.numberOnlyCitations.map((c) => ({
        type: c.type,
        number: str(c.number),
        symbol: null as string | null,
        date: c.date,
        review: 'bài chỉ ghi số, không có ký hiệu đầy đủ',
      })),
    ];
    out.push(
      ...matchLists(
        'document',
        e.documents as Json[],
        found,
        (w, f) =>
          w.type === f.type &&
          Number(w.number) === Number(f.number) &&
          (w.symbol ?? null) === f.symbol,
        (w) => `${str(w.type)} ${str(w.symbol ?? w.number)}`,
        (f) => `${f.type} ${f.symbol ?? f.number}`,
        (w, f) => [...(!same(w.date, f.date) ? [`date ${f.date}`] : []), ...needsReview(w, f)],
      ),
    );
  }
  if (e.deadlines !== undefined) {
    const want = (e.deadlines as Json[]).map((d) => d.date);
    const got = a.tasks.map((t) => t.deadline?.value.by).filter(Boolean);
    if (JSON.stringify(want) !== JSON.stringify(got))
      out.push(`deadlines: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  }
  return out;
}
