/** The places section of the site index: A–Z lists, ancestors, children, predecessors. */
import { compareVietnamese } from '../../domain/collate.ts';
import { placeHierarchy } from '../../domain/place-hierarchy.ts';
import type { ContentSet } from '../../records/content-set.ts';
import type { RecordIndex } from '../record-index.ts';
import { push, pushUnique } from './shared.ts';

export interface PlaceSection {
  placesAtoZ: string[];
  topPlaces: string[];
  childPlacesAtoZ: Map<string, string[]>;
  placeAncestors: Map<string, readonly string[]>;
  predecessors: Map<string, string[]>;
  /** Orders place ids by their names in Vietnamese order (then by id). */
  byPlaceName: (a: string, b: string) => number;
  /** The place and every unit above it, nearest first. */
  withAncestors: (placeId: string) => string[];
}

export function indexPlaces(content: ContentSet, index: RecordIndex): PlaceSection {
  const places = index.byId.places;
  const { ancestorsOf } = placeHierarchy(content.places);
  const placeAncestors = new Map(content.places.map((p) => [p.id, ancestorsOf(p.id)]));
  const byPlaceName = (a: string, b: string) =>
    compareVietnamese(places.get(a)!.data.name, places.get(b)!.data.name) || (a < b ? -1 : 1);
  const placesAtoZ = content.places.map((p) => p.id).sort(byPlaceName);
  const topPlaces = placesAtoZ.filter((id) => {
    const parent = places.get(id)!.data.parent;
    return !parent || !places.has(parent.id);
  });
  const childPlacesAtoZ = new Map<string, string[]>();
  const predecessors = new Map<string, string[]>();
  for (const id of placesAtoZ) {
    const place = places.get(id)!.data;
    if (place.parent) push(childPlacesAtoZ, place.parent.id, id);
    for (const s of place.successors) pushUnique(predecessors, s.id, id);
    for (const p of place.predecessors) pushUnique(predecessors, id, p.id);
  }
  // Predecessors come from both sides (a place's `successors`, a place's own `predecessors`).
  for (const [id, list] of predecessors)
    predecessors.set(
      id,
      [...list].sort((a, b) =>
        places.has(a) && places.has(b) ? byPlaceName(a, b) : a < b ? -1 : 1,
      ),
    );
  return {
    placesAtoZ,
    topPlaces,
    childPlacesAtoZ,
    placeAncestors,
    predecessors,
    byPlaceName,
    withAncestors: (placeId) => [placeId, ...ancestorsOf(placeId)],
  };
}
