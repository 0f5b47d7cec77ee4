/**
 * The tasks section of the site index. Every list of tasks on the site (the tracker, a body's or
 * a place's tasks, a meeting's or plan's own tasks, the home page) follows one order,
 * `compareTasks`, so a reader never has to work out why two lists differ.
 */
import { TASK_STATES, type TaskState } from '../../domain/task-state.ts';
import type { IndexedTask, RecordIndex } from '../record-index.ts';
import { push } from './shared.ts';

/**
 * The one order of tasks: by state (overdue, due soon, upcoming, undated, reported done,
 * reported cancelled); then the earliest deadline first (so the longest overdue leads); then the
 * most recently given first; then as their meeting or plan lists them.
 */
export function compareTasks(a: IndexedTask, b: IndexedTask): number {
  const s = TASK_STATES.indexOf(a.state) - TASK_STATES.indexOf(b.state);
  if (s !== 0) return s;
  const byDeadline = compareOptional(a.task.deadline?.due, b.task.deadline?.due);
  if (byDeadline !== 0) return byDeadline;
  const byGiven = compareOptional(b.givenOn, a.givenOn);
  if (byGiven !== 0) return byGiven;
  const ka = `${a.origin.collection}/${a.origin.id}`;
  const kb = `${b.origin.collection}/${b.origin.id}`;
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a.position - b.position;
}

/** Ascending, with undefined last. */
function compareOptional(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}

export interface TaskSection {
  tasksByKey: Map<string, IndexedTask>;
  tasksInOrder: IndexedTask[];
  tasksLatestGiven: IndexedTask[];
  tasksByState: Map<TaskState, IndexedTask[]>;
  tasksByBody: Map<string, IndexedTask[]>;
  tasksByPlace: Map<string, IndexedTask[]>;
  tasksByOrigin: Map<string, IndexedTask[]>;
}

/** Every task in the one order, and filed by state, assignee, place and the record that gave it. */
export function indexTasks(
  index: RecordIndex,
  withAncestors: (placeId: string) => string[],
): TaskSection {
  const tasksInOrder = [...index.tasks].sort(compareTasks);
  const tasksByState = new Map<TaskState, IndexedTask[]>();
  const tasksByBody = new Map<string, IndexedTask[]>();
  const tasksByPlace = new Map<string, IndexedTask[]>();
  const tasksByOrigin = new Map<string, IndexedTask[]>();
  let latestGiven: string | undefined;
  for (const t of tasksInOrder) {
    push(tasksByState, t.state, t);
    push(tasksByOrigin, `${t.origin.collection}/${t.origin.id}`, t);
    for (const b of new Set(t.task.assignees.map((r) => r.id))) push(tasksByBody, b, t);
    for (const p of new Set(taskPlaces(t, index).flatMap(withAncestors))) push(tasksByPlace, p, t);
    if (t.givenOn && (!latestGiven || t.givenOn > latestGiven)) latestGiven = t.givenOn;
  }
  return {
    tasksByKey: new Map(tasksInOrder.map((t) => [t.key, t])),
    tasksInOrder,
    tasksLatestGiven: tasksInOrder.filter((t) => latestGiven && t.givenOn === latestGiven),
    tasksByState,
    tasksByBody,
    tasksByPlace,
    tasksByOrigin,
  };
}

/** The places a task concerns: its own, else its meeting's place and places, else its plan's. */
function taskPlaces(t: IndexedTask, index: RecordIndex): string[] {
  if (t.task.places.length > 0) return t.task.places.map((p) => p.id);
  if (t.origin.collection === 'meetings') {
    const m = index.byId.meetings.get(t.origin.id)!.data;
    return [m.place, ...m.places].filter((p) => p !== undefined).map((p) => p.id);
  }
  return index.byId.plans.get(t.origin.id)!.data.places.map((p) => p.id);
}
