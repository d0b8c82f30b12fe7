import type { DeclarationTable } from './declarations.js';
import { declarationOf, declarations } from './declarations.js';
import type { Invariant } from './invariant.js';
import { jointAdoptionWhereDeclared, noVetoWhereDeclared } from './invariants/declared.js';
import { replayDeterministic, timeTravelHonest } from './invariants/engine.js';
import { enactedNeedsEveryChamber, votesMeetThresholds } from './invariants/legislative.js';
import { finalStatesAbsorb, noDeadEnds, outcomeAgreesWithState } from './invariants/process.js';
import { rejectionInvariants } from './invariants/rejections.js';
import { datesNeverGoBackwards, deadlinesOnTime } from './invariants/time.js';

/**
 * The precondition of every other invariant: a history walked from the machine replays in
 * strict mode. The runner checks it (a failed walk or replay is reported under this name), so
 * its own predicate has nothing left to check.
 */
export const replaysCleanly: Invariant = {
  name: 'replays-cleanly',
  sentence:
    "Every history walked from the procedure's own machine replays in strict mode without error, and every clock it starts is handled when it runs out.",
  article: 'DESIGN.md, Procedures (deadlines derived by the engine, handled by the machine)',
  procedures: 'all',
  check: () => undefined,
};

/**
 * The built-in invariants, reading the given declarations (clocks, thresholds and the rules some
 * procedures declare); an invariant about a declared rule applies to the procedures declaring it.
 */
export const createInvariants = (table: DeclarationTable = declarations): Invariant[] => {
  const declared = (id: string) => declarationOf(id, table);
  return [
    replaysCleanly,
    enactedNeedsEveryChamber(declared),
    votesMeetThresholds(declared),
    finalStatesAbsorb,
    deadlinesOnTime(declared),
    datesNeverGoBackwards,
    replayDeterministic,
    timeTravelHonest,
    outcomeAgreesWithState,
    noDeadEnds,
    noVetoWhereDeclared(table),
    jointAdoptionWhereDeclared(table),
    ...rejectionInvariants(declared),
  ];
};

/** Every built-in invariant (docs/properties.md lists them). */
export const invariants: readonly Invariant[] = createInvariants();
