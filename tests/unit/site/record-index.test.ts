import { describe, expect, test } from 'vitest';
import { buildRecordIndex } from '../../../src/site/record-index.ts';
import { validateContent } from '../../../src/records/validate.ts';

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

  test('lists tasks with a global key, their state on the day and days past the deadline', () => {
    const index = buildRecordIndex(content, '2026-11-22');
    expect(index.tasks.map((t) => [t.key, t.state, t.givenOn, t.daysOverdue])).toEqual([
      ['meetings/2020-09-08-hop#t1', 'overdue', '2020-09-08', 2152],
    ]);
    const before = buildRecordIndex(content, '2020-12-15').tasks[0]!;
    expect([before.state, before.daysOverdue]).toEqual(['due-soon', undefined]);
  });
});
