import fc from 'fast-check';
import type { Seats } from '../domain/chambers.js';
import { isSimulatorError } from '../domain/errors.js';
import type { BillEvent } from '../domain/events.js';
import type { Procedure } from '../domain/procedure.js';
import type { MoveWeights } from '../simulate/moveChoice.js';
import type { Walk } from '../simulate/randomHistory.js';
import { randomWalk } from '../simulate/randomHistory.js';
import { CHOICE_MAX, choiceAt, choiceRng } from './choiceRng.js';
import type { ProcedureDeclaration } from './declarations.js';
import { declarationOf } from './declarations.js';
import { describeError } from './evaluate.js';
import type { History } from './history.js';
import { inputOf, replayHistory } from './history.js';
import type { InvalidVariant, MutationName } from './mutations.js';
import { mutate, mutationNames } from './mutations.js';
import { probeTallies } from './probe.js';

export type HistoryArbitraryOptions = Readonly<{
  /** The longest history, in recorded events. @defaultValue 30 */
  maxEvents?: number;
  /** Seats over the procedure's defaults. */
  seats?: Seats;
  /**
   * Weights of the kinds of move the walk chooses among (src/simulate/moveChoice.ts).
   * @defaultValue ending 0.15, the walker's defaults otherwise
   */
  weights?: MoveWeights;
  /**
   * Try each vote's tally one vote across its threshold, and keep it where the machine still
   * counts the vote the same way (src/check/probe.ts). @defaultValue true
   */
  probeTallies?: boolean;
}>;

/**
 * Withdrawal, lapse and failure are open at almost every stage; at the walker's default weight
 * they end most histories before the later stages. Half of it lets more bills reach the
 * President, the veto and the override.
 */
const DEFAULT_WALK_WEIGHTS: MoveWeights = { ending: 0.15 };

/** What fast-check draws for one history; shrinking any part simplifies the history. */
type Draw = Readonly<{
  choices: readonly number[];
  maxEvents: number;
  probes: readonly boolean[];
  cut: number;
}>;

/** A walk that failed (a machine that does not handle its own clock, or a crash), as a history. */
const walkError = (procedure: Procedure, draw: Draw, e: unknown): History => {
  const walked = isSimulatorError(e) ? e.details['events'] : undefined;
  const events = Array.isArray(walked) ? (walked as BillEvent[]) : [];
  return {
    procedure,
    events,
    cut: draw.cut % (events.length + 1),
    walkError: describeError(e),
  };
};

type Walked = Readonly<{
  prefix: readonly number[];
  maxEvents: number;
  walk: Walk;
  /** The histories built from it, by cut and probes: the same object, so its replay is reused. */
  built: Map<string, History>;
}>;

/**
 * Recent walks by the choices they drew. Shrinking tries many choice lists that differ only in
 * choices the walk never drew; those give the same walk, which is not walked again.
 */
const walkCache = () => {
  const recent: Walked[] = [];
  const find = (draw: Draw): Walked | undefined =>
    recent.find(
      (w) =>
        w.maxEvents === draw.maxEvents && w.prefix.every((c, i) => c === choiceAt(draw.choices, i)),
    );
  const remember = (draw: Draw, consumed: number, walk: Walk): Walked => {
    const prefix = Array.from({ length: consumed }, (_, i) => choiceAt(draw.choices, i));
    const walked = { prefix, maxEvents: draw.maxEvents, walk, built: new Map<string, History>() };
    recent.unshift(walked);
    recent.length = Math.min(recent.length, 32);
    return walked;
  };
  return { find, remember };
};

const walkOf = (
  procedure: Procedure,
  options: HistoryArbitraryOptions,
  draw: Draw,
  cache: ReturnType<typeof walkCache>,
): Walked => {
  const known = cache.find(draw);
  if (known !== undefined) return known;
  const rng = choiceRng(draw.choices);
  const walk = randomWalk(procedure, rng, {
    maxEvents: draw.maxEvents,
    weights: { ...DEFAULT_WALK_WEIGHTS, ...options.weights },
    ...(options.seats === undefined ? {} : { seats: options.seats }),
  });
  return cache.remember(draw, rng.consumed(), walk);
};

/**
 * A history as fast-check prints it in a failure report: the procedure by id, not its machine,
 * whose printing is too long for a string.
 */
