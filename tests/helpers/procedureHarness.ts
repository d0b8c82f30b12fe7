import type { AnyStateNode } from 'xstate';
import { expect } from 'vitest';
import type { BillEvent } from '../../src/domain/events.js';
import type { Procedure } from '../../src/domain/procedure.js';
import { ruleOfTransition } from '../../src/replay/moves.js';
import type { ReplayOptions, ReplayResult } from '../../src/replay/replay.js';
import { contextOf, replay } from '../../src/replay/replay.js';

/** Every rule id the transitions of a state node (and its descendants) cite. */
export const rulesOf = (node: AnyStateNode): (string | undefined)[] => [
  ...[...node.transitions.values()].flat().map(ruleOfTransition),
  ...Object.values(node.states).flatMap(rulesOf),
];

/**
 * What a machine's example tests need: replay under one procedure, read its stage, rules and
 * clocks, expect a rejection, and remember every rule applied so a last test can check that the
 * file applied all of the machine's rules (`unappliedRules`).
 */
export const procedureHarness = (procedure: Procedure) => {
  const applied = new Set<string>();
  const replayed = (events: readonly BillEvent[], options: ReplayOptions = {}): ReplayResult => {
    const r = replay(events, { procedure, ...options });
    for (const s of r.trace) if (s.rule !== undefined) applied.add(s.rule.id);
    return r;
  };
  const run = (...events: BillEvent[]) => replayed(events);
  return {
    replayed,
    run,
    path: (...events: BillEvent[]) => run(...events).stage.path,
    rules: (...events: BillEvent[]) => run(...events).trace.map((s) => s.rule?.id),
    lastRule: (...events: BillEvent[]) => run(...events).trace.at(-1)?.rule?.id,
    rejects: (...events: BillEvent[]) =>
      expect(() => run(...events)).toThrow(
        expect.objectContaining({ code: 'replay.eventNotAllowed' }),
      ),
    clocksOf: (r: ReplayResult) => contextOf(r.snapshot).clocks,
    /** The derived deadline steps of a replay: their dates and rules. */
    derivedRules: (r: ReplayResult) =>
      r.trace.filter((s) => s.derived).map((s) => [s.event.at, s.rule?.id]),
    /** Rules of the machine no replay of this harness has applied yet. */
    unappliedRules: () =>
      [...new Set(rulesOf(procedure.machine.root))].filter(
        (id) => id !== undefined && !applied.has(id),
      ),
  };
};
