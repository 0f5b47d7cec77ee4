/**
 * Places nest: a village in a commune, in a district, in a province. Whatever concerns a place
 * also concerns every unit above it (a meeting about a village is listed under its commune,
 * district and province). This module is the one place that walks `parent` upwards.
 */

/** A place as this module needs it: its id and the id of the unit it belongs to. */
export interface PlaceWithParent {
  id: string;
  data: { parent?: { id: string } | undefined };
}

/** The units above each place, worked out once per place. */
export interface PlaceHierarchy {
  /**
   * The units above `placeId`, nearest first, without the place itself. The walk stops at a
   * place without `parent`, at a parent that has no record (which is still listed) and where
   * the chain would loop.
   */
  ancestorsOf: (placeId: string) => readonly string[];
  /** Each of `placeIds` and every unit above it, without duplicates. */
  withAncestors: (placeIds: Iterable<string>) => Set<string>;
}

/** The hierarchy of `places` (each record's `parent`). */
export function placeHierarchy(places: Iterable<PlaceWithParent>): PlaceHierarchy {
  const parentOf = new Map<string, string | undefined>();
  for (const p of places) parentOf.set(p.id, p.data.parent?.id);
  const known = new Map<string, readonly string[]>();

  const ancestorsOf = (placeId: string): readonly string[] => {
    const cached = known.get(placeId);
    if (cached) return cached;
    const chain: string[] = [];
    const seen = new Set([placeId]);
    for (let id = parentOf.get(placeId); id !== undefined && !seen.has(id); id = parentOf.get(id)) {
      chain.push(id);
      seen.add(id);
    }
    known.set(placeId, chain);
    return chain;
  };

  const withAncestors = (placeIds: Iterable<string>): Set<string> => {
    const out = new Set<string>();
    for (const id of placeIds) {
      out.add(id);
      for (const above of ancestorsOf(id)) out.add(above);
    }
    return out;
  };

  return { ancestorsOf, withAncestors };
}
