import type { Rng } from '../simulate/random.js';
import { rngFrom } from '../simulate/random.js';

/**
 * Choices are bytes: fine enough for the draws a walk makes (a move among a few, a day among a
 * few hundred), and each shrinks to 0 in a few steps.
 */
export const CHOICE_MAX = 0xff;
const SPAN = CHOICE_MAX + 1;

/** The i-th choice as a walk reads it: a whole number in 0..CHOICE_MAX, and 0 past the end. */
export const choiceAt = (choices: readonly number[], i: number): number =>
  Math.min(Math.max(Math.floor(choices[i] ?? 0), 0), CHOICE_MAX);

/**
 * A generator that draws from a list of choices (each in 0..CHOICE_MAX) instead of a seed, and
 * draws 0 once they run out. fast-check shrinks the list (shorter, smaller), and a walk driven
 * by smaller choices takes the first moves and the earliest days: shrinking a history's choices
 * simplifies the history. `consumed` says how many choices were drawn so far.
 */
export const choiceRng = (choices: readonly number[]): Rng & { consumed: () => number } => {
  let i = 0;
  const draw = (): number => choiceAt(choices, i++);
  const next = (): number => draw() / SPAN;
  const nextUint32 = (): number =>
    [draw(), draw(), draw(), draw()].reduce((n, b) => n * SPAN + b, 0) >>> 0;
  return { ...rngFrom(nextUint32, next), consumed: () => i };
};
