/**
 * The cross-links of the whole archive, built once per build: records by id, what cites what,
 * tasks with their derived state, places with their children. Pages read it through
 * `src/site/records.ts`; every lookup here is a map, so no page scans a whole collection.
 */
import type { CollectionName, Task } from '../schemas/index.ts';
import type { ContentSet, ParsedRecord, RecordTypes } from '../records/content-set.ts';
import { collectReferences } from '../records/references.ts';
import { planAdoptionDate } from '../domain/plan-date.ts';
import { daysPastDeadline, taskState, type TaskState } from '../domain/task-state.ts';

/** A task with where it was given and what the records say of it on a given day. */
export interface IndexedTask {
  /** Globally unique id: `<collection>/<record id>#<task id>`. */
  key: string;
  task: Task;
  /** The meeting or plan that gave it. */
  origin: { collection: 'meetings' | 'plans'; id: string };
  /** Its place in its meeting's or plan's list of tasks (0 for the first). */
  position: number;
  /** Day it was given (the meeting's date, or the plan's adoption date), when known. */
  givenOn?: string;
  state: TaskState;
  /** For an overdue task, how many days past its deadline it is on the index's day. */
  daysOverdue?: number;
}

export type { TaskState };

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
  const addTasks = (
    origin: IndexedTask['origin'],
    list: readonly Task[],
    givenOn: string | undefined,
  ): void =>
    list.forEach((task, position) => {
      const entry: IndexedTask = {
        key: `${origin.collection}/${origin.id}#${task.id}`,
        task,
        origin,
        position,
        state: taskState(task, today),
      };
      if (givenOn) entry.givenOn = givenOn;
      const late = daysPastDeadline(task, today);
      if (late !== undefined) entry.daysOverdue = late;
      tasks.push(entry);
    });
  for (const m of content.meetings)
    addTasks({ collection: 'meetings', id: m.id }, m.data.tasks, m.data.date);
  for (const p of content.plans)
    addTasks(
      { collection: 'plans', id: p.id },
      p.data.tasks,
      planAdoptionDate(p.data, (id) => byId.documents.get(id)?.data.date),
    );

  const childPlaces = new Map<string, string[]>();
  for (const p of content.places) {
    if (!p.data.parent) continue;
    const list = childPlaces.get(p.data.parent.id) ?? [];
    list.push(p.id);
    childPlaces.set(p.data.parent.id, list);
  }

  return { byId, backlinks, tasks, childPlaces, today };
}
