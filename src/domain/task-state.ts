/**
 * What the records let us say about a task on a given day, and nothing more. A task's record
 * gives its deadline (if any) and, when a later record reports it, whether it was done or
 * cancelled. No record ever says a task is "in progress" or "failed": past its deadline with
 * no report, a task is only "past the deadline, no report of the result".
 */

/**
 * The state of a task on a day:
 * - `overdue`: past its deadline, no record reports a result;
 * - `due-soon`: the deadline falls within `DUE_SOON_DAYS`, no report;
 * - `upcoming`: the deadline is further away, no report;
 * - `undated`: the source set no deadline, no report;
 * - `done`, `cancelled`: a record reports it done or cancelled (on `statusDate`).
 */
export type TaskState = 'overdue' | 'due-soon' | 'upcoming' | 'undated' | 'done' | 'cancelled';

/** Every state, in the order every list of tasks follows. */
export const TASK_STATES: readonly TaskState[] = [
  'overdue',
  'due-soon',
  'upcoming',
  'undated',
  'done',
  'cancelled',
];

/** Days before a deadline from which a task with no report counts as due soon. */
export const DUE_SOON_DAYS = 30;

const DAY_MS = 86_400_000;

function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d) / DAY_MS;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD): positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** What the state of a task depends on. */
export interface TaskFacts {
  status: 'open' | 'done' | 'cancelled';
  /** The last day the deadline allows (a month, quarter or year ends on its last day). */
  deadline?: { due: string } | undefined;
}

/** The state of a task on `today` (YYYY-MM-DD). */
export function taskState(task: TaskFacts, today: string): TaskState {
  if (task.status !== 'open') return task.status;
  if (!task.deadline) return 'undated';
  const left = daysBetween(today, task.deadline.due);
  if (left < 0) return 'overdue';
  if (left <= DUE_SOON_DAYS) return 'due-soon';
  return 'upcoming';
}

/** How many days past its deadline an overdue task is on `today`; undefined for any other state. */
export function daysPastDeadline(task: TaskFacts, today: string): number | undefined {
  if (taskState(task, today) !== 'overdue') return undefined;
  return daysBetween(task.deadline!.due, today);
}
