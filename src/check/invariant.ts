import type { IsoDay } from '../domain/calendar.js';
import type { Seats } from '../domain/chambers.js';
import { SimulatorError } from '../domain/errors.js';
import type { BillEvent } from '../domain/events.js';
import type { Procedure } from '../domain/procedure.js';
import type { ReplayResult } from '../replay/replay.js';

/** What an invariant is checked against: a history, how it was replayed, and its replay. */
export type InvariantInput = Readonly<{
  procedure: Procedure;
  events: readonly BillEvent[];
  /** Replay as of this date (deadlines that ran out after the last event), as the history was. */
  asOf?: IsoDay;
  seats?: Seats;
  /** The replay of `events` in strict mode under `procedure` (with `asOf` and `seats`). */
  result: ReplayResult;
  /**
   * A position in `0..events.length`, drawn with the history, where invariants about prefixes and
   * time travel cut it (and mutations apply), so that shrinking also simplifies the cut.
   */
  cut: number;
}>;

/** Which procedures an invariant is about: all of them, or those with these ids. */
export type InvariantScope = 'all' | readonly string[];

/**
 * A property every history of a procedure must have, as data: a name, the property in plain
 * words, the article it rests on, the procedures it applies to, and a predicate that returns
 * what is wrong with a history (one sentence naming the offending event) or `undefined`.
 */
export type Invariant = Readonly<{
  /** Lower-case words joined by hyphens, e.g. `votes-meet-thresholds`. */
  name: string;
  /** The property in plain words. */
  sentence: string;
  /** The constitutional article (or design rule) it rests on. */
  article: string;
  procedures: InvariantScope;
  check: (input: InvariantInput) => string | undefined;
  /**
   * Whether the exhaustive search checks it on every simple path of the statechart. Invariants
   * about the engine rather than the procedure (determinism, time travel, rejecting invalid
   * variants) replay each history several times; random histories cover them. @defaultValue true
   */
  onPaths?: boolean;
}>;

const NAME = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Defines an invariant, checking its name; `procedures` defaults to every procedure.
 * @example
 * const signedLast = defineInvariant({
 *   name: 'nothing-after-signature',
 *   sentence: 'Only publication and entry into force follow the signature.',
 *   article: 'Constitution of Kazakhstan, art. 44(2)',
 *   check: ({ result }) => {
 *     const i = result.trace.findIndex((s) => s.event.type === 'PresidentSigned');
 *     const after = i < 0 ? [] : result.trace.slice(i + 1);
 *     const odd = after.find((s) => !['Published', 'EnteredIntoForce'].includes(s.event.type));
 *     return odd === undefined ? undefined : `${odd.event.type} on ${odd.event.at} after the signature`;
 *   },
 * });
 */
export const defineInvariant = (
  definition: Omit<Invariant, 'procedures'> & { procedures?: InvariantScope },
): Invariant => {
  if (!NAME.test(definition.name)) {
    throw new SimulatorError(
      'input.invalidOption',
      `An invariant name is lower-case words joined by hyphens; got "${definition.name}"`,
      { name: definition.name },
    );
  }
  return { ...definition, procedures: definition.procedures ?? 'all' };
};

export const appliesTo = (invariant: Invariant, procedure: Procedure): boolean =>
  invariant.procedures === 'all' || invariant.procedures.includes(procedure.id);