const printable = (history: History): History =>
  Object.defineProperty(history, fc.toStringMethod, {
    value: () =>
      `${history.procedure.id} history (cut ${history.cut}): ${JSON.stringify(history.events)}`,
    enumerable: false,
  });

const build = (
  procedure: Procedure,
  options: HistoryArbitraryOptions,
  draw: Draw,
  cache: ReturnType<typeof walkCache>,
): History => {
  let walked: Walked;
  try {
    walked = walkOf(procedure, options, draw, cache);
  } catch (e) {
    return printable(walkError(procedure, draw, e));
  }
  const { walk } = walked;
  const key = JSON.stringify([draw.cut % (walk.events.length + 1), draw.probes]);
  const known = walked.built.get(key);
  if (known !== undefined) return known;
  const built = printable(probed(procedure, options, draw, walk));
  walked.built.set(key, built);
  return built;
};

/** The walk as a history, with the flagged tallies probed across their thresholds. */
const probed = (
  procedure: Procedure,
  options: HistoryArbitraryOptions,
  draw: Draw,
  walk: Walk,
): History => {
  const history: History = {
    procedure,
    events: walk.events,
    ...(walk.asOf === undefined ? {} : { asOf: walk.asOf }),
    ...(options.seats === undefined ? {} : { seats: options.seats }),
    cut: draw.cut % (walk.events.length + 1),
  };
  if (options.probeTallies === false || !draw.probes.includes(true)) return history;
  let events: BillEvent[] | undefined;
  try {
    events = probeTallies(history.events, replayHistory(history), draw.probes);
  } catch {
    // The replay itself failed: `replays-cleanly` reports it when the history is checked.
  }
  return events === undefined ? history : { ...history, events };
};

/**
 * Random valid histories of `procedure`, walked from its own statechart (src/simulate): each
 * step reads the moves the machine allows and synthesises an event for one, with tallies
 * clustered around the thresholds and dates clustered around the deadlines. The walk draws from
 * a list of choices instead of a seed, so fast-check shrinks a failing history to a short,
 * simple one.
 * @example
 * import { test } from '@fast-check/vitest';
 * test.prop([historyArbitrary(getProcedure('kz-2023'))])('…', (history) => { … });
 */
export const historyArbitrary = (
  procedure: Procedure,
  options: HistoryArbitraryOptions = {},
): fc.Arbitrary<History> => {
  const cache = walkCache();
  return fc
    .record({
      choices: fc.array(fc.integer({ min: 0, max: CHOICE_MAX }), { maxLength: 400, size: 'max' }),
      // Unbiased: fast-check's bias towards small integers would cut most walks short.
      maxEvents: fc.noBias(fc.integer({ min: 1, max: options.maxEvents ?? 30 })),
      probes: fc.array(fc.boolean(), { maxLength: 12 }),
      cut: fc.nat(),
    })
    .map((draw) => build(procedure, options, draw, cache));
};

/** A valid history and a variant of it made invalid on purpose. */
export type InvalidHistory = Readonly<{ history: History; variant: InvalidVariant }>;

/**
 * Invalid variants of random valid histories: an event dropped or duplicated, the event that
 * ended the process repeated, an event dated before its predecessor or moved before an
 * earlier-dated one, a chamber's vote moved past its time limit. `checkVariant` says whether the
 * engine rejected it with the right coded error. A mutation that does not apply to a history
 * falls back to dropping an event.
 */
export const invalidHistoryArbitrary = (
  procedure: Procedure,
  options: HistoryArbitraryOptions & {
    mutations?: readonly MutationName[];
    declaration?: ProcedureDeclaration;
  } = {},
): fc.Arbitrary<InvalidHistory> => {
  const declaration = options.declaration ?? declarationOf(procedure.id);
  return fc
    .tuple(
      historyArbitrary(procedure, options).filter(
        (h) => h.walkError === undefined && h.events.length > 0,
      ),
      fc.constantFrom(...(options.mutations ?? mutationNames)),
      fc.nat(),
    )
    .map(([history, mutation, position]): InvalidHistory | undefined => {
      const input = inputOf(history, replayHistory(history));
      const variant =
        mutate(mutation, input, position, declaration) ??
        mutate('drop', input, position, declaration);
      return variant === undefined ? undefined : { history, variant };
    })
    .filter((v): v is InvalidHistory => v !== undefined);
};
