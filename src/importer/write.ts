/**
 * Writes draft records as files a clerk edits: YAML (front matter for meetings and documents)
 * with a `# REVIEW: …` comment beside every value to check and the list of them at the top.
 */
import type { DraftRecord } from './draft.ts';

const FOLDER: Record<DraftRecord['collection'], string> = {
  meetings: 'meetings',
  documents: 'documents',
  assessments: 'assessments',
  statistics: 'statistics',
};

/** The file of a draft record below the drafts folder, e.g. `meetings/2023/2023-07-11-…-nhap.md`. */
export function draftPath(record: DraftRecord): string {
  const markdown = record.collection === 'meetings' || record.collection === 'documents';
  return `${FOLDER[record.collection]}/${record.id}.${markdown ? 'md' : 'yaml'}`;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

function scalar(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}

function isScalar(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

// Emits `value` under `path` as block YAML lines, with the review note of each path on its line.
function emit(
  value: Record<string, unknown>,
  path: string,
  indent: string,
  review: Map<string, string>,
  lines: string[],
  firstPrefix?: string,
): void {
  let first = true;
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    const here = path === '' ? key : `${path}.${key}`;
    const lead = first && firstPrefix !== undefined ? firstPrefix : indent;
    first = false;
    const note = review.get(here);
    const comment = note ? `  # REVIEW: ${oneLine(note)}` : '';
    if (isScalar(v)) {
      lines.push(`${lead}${key}: ${scalar(v)}${comment}`);
    } else if (Array.isArray(v)) {
      if (v.length === 0) {
        lines.push(`${lead}${key}: []${comment}`);
        continue;
      }
      lines.push(`${lead}${key}:${comment}`);
      v.forEach((item, i) => {
        const itemNote = review.get(`${here}.${i}`);
        const itemComment = itemNote ? `  # REVIEW: ${oneLine(itemNote)}` : '';
        if (isScalar(item)) lines.push(`${indent}  - ${scalar(item)}${itemComment}`);
        else {
          if (itemComment) lines.push(`${indent}  ${itemComment.trim()}`);
          emit(
            item as Record<string, unknown>,
            `${here}.${i}`,
            `${indent}    `,
            review,
            lines,
            `${indent}  - `,
          );
        }
      });
    } else {
      lines.push(`${lead}${key}:${comment}`);
      emit(v as Record<string, unknown>, here, `${indent}  `, review, lines);
    }
  }
}

/** The text of a draft record's file. `sourceName` names the article it was made from. */
export function renderDraftFile(record: DraftRecord, sourceName: string): string {
  const header = [
    `# BẢN NHÁP do "npm run import" tạo từ ${sourceName}. Kiểm tra mọi dòng có REVIEW, rồi xoá các dòng chú thích này.`,
  ];
  if (record.review.size > 0) {
    header.push('# Cần kiểm tra (REVIEW):');
    for (const [path, note] of record.review) header.push(`#   - ${path}: ${oneLine(note)}`);
  }
  const lines: string[] = [];
  emit(record.data, '', '', record.review, lines);
  const yaml = [...header, ...lines].join('\n');
  if (record.collection === 'meetings' || record.collection === 'documents')
    return `---\n${yaml}\n---\n${record.body ?? ''}`;
  return `${yaml}\n`;
}
