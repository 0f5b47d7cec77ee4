import { describe, expect, test } from 'vitest';
import { placeHierarchy, type PlaceWithParent } from '../../../src/domain/place-hierarchy.ts';

const place = (id: string, parent?: string): PlaceWithParent => ({
  id,
  data: parent === undefined ? {} : { parent: { id: parent } },
});

const places = [
  place('ha-tinh'),
  place('ha-tinh/ky-anh', 'ha-tinh'),
  place('ha-tinh/ky-anh/lam-hop', 'ha-tinh/ky-anh'),
  place('ha-tinh/ky-anh/lam-hop/thon-1', 'ha-tinh/ky-anh/lam-hop'),
  place('quang-nam'),
];

describe('placeHierarchy', () => {
  const hierarchy = placeHierarchy(places);

  test('lists the units above a place, nearest first, without the place', () => {
    expect(hierarchy.ancestorsOf('ha-tinh/ky-anh/lam-hop/thon-1')).toEqual([
      'ha-tinh/ky-anh/lam-hop',
      'ha-tinh/ky-anh',
      'ha-tinh',
    ]);
    expect(hierarchy.ancestorsOf('ha-tinh')).toEqual([]);
    expect(hierarchy.ancestorsOf('no-such-place')).toEqual([]);
  });

  test('gives the places and every unit above them once each', () => {
    expect([
      ...hierarchy.withAncestors(['ha-tinh/ky-anh/lam-hop', 'ha-tinh/ky-anh', 'quang-nam']),
    ]).toEqual(['ha-tinh/ky-anh/lam-hop', 'ha-tinh/ky-anh', 'ha-tinh', 'quang-nam']);
    expect([...hierarchy.withAncestors([])]).toEqual([]);
  });

  test('stops at a parent without a record (still listed) and where the chain loops', () => {
    const odd = placeHierarchy([
      place('a', 'missing'),
      place('x', 'y'),
      place('y', 'z'),
      place('z', 'x'),
    ]);
    expect(odd.ancestorsOf('a')).toEqual(['missing']);
    expect(odd.ancestorsOf('x')).toEqual(['y', 'z']);
    expect([...odd.withAncestors(['y'])]).toEqual(['y', 'z', 'x']);
  });
});
