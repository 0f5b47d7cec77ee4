/**
 * Reads a published article as a clerk saves it (page clutter included) and pulls out every fact
 * the records need: the real headline, the publication and event dates, the article's shape (and
 * whether it describes a meeting at all), the convening body, chairs and participants, the places,
 * counts of criteria and indicators with the unit each is said of, the criteria named in words,
 * levels and votes, figures with their units, cited documents and tasks. Every fact keeps the
 * words it came from (`evidence`) and, when it is inferred or associated, why (`review`).
 */
import { criteriaKnowledge, type CriteriaKnowledge } from './criteria-sets.ts';
import {
  findCounts,
  type ExtractedCount,
  type ExtractedCriterion,
  type ExtractedIndicator,
  type ExtractedOtherwise,
} from './counts.ts';
import {
  findEventDate,
  findPublished,
  yearsInText,
  type EventDate,
  type Published,
} from './dates.ts';
import {
  findCitations,
  findNumberOnlyCitations,
  type ExtractedCitation,
  type NumberOnlyCitation,
} from './documents.ts';
import { findFigures, type ExtractedFigure } from './figures.ts';
import { findLevels, type ExtractedLevel, type ExtractedVote } from './levels.ts';
import { cleanPage, type CleanPage } from './page.ts';
import {
  findAttendance,
  findChairs,
  findConvener,
  findParticipants,
  findVenue,
  type ExtractedAttendance,
  type ExtractedPerson,
} from './people.ts';
import { findPlaces, type ExtractedPlace } from './places.ts';
import { findShape, type ArticleShape } from './shape.ts';
import { findRequests, findTasks, type ExtractedTask } from './tasks.ts';
import { normaliseArticle, sentences, type Found } from './text.ts';
import { findUnits, unitWords, type UnitRef } from './units.ts';
import { PLACE_LEVEL } from '../schemas/places.ts';

export type { Found } from './text.ts';
export { normaliseArticle, parseVietnameseNumber } from './text.ts';
export { criteriaKnowledge };

/** What the reader is told besides the text. */
export interface ExtractOptions {
  /** The publication date (YYYY-MM-DD) when the saved text has no dateline. */
  published?: string;
  /** The page's address, when known. */
  url?: string;
  /** The criteria sets, to match names and counts; default: none known. */
  knowledge?: CriteriaKnowledge;
  /** The province the article is about, when the clerk knows it (for provincial criteria sets). */
  province?: string;
}

/** Everything read from one article. */
export interface ExtractedArticle {
  page: CleanPage;
  title?: Found<string>;
  published?: Found<Published>;
  author?: Found<string>;
  /** The site owner, from a banner or footer. */
  publisher?: Found<string>;
  originalPublisher?: Found<string>;
  originalUrl?: Found<string>;
  event?: Found<EventDate>;
  /** An event announced for later ("Dự kiến ngày 15/10 tới"). */
  planned?: Found<EventDate>;
  shape: ArticleShape;
  convenedBy?: Found<string>;
  venue?: Found<string>;
  chairs: ExtractedPerson[];
  participants: ExtractedPerson[];
  attendance: ExtractedAttendance[];
  citations: ExtractedCitation[];
  numberOnlyCitations: NumberOnlyCitation[];
  tasks: ExtractedTask[];
  places: ExtractedPlace[];
  counts: ExtractedCount[];
  criteria: ExtractedCriterion[];
  otherwise: ExtractedOtherwise[];
  indicators: ExtractedIndicator[];
  levels: ExtractedLevel[];
  votes: ExtractedVote[];
  figures: ExtractedFigure[];
  /** The first sentence of the report, for a summary a clerk rewrites. */
  lead?: string;
  /** The article's text without the page around it, for evidence checks. */
  text: string;
}

/** The paragraph and sentence that report the event: the one with the event date, else the first. */
function leadOf(paragraphs: readonly string[], evidence: string | undefined): string | undefined {
  const p = evidence ? paragraphs.find((x) => x.includes(evidence)) : paragraphs[0];
  if (!p) return undefined;
  const list = sentences(p);
  return (evidence ? list.find((x) => x.includes(evidence)) : undefined) ?? list[0];
}

