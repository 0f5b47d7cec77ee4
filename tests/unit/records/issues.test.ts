import { describe, expect, test } from 'vitest';
import {
  formatFieldPath,
  formatIssue,
  formatReport,
  sortIssues,
} from '../../../src/records/issues.ts';

describe('formatFieldPath', () => {
  test.each<[PropertyKey[], string]>([
    [[], ''],
    [['date'], 'date'],
    [['tasks', 1, 'deadline', 'date'], 'tasks[1].deadline.date'],
    [['statuses', '17'], 'statuses.17'],
    [[0, 'name'], '[0].name'],
  ])('%j → %s', (path, expected) => {
    expect(formatFieldPath(path)).toBe(expected);
  });
});

describe('formatIssue', () => {
  test('names the field when there is one', () => {
    expect(formatIssue({ file: 'content/a.md', field: 'date', message: 'x' })).toBe(
      'content/a.md › date: x',
    );
    expect(formatIssue({ file: 'content/a.md', field: '', message: 'x' })).toBe('content/a.md: x');
  });
});

describe('sortIssues and formatReport', () => {
  const issues = [
    { file: 'content/places/b.yaml', field: 'name', message: 'm3' },
    { file: 'content/meetings/a.md', field: 'title', message: 'm2' },
    { file: 'content/meetings/a.md', field: 'date', message: 'm1' },
  ];
  test('sorts by file, then field, without changing the input', () => {
    expect(sortIssues(issues).map((i) => i.message)).toEqual(['m1', 'm2', 'm3']);
    expect(issues[0]!.message).toBe('m3');
  });
  test('reports every issue, then the count and the next step', () => {
    expect(formatReport(issues)).toBe(
      [
        'content/meetings/a.md › date: m1',
        'content/meetings/a.md › title: m2',
        'content/places/b.yaml › name: m3',
        '',
        'Có 3 lỗi trong 2 tệp. Sửa các lỗi trên rồi chạy lại `npm run validate`; trang web chưa được tạo.',
      ].join('\n'),
    );
    expect(formatReport([issues[0]!])).toBe(
      'content/places/b.yaml › name: m3\n\nCó 1 lỗi trong 1 tệp. Sửa các lỗi trên rồi chạy lại `npm run validate`; trang web chưa được tạo.',
    );
    expect(formatReport([])).toBe('Tất cả bản ghi đều hợp lệ.');
  });
});
