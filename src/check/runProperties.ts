import fc from 'fast-check';
import { SimulatorError } from '../domain/errors.js';
import type { Procedure } from '../domain/procedure.js';
import type { HistoryArbitraryOptions } from './arbitraries.js';
import { historyArbitrary } from './arbitraries.js';
import { checkPaths } from './checkPaths.js';
import type { PathsReport } from './checkPaths.js';
import type { Counterexample } from './evaluate.js';
import { describeError, replayOrError, runCheck, variantsOf } from './evaluate.js';
import type { History } from './history.js';
import { inputOf } from './history.js';
import type { Invariant } from './invariant.js';
import { appliesTo } from './invariant.js';
import { invariants as builtIn, replaysCleanly } from './invariants.js';

export type InvariantReport = Readonly<{
  invariant: Invariant;
  /** Random histories it was checked on (before a failure, if any). */
  runs: number;
  /** Time in its own predicate. */
  ms: number;
  /** Histories per second if it were checked alone: generation and replay plus its own time. */
  perSecond: number;
  /** Simple paths it was checked on. */
  paths: number;
  failure?: Counterexample;
}>;

export type ProcedureReport = Readonly<{
  procedure: Procedure;
  /** Random histories generated and checked, and their events (derived deadlines included). */
  histories: number;
  events: number;
  ms: number;
  invariants: readonly InvariantReport[];
  paths?: PathsReport;
  failed: boolean;
}>;

export type CheckPropertiesOptions = Readonly<{
  procedure: Procedure;
  invariants?: readonly Invariant[];
  /** Random histories per procedure. @defaultValue 1000 */
  runs?: number;
  seed: number;
  /** Replay one counterexample: the fast-check path printed with it (with the same seed). */
  path?: string;
  /** The most simple paths to check exhaustively (0: none). @defaultValue 25,000 */
  maxPaths?: number;
  arbitrary?: HistoryArbitraryOptions;
  /** A clock for the timings (pure code reads none). @defaultValue () => 0 */
  now?: () => number;
  /** Told after each random history and each simple path checked (not while shrinking). */
  onProgress?: (progress: CheckProgress) => void;
}>;

/** How far a procedure's check has come: histories generated, or simple paths checked. */
export type CheckProgress = Readonly<{ phase: 'histories' | 'paths'; done: number; total: number }>;

type Stat = { runs: number; ms: number };

/** Enough for every complete simple path of each built-in procedure (kz-2023 has the most: 23,726). */
export const DEFAULT_MAX_PATHS = 25_000;

/** Thrown inside fast-check's predicate; carries which invariant failed and why. */
class Violation extends Error {
  readonly invariant: Invariant;
  constructor(invariant: Invariant, message: string) {
    super(`${invariant.name}: ${message}`);
    this.invariant = invariant;
  }
}

type Round = Readonly<{
  failure?: Counterexample;
  histories: number;
  events: number;
  ms: number;
  stats: Map<Invariant, Stat>;
}>;

const PATH = /^\d+(:\d+)*$/;

const badPath = (path: string, why: string, details: Record<string, unknown> = {}) =>
  new SimulatorError('input.invalidOption', `path "${path}" ${why}`, { path, ...details });

/** Refuses a path that is not numbers joined by colons, as fast-check prints them. */
export const assertPath = (path: string): void => {
  if (!PATH.test(path))
    throw badPath(
      path,
      'is not a counterexample path: numbers joined by colons, as printed with one (e.g. 12:0:3)',
    );
};

/**
 * With a path, only the history it names is checked (and shrunk if it fails): a path that names
 * no history reproduces nothing and is refused rather than silently run as a random check from
 * there on; one whose history now holds every invariant passes.
 */
const checkNamed = (options: CheckPropertiesOptions, predicate: (history: History) => void) => {
  const { path, seed, procedure } = options;
  if (path === undefined)
    return {
      run: () =>
        fc.check(fc.property(historyArbitrary(procedure, options.arbitrary), predicate), {
          seed,
          numRuns: options.runs ?? 1000,
        }),
    };
  assertPath(path);
  let named: 'none' | 'holds' | 'fails' = 'none';
  const once = (history: History): void => {
    if (named === 'holds') return;
    try {
      predicate(history);
    } catch (e) {
      named = 'fails';
      throw e;
    }
    if (named === 'none') named = 'holds';
  };
  return {
    run: () => {
      let details;
      try {
        details = fc.check(fc.property(historyArbitrary(procedure, options.arbitrary), once), {
          seed,
          numRuns: 1,
          path,
        });
      } catch (e) {
        // fast-check throws "Unable to replay, got wrong path" for a path past the shrink tree.
        if (e instanceof Error && e.message.startsWith('Unable to replay')) {
          throw badPath(path, `names no history of ${procedure.id} with seed ${seed}`, { seed });
        }
        throw e;
      }
      if (named === 'none')
        throw badPath(path, `names no history of ${procedure.id} with seed ${seed}`, { seed });
      // A history that now holds every invariant (the bug it showed was fixed) is a pass.
      return details;
    },
  };
};

