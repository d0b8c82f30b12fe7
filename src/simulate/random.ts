import { SimulatorError } from '../domain/errors.js';

/**
 * A seeded pseudo-random generator: the only source of randomness in simulations (DESIGN.md, Pure
 * code). The same seed always yields the same sequence, so every generated history can be
 * reproduced from its seed.
 */
export type Rng = Readonly<{
  /** The next 32-bit unsigned integer. */
  nextUint32: () => number;
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [min, max], both included. */
  int: (min: number, max: number) => number;
  /** true with probability `p`. */
  chance: (p: number) => boolean;
  /** One element of a non-empty list, uniformly. */
  pick: <T>(items: readonly T[]) => T;
  /** An index into `weights`, with probability proportional to its weight; -1 when all are 0. */
  weighted: (weights: readonly number[]) => number;
}>;

const UINT32 = 0x1_0000_0000;

/**
 * mulberry32 (Tommy Ettinger, public domain): 32 bits of state, full period 2^32, passes
 * gjrand/PractRand for the lengths a simulation needs, and costs a few integer operations.
 */
const mulberry32 = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
};

/**
 * Creates a generator from a seed (any number; only its low 32 bits count).
 * @example
 * const rng = createRng(42);
 * rng.int(1, 6); // the same die roll for seed 42, every time
 */
export const createRng = (seed: number): Rng => {
  const nextUint32 = mulberry32(seed);
  return rngFrom(nextUint32, () => nextUint32() / UINT32);
};

/**
 * A generator built on any source of draws: `next` in [0, 1) and `nextUint32`. Seeded
 * generators and the choice lists of property tests (src/check/choiceRng.ts) share it.
 */
export const rngFrom = (nextUint32: () => number, next: () => number): Rng => {
  const int = (min: number, max: number): number => {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new SimulatorError('input.invalidOption', `No integer lies in [${min}, ${max}]`, {
        min,
        max,
      });
    }
    return min + Math.floor(next() * (max - min + 1));
  };
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) {
      throw new SimulatorError('input.invalidOption', 'Cannot pick from an empty list');
    }
    return items[int(0, items.length - 1)] as T;
  };
  const weighted = (weights: readonly number[]): number => {
    const total = weights.reduce((sum, w) => sum + Math.max(0, w), 0);
    if (total <= 0) return -1;
    let r = next() * total;
    for (let i = 0; i < weights.length; i++) {
      const w = Math.max(0, weights[i] ?? 0);
      if (r < w) return i;
      r -= w;
    }
    // Rounding can leave r a hair above the last positive weight.
    return weights.findLastIndex((w) => w > 0);
  };
  return { nextUint32, next, int, chance: (p) => next() < p, pick, weighted };
};
