import type { Seats } from '../domain/chambers.js';
import type { Procedure } from '../domain/procedure.js';
import type { Counterexample } from './evaluate.js';
import { replayOrError, runCheck, variantsOf } from './evaluate.js';
import type { SimplePath } from './exhaustive.js';
import { datePath, simplePathsOf } from './exhaustive.js';
import type { History } from './history.js';
import { inputOf, replayHistory } from './history.js';
import type { Invariant } from './invariant.js';
import { appliesTo } from './invariant.js';
import { replaysCleanly } from './invariants.js';
import { seatsOfProcedure } from '../domain/procedure.js';

export type PathsReport = Readonly<{
  /** Complete simple paths of the statechart. */
  total: number;
  /** Those checked (all, unless capped). */
  checked: number;
  cap?: string;
  ms: number;
  failures: ReadonlyMap<Invariant, Counterexample>;
}>;

/** A path as a history: the cut varies along the paths so prefixes of every length are cut. */
const historyOf = (procedure: Procedure, path: SimplePath, i: number, seats?: Seats): History => ({
  procedure,
  events: path.events,
  ...(seats === undefined ? {} : { seats }),
  cut: i % (path.events.length + 1),
});

/**
 * The counterexample to print: the path dated as a real history (deadlines left to the engine)
 * when it still fails the invariant that way, otherwise the path as checked.
 */
const counterexampleOf = (
  invariant: Invariant,
  history: History,
  message: string,
  simplePath: number,
): Counterexample => {
  const seats = history.seats ?? seatsOfProcedure(history.procedure);
  const dated = datePath(history.procedure, history.events, seats);
  if (dated !== undefined) {
    const datedHistory: History = {
      ...history,
      ...dated,
      cut: Math.min(history.cut, dated.events.length),
    };
    try {
      const input = inputOf(datedHistory, replayHistory(datedHistory));
      const again = runCheck(invariant, input);
      if (again !== undefined)
        return {
          invariant,
          message: again,
          history: datedHistory,
          variants: variantsOf(invariant, input),
          simplePath,
        };
    } catch {
      // Fall back to the path as checked.
    }
  }
  const replayed = replayOrError(history);
  const variants =
    typeof replayed === 'string' ? [] : variantsOf(invariant, inputOf(history, replayed));
  return { invariant, message, history, variants, simplePath };
};

/**
 * Checks the invariants that apply to a procedure (and are checked on paths, `onPaths`) on every
 * complete simple path of its statechart (at most
 * `maxPaths`, evenly spaced, when there are more), each path's events dated on one day with
 * the ends of clocks as events. Reports the first failing path of each invariant.
 */
export const checkPaths = (
  procedure: Procedure,
  invariants: readonly Invariant[],
  options: Readonly<{
    maxPaths: number;
    seats?: Seats;
    now?: () => number;
    /** Told after each path checked. */
    onProgress?: (done: number, total: number) => void;
  }>,
): PathsReport => {
  const now = options.now ?? (() => 0);
  const start = now();
  const { paths, total, cap } = simplePathsOf(procedure, {
    maxPaths: options.maxPaths,
    ...(options.seats === undefined ? {} : { seats: options.seats }),
  });
  const failures = new Map<Invariant, Counterexample>();
  const applicable = invariants.filter((i) => appliesTo(i, procedure) && i.onPaths !== false);
  for (const [i, path] of paths.entries()) {
    const history = historyOf(procedure, path, i, options.seats);
    const replayed = replayOrError(history);
    if (typeof replayed === 'string') {
      if (applicable.includes(replaysCleanly) && !failures.has(replaysCleanly))
        failures.set(replaysCleanly, counterexampleOf(replaysCleanly, history, replayed, i));
      options.onProgress?.(i + 1, paths.length);
      continue;
    }
    const input = inputOf(history, replayed);
    for (const invariant of applicable) {
      if (failures.has(invariant)) continue;
      const message = runCheck(invariant, input);
      if (message !== undefined)
        failures.set(invariant, counterexampleOf(invariant, history, message, i));
    }
    options.onProgress?.(i + 1, paths.length);
  }
  return {
    total,
    checked: paths.length,
    ...(cap === undefined ? {} : { cap }),
    ms: now() - start,
    failures,
  };
};
