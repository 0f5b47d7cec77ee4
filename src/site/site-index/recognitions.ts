/** The recognitions section of the site index: by place and by the record that reported them. */
import type { ContentSet } from '../../records/content-set.ts';
import { push, pushUnique } from './shared.ts';

export interface RecognitionSection {
  /** Recognition ids of a place, oldest first. */
  recognitionsByPlace: Map<string, string[]>;
  /** Recognition ids a meeting or document reported, or a decision made (`collection/id`), oldest first. */
  recognitionsByReporter: Map<string, string[]>;
}

export function indexRecognitions(content: ContentSet): RecognitionSection {
  const recognitionsByPlace = new Map<string, string[]>();
  const recognitionsByReporter = new Map<string, string[]>();
  const recognitions = [...content.recognitions].sort((a, b) =>
    a.data.date < b.data.date ? -1 : a.data.date > b.data.date ? 1 : 0,
  );
  for (const r of recognitions) {
    push(recognitionsByPlace, r.data.place.id, r.id);
    if (r.data.reportedIn)
      pushUnique(recognitionsByReporter, `meetings/${r.data.reportedIn.id}`, r.id);
    if (r.data.reportedBy)
      pushUnique(recognitionsByReporter, `documents/${r.data.reportedBy.id}`, r.id);
    if (r.data.decision)
      pushUnique(recognitionsByReporter, `documents/${r.data.decision.id}`, r.id);
  }
  return { recognitionsByPlace, recognitionsByReporter };
}