/** One fast-check run over `active`; the first invariant to fail is pinned while shrinking. */
const runRound = (active: readonly Invariant[], options: CheckPropertiesOptions): Round => {
  const now = options.now ?? (() => 0);
  const runs = options.runs ?? 1000;
  const stats = new Map(active.map((i) => [i, { runs: 0, ms: 0 }]));
  let pinned: Invariant | undefined;
  // Shrinking meets the same history again and again (src/check/arbitraries.ts reuses it).
  const verdicts = new WeakMap<History, string | undefined>();
  let histories = 0;
  let events = 0;
  const predicate = (history: History): void => {
    const shrinking = pinned !== undefined;
    if (shrinking && verdicts.has(history)) {
      const known = verdicts.get(history);
      if (known === undefined || pinned === undefined) return;
      throw new Violation(pinned, known);
    }
    const replayed = replayOrError(history);
    if (typeof replayed === 'string') {
      if (!active.includes(replaysCleanly) || (pinned !== undefined && pinned !== replaysCleanly))
        return;
      pinned = replaysCleanly;
      throw new Violation(replaysCleanly, replayed);
    }
    if (!shrinking) {
      histories += 1;
      events += replayed.trace.length;
      options.onProgress?.({ phase: 'histories', done: histories, total: runs });
    }
    const input = inputOf(history, replayed);
    for (const invariant of pinned === undefined ? active : [pinned]) {
      const start = now();
      const message = runCheck(invariant, input);
      const stat = stats.get(invariant);
      if (!shrinking && stat !== undefined) {
        stat.runs += 1;
        stat.ms += now() - start;
      }
      if (message === undefined) continue;
      pinned ??= invariant;
      verdicts.set(history, message);
      throw new Violation(invariant, message);
    }
    if (pinned !== undefined) verdicts.set(history, undefined);
  };
  const start = now();
  const details = checkNamed(options, predicate).run();
  const ms = now() - start;
  const round = { histories, events, ms, stats };
  if (!details.failed) return round;
  const error = details.errorInstance;
  const history = details.counterexample?.[0];
  if (!(error instanceof Violation) || history === undefined) {
    throw error instanceof Error ? error : new Error(describeError(error));
  }
  const replayed = replayOrError(history);
  const input = typeof replayed === 'string' ? undefined : inputOf(history, replayed);
  const failure: Counterexample = {
    invariant: error.invariant,
    message: error.message.slice(error.invariant.name.length + 2),
    history,
    variants: input === undefined ? [] : variantsOf(error.invariant, input),
    seed: details.seed,
    ...(details.counterexamplePath === null ? {} : { path: details.counterexamplePath }),
    runs: details.numRuns,
    shrinks: details.numShrinks,
  };
  return { ...round, failure };
};

/**
 * Checks every invariant that applies to a procedure on `runs` random histories walked from its
 * machine (run together on each history), then on its complete simple paths. A failing
 * invariant is shrunk to a small counterexample and the run goes on without it, so every
 * violated invariant is reported with its own counterexample.
 */
export const checkProperties = (options: CheckPropertiesOptions): ProcedureReport => {
  const { procedure } = options;
  const applicable = (options.invariants ?? builtIn).filter((i) => appliesTo(i, procedure));
  const failures = new Map<Invariant, Counterexample>();
  const stats = new Map<Invariant, Stat>();
  let active = applicable;
  let last: Round | undefined;
  let ms = 0;
  while (active.length > 0) {
    const round = runRound(active, options);
    ms += round.ms;
    last = round;
    for (const [invariant, stat] of round.stats) stats.set(invariant, stat);
    if (round.failure === undefined || options.path !== undefined) {
      if (round.failure !== undefined) failures.set(round.failure.invariant, round.failure);
      break;
    }
    failures.set(round.failure.invariant, round.failure);
    const failed = round.failure.invariant;
    active = active.filter((i) => i !== failed);
  }
  const histories = last?.histories ?? 0;
  const ownMs = [...(last?.stats.values() ?? [])].reduce((sum, s) => sum + s.ms, 0);
  const sharedPerHistory = histories === 0 ? 0 : Math.max(0, (last?.ms ?? 0) - ownMs) / histories;
  const paths =
    options.path === undefined && (options.maxPaths ?? DEFAULT_MAX_PATHS) > 0
      ? checkPaths(procedure, applicable, {
          maxPaths: options.maxPaths ?? DEFAULT_MAX_PATHS,
          ...(options.now === undefined ? {} : { now: options.now }),
          ...(options.onProgress === undefined
            ? {}
            : {
                onProgress: (done: number, total: number) =>
                  options.onProgress?.({ phase: 'paths', done, total }),
              }),
        })
      : undefined;
  const reports = applicable.map((invariant): InvariantReport => {
    const stat = stats.get(invariant) ?? { runs: 0, ms: 0 };
    const alone = sharedPerHistory * stat.runs + stat.ms;
    const failure = failures.get(invariant) ?? paths?.failures.get(invariant);
    return {
      invariant,
      runs: stat.runs,
      ms: stat.ms,
      perSecond: alone > 0 ? (stat.runs / alone) * 1000 : 0,
      paths: invariant.onPaths === false ? 0 : (paths?.checked ?? 0),
      ...(failure === undefined ? {} : { failure }),
    };
  });
  return {
    procedure,
    histories,
    events: last?.events ?? 0,
    ms,
    invariants: reports,
    ...(paths === undefined ? {} : { paths }),
    failed: reports.some((r) => r.failure !== undefined),
  };
};
