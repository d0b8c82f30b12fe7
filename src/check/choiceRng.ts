import { SimulatorError } from '../domain/errors.js';
import type { Rng } from '../simulate/random.js';

/**
 * Choices are bytes: fine enough for the draws a walk makes (a move among a few, a day among a
 * few hundred), and each shrinks to 0 in a few steps.
 */
export const CHOICE_MAX = 0xff;
const SPAN = CHOICE_MAX + 1;

/**
 * A generator that draws from a list of choices (each in 0..CHOICE_MAX) instead of a seed, and
 * draws 0 once they run out. fast-check shrinks the list (shorter, smaller), and a walk driven
 * by smaller choices takes the first moves and the earliest days: shrinking a history's choices
 * simplifies the history. `consumed` says how many choices were drawn so far.
 */
export const choiceRng = (choices: readonly number[]): Rng & { consumed: () => number } => {
  let i = 0;
  const draw = (): number => {
    const c = choices[i++] ?? 0;
    return Math.min(Math.max(Math.floor(c), 0), CHOICE_MAX);
  };
  const next = (): number => draw() / SPAN;
  const int = (min: number, max: number): number => {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new SimulatorError('input.invalidOption', `No integer lies in [${min}, ${max}]`, {
        min,
        max,
      });
    }
    return min + Math.floor(next() * (max - min + 1));
  };
  const weighted = (weights: readonly number[]): number => {
    const total = weights.reduce((sum, w) => sum + Math.max(0, w), 0);
    if (total <= 0) return -1;
    let r = next() * total;
    for (let k = 0; k < weights.length; k++) {
      const w = Math.max(0, weights[k] ?? 0);
      if (r < w) return k;
      r -= w;
    }
    return weights.findLastIndex((w) => w > 0);
  };
  return {
    consumed: () => i,
    nextUint32: () => [draw(), draw(), draw(), draw()].reduce((n, b) => n * SPAN + b, 0) >>> 0,
    next,
    int,
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) {
        throw new SimulatorError('input.invalidOption', 'Cannot pick from an empty list');
      }
      return items[int(0, items.length - 1)] as T;
    },
    weighted,
  };
};
