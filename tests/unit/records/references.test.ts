import { describe, expect, test } from 'vitest';
import { collectReferences, isRecordRef } from '../../../src/records/references.ts';
import { contentSet, meeting, withRecords } from './content-fixture.ts';

describe('collectReferences', () => {
  test('finds references at any depth, with their paths', () => {
    const content = contentSet(
      withRecords({
        meetings: {
          m: meeting('2021-04-01', { tasks: [{ id: 't1', text: 'x', assignees: ['ubnd-huyen'] }] }),
        },
      }),
    );
    const m = content.meetings.find((r) => r.id === 'm')!;
    expect(
      collectReferences(m.data).map(
        ({ ref, path }) => `${path.join('.')}=${ref.collection}/${ref.id}`,
      ),
    ).toEqual(['convenedBy.0=bodies/huyen-uy', 'tasks.0.assignees.0=bodies/ubnd-huyen']);
  });

  test('finds a link at the top, in lists, and none in plain values', () => {
    expect(collectReferences({ collection: 'places', id: 'p' })).toEqual([
      { ref: { collection: 'places', id: 'p' }, path: [] },
    ]);
    expect(collectReferences({ a: [1, 'x', { b: { collection: 'plans', id: 'k' } }] })).toEqual([
      { ref: { collection: 'plans', id: 'k' }, path: ['a', 2, 'b'] },
    ]);
    expect(collectReferences({ title: 'x', n: 2, list: [] })).toEqual([]);
  });
});

describe('isRecordRef', () => {
  test.each<[string, unknown, boolean]>([
    ['a parsed link', { collection: 'bodies', id: 'huyen-uy' }, true],
    ['an unknown collection', { collection: 'people', id: 'x' }, false],
    ['a third key', { collection: 'bodies', id: 'x', note: 'y' }, false],
    ['an id that is not text', { collection: 'bodies', id: 3 }, false],
    ['a list of two', ['bodies', 'x'], false],
    ['text', 'bodies/x', false],
  ])('%s', (_, value, expected) => expect(isRecordRef(value)).toBe(expected));
});
