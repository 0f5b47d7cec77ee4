/**
 * Recognition records from the levels an article reports: each unit at a level and a stage
 * (target, proposed, considered, voted, recognised, reached, re-recognised) on the article's day,
 * with the year and round as written and the recognising decision when the article cites it.
 */
import { slugify } from '../../domain/fold-vietnamese.ts';
import type { ExtractedArticle } from '../extract.ts';
import { unitWords } from '../units.ts';
import type { Reporter } from './assessments.ts';
import type { DraftLinks } from './links.ts';
import { withNote, type DraftRecord, type RecognitionInput, type ReviewNotes } from './types.ts';

/** The recognitions of an article. `decisions` maps a decision's number as written to its document id. */
export function recognitionDrafts(
  article: ExtractedArticle,
  links: DraftLinks,
  date: string | undefined,
  reporter: Reporter,
  decisions: ReadonlyMap<string, string>,
): DraftRecord[] {
  return article.levels.map((l) => {
    const review: ReviewNotes = new Map();
    const data = {} as RecognitionInput;
    const place = links.place(l.unit, {
      ...(l.parent ? { parent: l.parent } : {}),
      ...(date ? { date } : {}),
    });
    if (place.id) data.place = place.id;
    review.set(
      'place',
      [place.review, l.parent ? `đơn vị cấp trên: ${unitWords(l.parent)}` : undefined]
        .filter(Boolean)
        .join('; '),
    );
    data.level = l.level;
    data.status = l.status;
    withNote(review, 'status', l.review);
    if (date) data.date = date;
    else review.set('date', 'bài không cho biết ngày: ghi ngày của giai đoạn này');
    if (typeof l.year === 'number') data.year = l.year;
    else if (typeof l.year === 'string') withNote(review, 'note', `năm bài ghi: ${l.year}`);
    if (l.round) data.round = l.round;
    const decision = l.decision ? decisions.get(l.decision) : undefined;
    if (decision) {
      data.decision = decision;
      review.set('decision', `quyết định ${l.decision} bài nêu`);
    }
    if (typeof l.year === 'string') data.note = `Bài ghi năm ${l.year}.`;
    Object.assign(data, reporter);
    const id = `${place.id ?? `nhap/${slugify(unitWords(l.unit)) || 'chua-ro-dia-ban'}`}/${date ?? 'chua-ro-ngay'}-${l.level}-nhap`;
    return { collection: 'recognitions' as const, id, data, review };
  });
}
