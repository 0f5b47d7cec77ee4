import { describe, expect, test } from 'vitest';
import {
  daysBetween,
  daysPastDeadline,
  taskState,
  type TaskFacts,
} from '../../../src/domain/task-state.ts';

const due = (iso: string): TaskFacts => ({ status: 'open', deadline: { due: iso } });

describe('taskState', () => {
  const today = '2026-11-22';
  test.each<[string, TaskFacts, string]>([
    ['no deadline, no report', { status: 'open' }, 'undated'],
    [
      'reported done, even past its deadline',
      { status: 'done', deadline: { due: '2020-01-01' } },
      'done',
    ],
    ['reported cancelled', { status: 'cancelled' }, 'cancelled'],
    ['deadline yesterday, no report', due('2026-11-21'), 'overdue'],
    ['deadline today', due('2026-11-22'), 'due-soon'],
    ['deadline in 30 days', due('2026-12-22'), 'due-soon'],
    ['deadline in 31 days', due('2026-12-23'), 'upcoming'],
  ])('%s is %s', (_, task, state) => {
    expect(taskState(task, today)).toBe(state);
  });
});

describe('daysPastDeadline', () => {
  test('counts whole days from the last day the deadline allows', () => {
    expect(daysPastDeadline(due('2026-11-21'), '2026-11-22')).toBe(1);
    // A quarter deadline ends on the quarter's last day: quý II/2017 → 30/6/2017.
    expect(daysPastDeadline(due('2017-06-30'), '2026-11-22')).toBe(3432);
  });

  test('is undefined for a task that is not overdue', () => {
    expect(daysPastDeadline(due('2026-11-22'), '2026-11-22')).toBeUndefined();
    expect(
      daysPastDeadline({ status: 'done', deadline: { due: '2020-01-01' } }, '2026-11-22'),
    ).toBeUndefined();
    expect(daysPastDeadline({ status: 'open' }, '2026-11-22')).toBeUndefined();
  });

  test('crosses leap years and daylight-saving changes as whole days', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-03-25', '2023-03-27')).toBe(2);
  });
});
