import { describe, expect, test } from 'vitest';
import { buildRecordIndex, taskState } from '../../../src/site/record-index.ts';
import { validateContent } from '../../../src/records/validate.ts';

describe('taskState', () => {
  const today = '2026-11-22';
  test.each([
    [{ status: 'open' as const }, 'open'],
    [
      { status: 'done' as const, deadline: { due: '2020-01-01', precision: 'day' as const } },
      'done',
    ],
    [{ status: 'cancelled' as const }, 'cancelled'],
    [
      { status: 'open' as const, deadline: { due: '2026-11-21', precision: 'day' as const } },
      'overdue',
    ],
    [
      { status: 'open' as const, deadline: { due: '2026-11-22', precision: 'day' as const } },
      'due-soon',
    ],
    [
      { status: 'open' as const, deadline: { due: '2026-12-22', precision: 'day' as const } },
      'due-soon',
    ],
    [
      { status: 'open' as const, deadline: { due: '2026-12-23', precision: 'day' as const } },
      'open',
    ],
  ])('%j on 2026-11-22 is %s', (task, state) => {
    expect(taskState(task, today)).toBe(state);
  });
});

describe('buildRecordIndex', () => {
  const { content, issues } = validateContent('tests/fixtures/minimal');

  test('the fixture is valid', () => expect(issues).toEqual([]));

  test('finds records by id and what references them', () => {
    const index = buildRecordIndex(content, '2026-11-22');
    expect(index.byId.meetings.get('2020-09-08-hop')!.data.title).toContain('thử nghiệm');
    expect(index.backlinks.get('bodies/huyen-uy')).toEqual([
      { collection: 'meetings', id: '2020-09-08-hop' },
    ]);
    expect(index.backlinks.get('places/ha-tinh')).toEqual([
      { collection: 'bodies', id: 'huyen-uy' },
      { collection: 'meetings', id: '2020-09-08-hop' },
    ]);
  });

  test('lists tasks with a global key and their state on the day', () => {
    const index = buildRecordIndex(content, '2026-11-22');
    expect(index.tasks.map((t) => [t.key, t.state, t.givenOn])).toEqual([
      ['meetings/2020-09-08-hop#t1', 'overdue', '2020-09-08'],
    ]);
    expect(buildRecordIndex(content, '2020-12-15').tasks[0]!.state).toBe('due-soon');
  });
});
