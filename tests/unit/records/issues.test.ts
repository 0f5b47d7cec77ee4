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
  test('names the field with its Vietnamese name from the dictionary the site uses', () => {
    expect(formatIssue({ file: 'content/meetings/2023/a.md', field: 'date', message: 'x' })).toBe(
      'content/meetings/2023/a.md › date (ngày họp): x',
    );
    expect(formatIssue({ file: 'content/documents/a.md', field: 'date', message: 'x' })).toBe(
      'content/documents/a.md › date (ngày ban hành): x',
    );
    expect(
      formatIssue({ file: 'content/plans/a.md', field: 'tasks[1].deadline.date', message: 'x' }),
    ).toBe('content/plans/a.md › tasks[1].deadline.date (thời hạn của nhiệm vụ): x');
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
        'content/meetings/a.md › date (ngày họp): m1',
        'content/meetings/a.md › title (tiêu đề cuộc họp): m2',
        'content/places/b.yaml › name (tên địa bàn): m3',
        '',
        'Có 3 lỗi trong 2 tệp. Sửa các lỗi trên rồi chạy lại `npm run validate`; trang web chưa được tạo.',
      ].join('\n'),
    );
    expect(formatReport([issues[0]!])).toBe(
      'content/places/b.yaml › name (tên địa bàn): m3\n\nCó 1 lỗi trong 1 tệp. Sửa các lỗi trên rồi chạy lại `npm run validate`; trang web chưa được tạo.',
    );
    expect(formatReport([])).toBe('Tất cả bản ghi đều hợp lệ.');
  });
});
