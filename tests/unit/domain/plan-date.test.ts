import { describe, expect, test } from 'vitest';
import { planAdoptionDate } from '../../../src/domain/plan-date.ts';

describe('planAdoptionDate', () => {
  const documents = new Map([['kh-89', '2021-06-07']]);
  const lookup = (id: string) => documents.get(id);

  test("a plan's own date wins", () => {
    expect(planAdoptionDate({ date: '2021-07-01', document: { id: 'kh-89' } }, lookup)).toBe(
      '2021-07-01',
    );
  });

  test('without one, the date of the document that adopted it', () => {
    expect(planAdoptionDate({ document: { id: 'kh-89' } }, lookup)).toBe('2021-06-07');
  });

  test('undefined when neither is known', () => {
    expect(planAdoptionDate({ document: { id: 'khac' } }, lookup)).toBeUndefined();
    expect(planAdoptionDate({}, lookup)).toBeUndefined();
  });
});
