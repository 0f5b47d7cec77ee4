/**
 * The cross-links of the whole archive, built once per build: records by id, what cites what,
 * tasks with their derived state, places with their children. Pages read it through
 * `src/site/records.ts`; every lookup here is a map, so no page scans a whole collection.
 */
import type { CollectionName, Deadline, Task } from '../schemas/index.ts';
import type { ContentSet, ParsedRecord, RecordTypes } from '../records/content-set.ts';
import { collectReferences } from '../records/references.ts';

/** A task with where it was given and its state on a given day. */
export interface IndexedTask {
  /** Globally unique id: `<collection>/<record id>#<task id>`. */
  key: string;
  task: Task;
  /** The meeting or plan that gave it. */
  origin: { collection: 'meetings' | 'plans'; id: string };
  /** Day it was given (the meeting's or plan's date), when known. */
  givenOn?: string;
  state: TaskState;
}

/** What a reader needs to know of a task today. */
export type TaskState = 'done' | 'cancelled' | 'overdue' | 'due-soon' | 'open';

/** Days before a deadline from which an open task counts as due soon. */
export const DUE_SOON_DAYS = 30;

function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}

/** The state of a task on `today` (YYYY-MM-DD): done and cancelled as reported, else by deadline. */
export function taskState(
  task: { status: Task['status']; deadline?: Deadline | undefined },
  today: string,
): TaskState {
  if (task.status !== 'open') return task.status;
  if (!task.deadline) return 'open';
  if (task.deadline.due < today) return 'overdue';
  if (task.deadline.due <= addDays(today, DUE_SOON_DAYS)) return 'due-soon';
  return 'open';
}

export interface RecordIndex {
  byId: { [C in CollectionName]: Map<string, ParsedRecord<RecordTypes[C]>> };
  /** For each record key (`collection/id`), the records that reference it. */
  backlinks: Map<string, Array<{ collection: CollectionName; id: string }>>;
  tasks: IndexedTask[];
  /** Child places of each place id. */
  childPlaces: Map<string, string[]>;
  /** The day the task states were computed for. */
  today: string;
}

/** `collection/id`, the key used for backlinks. */
export function recordKey(collection: CollectionName, id: string): string {
  return `${collection}/${id}`;
}

/** Builds the index of `content` as of `today` (YYYY-MM-DD). */
export function buildRecordIndex(content: ContentSet, today: string): RecordIndex {
  const byId = Object.fromEntries(
    (Object.keys(content) as CollectionName[]).map((name) => [
      name,
      new Map((content[name] as ParsedRecord<unknown>[]).map((r) => [r.id, r])),
    ]),
  ) as RecordIndex['byId'];

  const backlinks = new Map<string, Array<{ collection: CollectionName; id: string }>>();
  for (const name of Object.keys(content) as CollectionName[]) {
    for (const record of content[name] as ParsedRecord<unknown>[]) {
      const seen = new Set<string>();
      for (const { ref } of collectReferences(record.data)) {
        const key = recordKey(ref.collection, ref.id);
        if (seen.has(key)) continue;
        seen.add(key);
        const list = backlinks.get(key) ?? [];
        list.push({ collection: name, id: record.id });
        backlinks.set(key, list);
      }
    }
  }

  const tasks: IndexedTask[] = [];
  for (const m of content.meetings) {
    for (const task of m.data.tasks)
      tasks.push({
        key: `meetings/${m.id}#${task.id}`,
        task,
        origin: { collection: 'meetings', id: m.id },
        givenOn: m.data.date,
        state: taskState(task, today),
      });
  }
  for (const p of content.plans) {
    for (const task of p.data.tasks) {
      const entry: IndexedTask = {
        key: `plans/${p.id}#${task.id}`,
        task,
        origin: { collection: 'plans', id: p.id },
        state: taskState(task, today),
      };
      if (p.data.date) entry.givenOn = p.data.date;
      tasks.push(entry);
    }
  }

  const childPlaces = new Map<string, string[]>();
  for (const p of content.places) {
    if (!p.data.parent) continue;
    const list = childPlaces.get(p.data.parent.id) ?? [];
    list.push(p.id);
    childPlaces.set(p.data.parent.id, list);
  }

  return { byId, backlinks, tasks, childPlaces, today };
}
