/**
 * The facts the importer read from an article, in one vocabulary that a list of expected facts
 * can be written in ("date 2023-05-10", "count criteria xa tam da 14/19", "figure xa tam da 41
 * trieu dong/nguoi/nam"), each with whether the importer marked it for review. Comparing the two
 * gives the share of facts recovered, and the values stated wrongly without a mark.
 */
import { foldVietnamese } from '../domain/fold-vietnamese.ts';
import type { Draft } from './draft/index.ts';
import type { ExtractedArticle } from './extract.ts';
import { unitWords, type UnitRef } from './units.ts';

/** One fact and whether the importer marked it `# REVIEW`. */
export interface MeasuredFact {
  key: string;
  marked: boolean;
}

/** A comparison key: folded, single-spaced. */
export function factWords(s: string): string {
  return foldVietnamese(s)
    .replace(/[^a-z0-9./%-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A unit in a fact: "xa tam da", "huyen" (not named), "-" (none). */
export function unitKey(unit: UnitRef | null | undefined): string {
  return unit ? factWords(unitWords(unit)) : '-';
}

const num = (n: number | undefined) => (n === undefined ? '' : String(Math.round(n * 1000) / 1000));

/** The convening body's name as the draft gives it (a body of content/ or one the draft adds). */
function draftConvener(draft: Draft, bodies: ReadonlyMap<string, string>): string | undefined {
  const meeting = draft.records.find((r) => r.collection === 'meetings');
  const id =
    meeting?.collection === 'meetings'
      ? (meeting.data.convenedBy as string[] | undefined)?.[0]
      : undefined;
  if (!id) return undefined;
  const drafted = draft.records.find((r) => r.collection === 'bodies' && r.id === id);
  return drafted?.collection === 'bodies' ? drafted.data.name : bodies.get(id);
}

/**
 * Every fact of an extracted article, with its mark. With the draft made from it, the convening
 * body is the one the draft links or adds (names of `content/` bodies by id in `bodies`).
 */
export function measuredFacts(
  a: ExtractedArticle,
  draft?: Draft,
  bodies: ReadonlyMap<string, string> = new Map(),
): MeasuredFact[] {
  const out: MeasuredFact[] = [];
  const add = (key: string, review: string | undefined) =>
    out.push({ key, marked: review !== undefined && review !== '' });
  if (a.event?.value.date) add(`date ${a.event.value.date}`, a.event.review);
  if (a.published?.value.date) add(`published ${a.published.value.date}`, a.published.review);
  if (a.shape.meeting && a.shape.kind)
    add(`kind ${a.shape.kind.value}`, 'drafts always mark the kind');
  const convener = (draft ? draftConvener(draft, bodies) : undefined) ?? a.convenedBy?.value;
  if (convener) add(`convener ${factWords(convener)}`, 'drafts mark the body they link or draft');
  for (const c of a.chairs) if (c.name) add(`chair ${factWords(c.name)}`, c.review);
  for (const p of a.participants) if (p.name) add(`participant ${factWords(p.name)}`, p.review);
  for (const p of a.places) add(`place ${p.kind} ${factWords(p.name)}`, p.review);
  for (const c of a.counts)
    add(
      `count ${c.kind} ${unitKey(c.unit)} ${c.met !== undefined ? `${num(c.met)}/${num(c.of)}` : num(c.value)}`,
      c.review,
    );
  for (const c of a.criteria) add(`criterion ${unitKey(c.unit)} ${c.number} ${c.status}`, c.review);
  for (const l of a.levels) add(`level ${unitKey(l.unit)} ${l.level} ${l.status}`, l.review);
  for (const v of a.votes) add(`vote ${num(v.percent)} ${num(v.for)}`, v.review);
  for (const f of a.figures)
    add(`figure ${unitKey(f.unit)} ${num(f.value)} ${factWords(f.measure)}`, f.review);
  for (const c of a.citations)
    add(`document ${c.parsed.type} ${c.parsed.number} ${c.date ?? ''}`.trim(), c.review);
  for (const c of a.numberOnlyCitations)
    add(`document ${c.type} ${c.number} ${c.date ?? ''}`.trim(), 'cited by number only');
  return out;
}

/** How a draft's facts compare with the facts a person listed for the same article. */
export interface FactComparison {
  expected: number;
  recovered: number;
  /** Facts the importer stated that are not among the expected ones and carry no review mark. */
  wrongUnmarked: string[];
  missed: string[];
}

/**
 * Compares found facts with expected ones. A convening body matches when one name contains the
 * other (articles and lists word it differently); every other fact must match exactly.
 */
export function compareFacts(
  expected: readonly string[],
  found: readonly MeasuredFact[],
): FactComparison {
  const matches = (e: string, f: string) => {
    if (e === f) return true;
    if (e.startsWith('convener ') && f.startsWith('convener ')) {
      const expand = (s: string) =>
        s
          .replace(/\bhdnd\b/g, 'hoi dong nhan dan')
          .replace(/\bubnd\b/g, 'uy ban nhan dan')
          .replace(/\bbcd\b/g, 'ban chi dao');
      const [a, b] = [expand(e.slice(9)), expand(f.slice(9))];
      return a.includes(b) || b.includes(a);
    }
    return false;
  };
  const missed = expected.filter((e) => !found.some((f) => matches(e, f.key)));
  const wrongUnmarked = found
    .filter((f) => !f.marked && !expected.some((e) => matches(e, f.key)))
    .map((f) => f.key);
  return {
    expected: expected.length,
    recovered: expected.length - missed.length,
    wrongUnmarked,
    missed,
  };
}
