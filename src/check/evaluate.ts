import { isSimulatorError } from '../domain/errors.js';
import type { ReplayResult } from '../replay/replay.js';
import type { History } from './history.js';
import { replayHistory } from './history.js';
import type { Invariant, InvariantInput } from './invariant.js';
import type { InvalidVariant } from './mutations.js';

/** A violated invariant and the (shrunk) history that violates it. */
export type Counterexample = Readonly<{
  invariant: Invariant;
  message: string;
  history: History;
  /** The invalid variants a rejection invariant replayed, for the counterexample file. */
  variants: readonly InvalidVariant[];
  /** Random histories: the seed and fast-check path that reproduce it. */
  seed?: number;
  path?: string;
  /** Runs until the first failure, and shrinking steps after it. */
  runs?: number;
  shrinks?: number;
  /** Exhaustive search: the simple path, by its position among those checked. */
  simplePath?: number;
}>;

export const describeError = (e: unknown): string =>
  isSimulatorError(e)
    ? `error [${e.code}]: ${e.message}`
    : `crash: ${e instanceof Error ? e.message : String(e)}`;

/** Runs one invariant's predicate; a check that throws is a violation too. */
export const runCheck = (invariant: Invariant, input: InvariantInput): string | undefined => {
  try {
    return invariant.check(input);
  } catch (e) {
    return `the check threw ${describeError(e)}`;
  }
};

/** The failing variants of a rejection invariant (src/check/invariants/rejections.ts). */
export const variantsOf = (invariant: Invariant, input: InvariantInput): InvalidVariant[] => {
  const own = (invariant as { variants?: unknown }).variants;
  return typeof own === 'function' ? (own as (i: InvariantInput) => InvalidVariant[])(input) : [];
};

/** The replay of a history, or why it has none (reported under `replays-cleanly`). */
export const replayOrError = (history: History): ReplayResult | string => {
  if (history.walkError !== undefined) return `walking the machine failed: ${history.walkError}`;
  try {
    return replayHistory(history);
  } catch (e) {
    // A crash is a violation too: shrunk and printed like any other.
    return `strict replay rejected a history walked from the machine: ${describeError(e)}`;
  }
};
