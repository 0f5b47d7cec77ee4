/**
 * A small seeded pseudo-random generator for synthetic archives. The same seed always gives the
 * same sequence on every machine and Node version (no `Math.random`, no floating-point state
 * beyond 32-bit integer arithmetic), so a generated archive is reproducible byte for byte.
 */

/** A seeded source of random choices. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** `count` distinct elements of `list` (all of them when it is shorter), in list order. */
  sample<T>(list: readonly T[], count: number): T[];
}

/** Turns a text seed into a 32-bit integer (FNV-1a), so `--seed ntm` works as well as `--seed 42`. */
export function seedFromText(seed: string | number): number {
  const text = String(seed);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A generator seeded with `seed` (mulberry32: fast, 32-bit state, good enough for test data). */
export function createRandom(seed: string | number): Random {
  let state = seedFromText(seed);
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (list) => {
      if (list.length === 0) throw new Error('pick() needs a non-empty list');
      return list[int(0, list.length - 1)]!;
    },
    sample: (list, count) => {
      if (count >= list.length) return [...list];
      const chosen = new Set<number>();
      while (chosen.size < count) chosen.add(int(0, list.length - 1));
      return [...chosen].sort((a, b) => a - b).map((i) => list[i]!);
    },
  };
}
