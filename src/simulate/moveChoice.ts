import type { Move } from '../replay/moves.js';
import type { Rng } from './random.js';

/**
 * Relative weights of the kinds of move a random walk chooses among. Each weight is shared by the
 * moves of its kind at a position, so a stage with five ways to fail is no likelier to end the
 * bill than a stage with one. A weight of 0 avoids that kind unless nothing else is possible.
 */
export type MoveWeights = Readonly<{
  /** A move that ends the bill's process without a law: failed, withdrawn, lapsed. @defaultValue 0.3 */
  ending?: number;
  /** A move that stays in the same stage (a reading, a postponement). @defaultValue 0.5 */
  staying?: number;
  /** Any other move: on to the next stage, or to enactment. @defaultValue 1 */
  advancing?: number;
  /** Letting the earliest running clock run out. @defaultValue 0.6 */
  elapsing?: number;
}>;

type MoveKind = keyof MoveWeights;

export const DEFAULT_WEIGHTS: Required<MoveWeights> = {
  ending: 0.3,
  staying: 0.5,
  advancing: 1,
  elapsing: 0.6,
};

const ENDING = /^(failed|withdrawn|lapsed)(\.|$)/;

const kindOf = (move: Move): MoveKind => {
  if (move.type === 'DeadlineElapsed') return 'elapsing';
  if (move.target === undefined) return 'staying';
  return ENDING.test(move.target) ? 'ending' : 'advancing';
};

/** Each move's weight: its kind's weight shared among the moves of that kind. */
const weightsOf = (moves: readonly Move[], w: Required<MoveWeights>): number[] => {
  const kinds = moves.map(kindOf);
  const count = (k: MoveKind): number => kinds.filter((x) => x === k).length;
  return kinds.map((k) => w[k] / count(k));
};

/**
 * Tries moves in weighted random order until one can be taken. A weight of 0 avoids a move but
 * does not forbid it: zero-weight moves are tried, uniformly, when nothing else can be taken.
 */
export const takeOne = (
  rng: Rng,
  candidates: readonly Move[],
  weights: Required<MoveWeights>,
  take: (m: Move) => boolean,
): boolean => {
  const w = weightsOf(candidates, weights);
  const avoided = w.map((x) => (x > 0 ? 0 : 1));
  for (const order of [w, avoided]) {
    for (let i = rng.weighted(order); i >= 0; i = rng.weighted(order)) {
      if (take(candidates[i] as Move)) return true;
      order[i] = 0;
    }
  }
  return false;
};
