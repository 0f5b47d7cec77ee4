/**
 * Inference notes as a reader reads them: the field named in plain Vietnamese from the one field
 * dictionary (`src/i18n/field-labels.ts`), and, for a field of one task, figure, target or
 * criterion, which one ("thời hạn của nhiệm vụ mục II.1", "bộ tiêu chí của số liệu “Bình quân
 * số tiêu chí/xã”"). A task's note links to the task on the same page. Never a schema path.
 */
import { capitalise, fieldLabel } from '../i18n/field-labels.ts';
import type { CollectionName } from '../schemas/index.ts';
import { formatTaskSection, quote } from './format.ts';
import { taskAnchor } from './urls.ts';

/** What a note needs to know of its record: the items a field path can point into. */
export interface InferenceContext {
  tasks?: ReadonlyArray<{ id: string; text: string; conclusion?: string | undefined }>;
  figures?: ReadonlyArray<{ metric: string; label: string }>;
  targets?: ReadonlyArray<{ id: string; text: string }>;
}

/** The field of a note, named for a reader, and where on the page its item is (a task's anchor). */
export interface NamedField {
  label: string;
  href?: string;
}

/** A long text cut at a word near `max` characters, with an ellipsis: how an item is named inline. */
export function shorten(text: string, max = 60): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,;:.\s]+$/, '')}…`;
}

/** The field an inference note is about, named as a reader knows it. */
export function nameInferenceField(
  collection: CollectionName,
  path: string,
  context: InferenceContext = {},
): NamedField {
  const label = capitalise(fieldLabel(path, collection) ?? fieldLabel('inferences', collection)!);
  const [head, key] = path.split('.');
  if (key === undefined) return { label };
  if (head === 'tasks') {
    const task = context.tasks?.find((t) => t.id === key);
    if (!task) return { label };
    const which = task.conclusion
      ? formatTaskSection(task.conclusion, 'inline')
      : quote(shorten(task.text));
    return { label: `${label} (${which})`, href: `#${taskAnchor(task.id)}` };
  }
  if (head === 'figures') {
    const figure = context.figures?.find((f) => f.metric === key);
    return figure ? { label: `${label} ${quote(figure.label)}` } : { label };
  }
  if (head === 'targets') {
    const target = context.targets?.find((t) => t.id === key);
    return target ? { label: `${label} ${quote(shorten(target.text))}` } : { label };
  }
  if (head === 'statuses' && /^\d+$/.test(key)) return { label: `${label} ${key}` };
  return { label };
}
