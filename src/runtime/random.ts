/**
 * A small seeded pseudo-random generator for the code students run, so the
 * same seed gives the same data on every run (and, on the cpu backend, the
 * same final loss). Pure: no tfjs, no globals, no Math.random.
 */

/**
 * mulberry32 (Tommy Ettinger): a 32-bit state advanced by a Weyl sequence
 * (state += 0x6D2B79F5) and scrambled by two multiply-xorshift rounds.
 * Period 2^32, passes gjrand/PractRand at this size; plenty for lesson data.
 * Returns floats in [0, 1) with 32 bits of randomness (t / 2^32).
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Mixes a run seed with a stream index (splitmix32-style finaliser) so
 * `lab.random()` called twice in one run gives two independent streams that
 * are still the same on every run with that seed.
 */
export function deriveSeed(seed: number, stream: number): number {
  let h = (seed ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The generator students get from `lab.random()`; documented in lab-api.d.ts. */
export interface SeededRandom {
  readonly seed: number;
  next(): number;
  uniform(min?: number, max?: number): number;
  normal(mean?: number, std?: number): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  shuffle<T>(items: readonly T[]): T[];
  array(length: number, draw: (rng: SeededRandom, index: number) => number): number[];
}

export function createRandom(seed: number): SeededRandom {
  const next = mulberry32(seed);
  // Box–Muller makes two normals per pair of uniforms; keep the spare.
  let spare: number | null = null;
  const rng: SeededRandom = {
    seed: seed >>> 0,
    next,
    uniform: (min = 0, max = 1) => min + (max - min) * next(),
    normal(mean = 0, std = 1) {
      if (spare !== null) {
        const z = spare;
        spare = null;
        return mean + std * z;
      }
      // z0 = sqrt(-2 ln u1) cos(2π u2), z1 = sqrt(-2 ln u1) sin(2π u2);
      // 1 - next() is in (0, 1], so the log is finite.
      const u1 = 1 - next();
      const u2 = next();
      const radius = Math.sqrt(-2 * Math.log(u1));
      spare = radius * Math.sin(2 * Math.PI * u2);
      return mean + std * radius * Math.cos(2 * Math.PI * u2);
    },
    /** Integer in [min, max], both ends included. */
    int: (min, max) => Math.floor(min + (max - min + 1) * next()),
    pick(items) {
      if (items.length === 0) throw new RangeError('lab.random().pick: the list is empty');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    shuffle(items) {
      // Fisher–Yates on a copy: every permutation equally likely.
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j] as (typeof out)[number], out[i] as (typeof out)[number]];
      }
      return out;
    },
    array: (length, draw) => Array.from({ length }, (_, i) => draw(rng, i)),
  };
  return rng;
}