/** Reads an article. */
export function extractArticle(raw: string, options: ExtractOptions = {}): ExtractedArticle {
  const text = normaliseArticle(raw);
  const page = cleanPage(text);
  const paragraphs = page.body.map((b) => b.text);
  const bodyText = paragraphs.join('\n');
  const published = publicationOf(page, bodyText, options.published);
  const { event, planned } = findEventDate(paragraphs, published?.value);
  const lead = leadOf(paragraphs, event?.evidence ?? planned?.evidence);
  const shape = findShape({
    ...(page.headline ? { headline: page.headline.value } : {}),
    ...(lead ? { lead } : {}),
    body: bodyText,
    captions: captionsOf(page),
    planned: planned !== undefined,
    dated: event !== undefined,
    ...(options.url ? { url: options.url } : {}),
  });
  const day = event?.value.date ?? published?.value.date;
  const year = day ? Number(day.slice(0, 4)) : undefined;
  const measured = countsAndLevels(paragraphs, bodyText, shape, { day, year }, options);
  const result: ExtractedArticle = {
    page,
    shape,
    chairs: shape.meeting ? findChairs(paragraphs, lead) : [],
    participants: shape.meeting ? findParticipants(paragraphs) : [],
    attendance: findAttendance(bodyText),
    citations: findCitations(bodyText),
    numberOnlyCitations: findNumberOnlyCitations(bodyText),
    tasks: tasksOf(bodyText, year),
    places: findPlaces(page.headline ? [page.headline.value, ...paragraphs] : paragraphs, day),
    ...measured,
    figures: findFigures(paragraphs),
    text: bodyText,
  };
  if (page.headline) result.title = page.headline;
  if (published) result.published = published;
  if (page.author) result.author = page.author;
  if (page.siteOwner) result.publisher = page.siteOwner;
  if (page.originalPublisher) result.originalPublisher = page.originalPublisher;
  if (page.originalUrl) result.originalUrl = page.originalUrl;
  if (event) result.event = event;
  if (planned) result.planned = planned;
  if (lead) result.lead = lead;
  nameUnnamedUnits(result);
  if (shape.meeting) addConvenerAndVenue(result, lead, bodyText);
  return result;
}

/** The publication date from the page's dateline, else the one the clerk gives (`given`). */
function publicationOf(
  page: CleanPage,
  bodyText: string,
  given: string | undefined,
): Found<Published> | undefined {
  return (
    findPublished(page.dateline, bodyText) ??
    (given ? { value: { date: given, inferred: false }, evidence: given } : undefined)
  );
}

/** The page's photo captions, one a line. */
function captionsOf(page: CleanPage): string {
  return page.lines
    .filter((l) => l.role === 'caption')
    .map((l) => l.text)
    .join('\n');
}

/**
 * The counts, criteria, indicators, levels and votes, read against the criteria set of the
 * article's day and year (the event's, else the publication's, else the one the text states) and
 * province.
 */
function countsAndLevels(
  paragraphs: readonly string[],
  bodyText: string,
  shape: ArticleShape,
  { day, year }: { day: string | undefined; year: number | undefined },
  options: ExtractOptions,
): Pick<ExtractedArticle, 'counts' | 'criteria' | 'otherwise' | 'indicators' | 'levels' | 'votes'> {
  // With no date at all, the year the text states ("6 tháng đầu năm 2023") still decides a criteria set.
  const countYear = year ?? yearsInText(bodyText)[0]?.year;
  const knowledge = options.knowledge ?? { sets: [] };
  const province =
    options.province ??
    findUnits(bodyText).find((u) => u.kind === 'tinh' && u.name)?.name ??
    undefined;
  const counts = findCounts(paragraphs, {
    knowledge,
    ...(countYear !== undefined ? { year: countYear } : {}),
    ...(day ? { date: day } : {}),
    ...(province ? { province } : {}),
    council: shape.shape === 'appraisal-council',
  });
  const { levels, votes } = findLevels(paragraphs, {
    council: shape.shape === 'appraisal-council',
    ...(year !== undefined ? { year } : {}),
  });
  return { ...counts, levels, votes };
}

/** The numbered conclusions, as tasks, else the requests with a deadline ("đề nghị … trước …"). */
function tasksOf(bodyText: string, year: number | undefined): ExtractedTask[] {
  const numbered = findTasks(bodyText, year);
  return numbered.length > 0 ? numbered : findRequests(bodyText, year);
}

/** The body that convened a meeting (from the lead, the chair's post or the body), its venue. */
function addConvenerAndVenue(
  result: ExtractedArticle,
  lead: string | undefined,
  bodyText: string,
): void {
  const convener =
    findConvener(lead) ??
    convenerFromChair(result.chairs) ??
    convenerOfConference(bodyText, result.shape);
  if (convener) result.convenedBy = convener;
  const venue = findVenue(lead);
  if (venue) result.venue = venue;
}

/** The body a person leading a visit heads, from their position ("Trưởng Ban Chỉ đạo … huyện", "Tổ trưởng tổ công tác"). */
function convenerFromChair(chairs: readonly ExtractedPerson[]): Found<string> | undefined {
  for (const position of chairs[0]?.positions ?? []) {
    const m = /^(?:Tổ trưởng\s+(tổ công tác.*)|Trưởng\s+((?:Ban Chỉ đạo|BCĐ|Đoàn).*))$/iu.exec(
      position,
    );
    const body = m?.[1] ?? m?.[2];
    if (body)
      return {
        value: body.charAt(0).toUpperCase() + body.slice(1),
        evidence: position,
        review: `suy từ chức vụ của người dẫn đầu ("${position}"); cũng có thể là cơ quan khác của người này`,
      };
  }
  return undefined;
}

