import { describe, expect, test } from 'vitest';
import { effectiveCriteria, tallyCriteria } from '../../../src/domain/criteria.ts';
import type { CriteriaSet } from '../../../src/schemas/index.ts';

function set(partial: Partial<CriteriaSet> & Pick<CriteriaSet, 'criteria'>): CriteriaSet {
  return {
    type: 'criteria-set',
    name: 'n',
    shortName: 's',
    decision: { collection: 'documents', id: 'd' },
    periodFrom: 2016,
    periodTo: 2020,
    level: 'xa',
    tier: 'co-ban',
    groups: [],
    inferences: [],
    ...partial,
  };
}
const criterion = (number: number, group = 'I') => ({
  number,
  name: `Tiêu chí ${number}`,
  group,
  aliases: [],
  indicators: [],
});

describe('effectiveCriteria', () => {
  const national = set({
    groups: [{ code: 'I', name: 'Quy hoạch' }],
    criteria: [criterion(1), criterion(2)],
  });
  const provincial = set({
    extends: { collection: 'criteriaSets', id: 'national' },
    province: { collection: 'places', id: 'ha-tinh' },
    criteria: [criterion(3)],
  });
  const sets = new Map([
    ['national', national],
    ['provincial', provincial],
  ]);

  test('returns a national set in number order with group names', () => {
    expect(
      effectiveCriteria('national', sets)!.map((c) => [c.number, c.groupName, c.definedIn]),
    ).toEqual([
      [1, 'Quy hoạch', 'national'],
      [2, 'Quy hoạch', 'national'],
    ]);
  });
  test('adds a provincial variant to its base', () => {
    expect(effectiveCriteria('provincial', sets)!.map((c) => [c.number, c.definedIn])).toEqual([
      [1, 'national'],
      [2, 'national'],
      [3, 'provincial'],
    ]);
  });
  test('returns undefined for a missing set or a loop', () => {
    expect(effectiveCriteria('nope', sets)).toBeUndefined();
    const loop = new Map([
      ['a', set({ extends: { collection: 'criteriaSets', id: 'b' }, criteria: [criterion(1)] })],
      ['b', set({ extends: { collection: 'criteriaSets', id: 'a' }, criteria: [criterion(2)] })],
    ]);
    expect(effectiveCriteria('a', loop)).toBeUndefined();
  });
});

describe('tallyCriteria', () => {
  const criteria = [1, 2, 3, 4, 5].map((n) => ({ number: n }));

  test('takes a listed status first, else `otherwise`, and counts each status', () => {
    const tally = tallyCriteria(
      { statuses: { '1': 'chua-dat', '2': 'co-ban-dat', '5': 'dat' }, otherwise: 'dat' },
      criteria,
    );
    expect(tally.results.map((r) => [r.criterion.number, r.status, r.listed])).toEqual([
      [1, 'chua-dat', true],
      [2, 'co-ban-dat', true],
      [3, 'dat', false],
      [4, 'dat', false],
      [5, 'dat', true],
    ]);
    expect([tally.met, tally.basicallyMet, tally.notMet, tally.unknown]).toEqual([3, 1, 1, 0]);
  });

  test('leaves a criterion neither listed nor covered by `otherwise` unknown, not met', () => {
    const tally = tallyCriteria({ statuses: { '2': 'dat' } }, criteria);
    expect(tally.results.map((r) => r.status)).toEqual([
      undefined,
      'dat',
      undefined,
      undefined,
      undefined,
    ]);
    expect([tally.met, tally.unknown]).toEqual([1, 4]);
  });

  test('ignores a listed number that is not among the criteria', () => {
    expect(tallyCriteria({ statuses: { '20': 'dat' }, otherwise: 'chua-dat' }, criteria).met).toBe(
      0,
    );
  });
});
