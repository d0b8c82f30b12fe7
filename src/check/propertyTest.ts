import type fc from 'fast-check';
import type { Procedure } from '../domain/procedure.js';
import type { HistoryArbitraryOptions } from './arbitraries.js';
import { historyArbitrary } from './arbitraries.js';
import { counterexampleScenario } from './counterexample.js';
import { replayOrError, runCheck, variantsOf } from './evaluate.js';
import type { History } from './history.js';
import { inputOf } from './history.js';
import type { Invariant } from './invariant.js';
import { appliesTo } from './invariant.js';
import { replaysCleanly } from './invariants.js';

/** One invariant a history breaks, and why. */
export type Broken = Readonly<{ invariant: Invariant; message: string }>;

/** The invariants (of those that apply to its procedure) a history breaks. */
export const checkInvariants = (invariants: readonly Invariant[], history: History): Broken[] => {
  const replayed = replayOrError(history);
  if (typeof replayed === 'string') return [{ invariant: replaysCleanly, message: replayed }];
  const input = inputOf(history, replayed);
  return invariants
    .filter((i) => appliesTo(i, history.procedure))
    .flatMap((invariant) => {
      const message = runCheck(invariant, input);
      return message === undefined ? [] : [{ invariant, message }];
    });
};

/**
 * Throws when a history breaks an invariant, with what broke and the history as a ready-to-save
 * scenario file: the assertion for a property test.
 */
export const assertInvariants = (invariants: readonly Invariant[], history: History): void => {
  const broken = checkInvariants(invariants, history)[0];
  if (broken === undefined) return;
  const replayed = replayOrError(history);
  const variants =
    typeof replayed === 'string' ? [] : variantsOf(broken.invariant, inputOf(history, replayed));
  const scenario = counterexampleScenario({ ...broken, history, variants });
  throw new Error(
    `${history.procedure.id} breaks ${broken.invariant.name}: ${broken.message}\n${broken.invariant.sentence}\n---\n${scenario}`,
  );
};

/**
 * What `propertyTest` needs of @fast-check/vitest's `test` (or `it`): its `prop` builder. Taking
 * it as an argument keeps vitest out of legisim's runtime dependencies.
 */
export type PropTest = Readonly<{
  prop: (
    arbitraries: [fc.Arbitrary<History>],
    params?: fc.Parameters<[History]>,
  ) => (name: string, property: (history: History) => void) => void;
}>;

export type PropertyTestOptions = Readonly<{
  procedure: Procedure;
  /** Random histories. @defaultValue 1000 */
  runs?: number;
  /** The test's name. @defaultValue `<invariant names> hold(s) under <procedure id>` */
  name?: string;
  arbitrary?: HistoryArbitraryOptions;
}>;

/**
 * Declares a vitest property test: the invariants on random histories of a procedure, walked
 * from its machine and shrunk on failure. The seed comes from fast-check's global settings.
 * @example
 * import { test } from '@fast-check/vitest';
 * propertyTest(test, myInvariant, { procedure: getProcedure('kz-2023'), runs: 1000 });
 */
export const propertyTest = (
  test: PropTest,
  invariant: Invariant | readonly Invariant[],
  options: PropertyTestOptions,
): void => {
  const list: readonly Invariant[] = Array.isArray(invariant)
    ? invariant
    : [invariant as Invariant];
  const verb = list.length === 1 ? 'holds' : 'hold';
  const name =
    options.name ?? `${list.map((i) => i.name).join(', ')} ${verb} under ${options.procedure.id}`;
  test.prop([historyArbitrary(options.procedure, options.arbitrary)], {
    numRuns: options.runs ?? 1000,
  })(name, (history) => assertInvariants(list, history));
};