/** A Party committee conference known only from the body ("báo cáo với Hội nghị … Ban Chấp hành Đảng bộ huyện"). */
function convenerOfConference(body: string, shape: ArticleShape): Found<string> | undefined {
  if (shape.shape !== 'party-conference') return undefined;
  const m =
    /Ban Chấp hành Đảng bộ (?:huyện|xã|tỉnh|thị xã|thành phố)(?:\s+\p{Lu}[\p{Ll}\p{M}]*)*/u.exec(
      body,
    );
  return m
    ? {
        value: m[0],
        evidence: m[0],
        review: 'bài không có câu mở đầu; cơ quan tổ chức đọc từ câu nhắc hội nghị Ban Chấp hành',
      }
    : undefined;
}

/**
 * Figures said of no named unit, and units named only by their kind ("huyện có 30/32 xã"): the
 * one commune the article names, or the unit the page's source line or banner names, with why.
 */
function nameUnnamedUnits(a: ExtractedArticle): void {
  const fromPage = [a.originalPublisher, a.publisher]
    .filter((f): f is Found<string> => f !== undefined)
    .flatMap((f) => findUnits(f.value).map((u) => ({ unit: u, evidence: f.evidence })))
    .filter((x) => x.unit.name);
  const communes = a.places.filter((p) => PLACE_LEVEL[p.kind] === 3 && !p.predecessors);
  const districts = a.places.filter((p) => PLACE_LEVEL[p.kind] === 2);
  const only = (kind: UnitRef['kind']) => {
    const same = a.places.filter((p) => p.kind === kind);
    return same.length === 1 ? same[0] : undefined;
  };
  const note = (item: { review?: string }, why: string) => {
    item.review = item.review ? `${item.review}; ${why}` : why;
  };
  const name = (item: { unit: UnitRef | null; review?: string }, allowUnnamed: boolean) => {
    if (item.unit?.name) return;
    const page = fromPage.find((x) => !item.unit || x.unit.kind === item.unit.kind);
    if (item.unit && page) {
      item.unit = { kind: page.unit.kind, name: page.unit.name! };
      note(
        item,
        `bài chỉ ghi "${unitWords({ kind: page.unit.kind })}"; tên lấy từ dòng "${page.evidence}"`,
      );
      return;
    }
    // "toàn huyện" in an article that names one district: that district.
    const single = item.unit ? only(item.unit.kind) : undefined;
    if (item.unit && single) {
      item.unit = { kind: single.kind, name: single.name };
      note(
        item,
        `bài chỉ ghi "${unitWords({ kind: single.kind })}": gán cho ${unitWords(single)}, đơn vị duy nhất cùng cấp bài nêu`,
      );
      return;
    }
    if (item.unit || !allowUnnamed || item.review?.includes('không biết')) return;
    const one =
      communes.length === 1
        ? communes[0]
        : communes.length === 0 && districts.length === 1
          ? districts[0]
          : undefined;
    if (one) {
      item.unit = { kind: one.kind, name: one.name };
      note(item, `câu không nêu đơn vị: gán cho ${unitWords(one)}, đơn vị duy nhất bài nêu`);
    }
  };
  for (const f of a.figures) name(f, true);
  for (const c of a.counts) name(c, false);
}

const SECTION_HEADING = /^(?:Huyện ủy|Huyện|Thị xã|Thành phố|Đảng ủy xã|Xã) \p{Lu}[\p{L} ]{1,30}$/u;

/** One part of a round-up article ("Huyện ủy Kỳ Anh", "Huyện Can Lộc", …), as an article of its own. */
export interface ArticleSection {
  heading: string;
  /** The article's opening (headline, publication line, lead) followed by this part. */
  text: string;
}

/**
 * Splits a round-up of several meetings at its headings, one line each naming a district or
 * commune. Returns no section when the article has fewer than two such headings.
 */
export function articleSections(raw: string): ArticleSection[] {
  const lines = normaliseArticle(raw).split('\n');
  const at = lines.map((l, i) => (SECTION_HEADING.test(l) ? i : -1)).filter((i) => i >= 0);
  if (at.length < 2) return [];
  const opening = lines.slice(0, at[0]).join('\n');
  return at.map((start, k) => ({
    heading: lines[start]!,
    text: `${opening}\n${lines.slice(start, at[k + 1] ?? lines.length).join('\n')}`,
  }));
}
