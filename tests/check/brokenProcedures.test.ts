import { describe, expect, it } from 'vitest';
import { assign } from 'xstate';
import { kzBicameral2023Machine } from '../../machines/kz/bicameral2023.js';
import { kzBicameral2023 } from '../../machines/kz/bicameral2023.procedure.js';
import { billSetup } from '../../machines/shared/billSetup.js';
import { to } from '../../machines/shared/transitions.js';
import { voteResultOf } from '../../machines/shared/voteResult.js';
import { checkPaths } from '../../src/check/checkPaths.js';
import { counterexampleScenario } from '../../src/check/counterexample.js';
import type { Counterexample } from '../../src/check/evaluate.js';
import { invariants } from '../../src/check/invariants.js';
import { checkProperties } from '../../src/check/runProperties.js';
import type { Procedure } from '../../src/domain/procedure.js';
import { loadScenario } from '../../src/scenario/loadScenario.js';

/** (a) A threshold off by one: every vote counts one vote more than was cast for it. */
const offByOne: Procedure = {
  ...kzBicameral2023,
  machine: kzBicameral2023Machine.provide({
    guards: {
      vote: ({ context, event }, p) => {
        if (event.type !== 'VoteHeld') return false;
        const { chamber, motion, reading, tally } = event.data;
        const inflated =
          tally === undefined
            ? event
            : { ...event, data: { ...event.data, tally: { ...tally, for: tally.for + 1 } } };
        return (
          chamber === p.chamber &&
          motion === p.motion &&
          (p.reading === undefined || reading === p.reading) &&
          (p.minReadings === undefined || context.readings >= p.minReadings) &&
          (p.kind === undefined || context.kind === p.kind) &&
          voteResultOf(inflated, context.seats, p.threshold) === p.outcome
        );
      },
    },
  }),
};

/** (b) A missing deadline: starting a clock does nothing, so the Senate's 60 days never run. */
const noDeadline: Procedure = {
  ...kzBicameral2023,
  machine: kzBicameral2023Machine.provide({
    actions: { startClock: assign(({ context }) => context) },
  }),
};

/** (c) An absorbing state that is not: the President may still return an enacted law. */
const config = kzBicameral2023Machine.config;
const states = config.states ?? {};
const enacted = states['enacted'] ?? {};
const leakyEnacted: Procedure = {
  ...kzBicameral2023,
  machine: billSetup.createMachine({
    ...config,
    states: {
      ...states,
      enacted: {
        ...enacted,
        on: {
          ...(enacted.on as object),
          PresidentReturned: to('#bill.president.considering', 'president.return'),
        },
      },
    },
  } as unknown as Parameters<typeof billSetup.createMachine>[0]),
};

const named = (...names: string[]) => invariants.filter((i) => names.includes(i.name));

/** Random histories, seeded: the first counterexample of each named invariant. */
const counterexamples = (procedure: Procedure, names: string[]): Map<string, Counterexample> => {
  const report = checkProperties({
    procedure,
    invariants: named(...names),
    runs: 300,
    seed: 1,
    maxPaths: 0,
  });
  return new Map(
    report.invariants.flatMap((r) =>
      r.failure === undefined ? [] : [[r.invariant.name, r.failure] as const],
    ),
  );
};

/** The counterexample as a scenario file must load as one (it names the registered kz-2023). */
const expectLoadable = (c: Counterexample): void => {
  const scenario = loadScenario(counterexampleScenario(c), 'counterexample.yaml');
  expect(scenario.events).toEqual(c.history.events);
};

describe('broken copies of kz-2023 are caught, with a shrunk counterexample', () => {
  it('(a) a vote guard off by one: votes-meet-thresholds, from 49 of 98', () => {
    const found = counterexamples(offByOne, [
      'votes-meet-thresholds',
      'enacted-needs-every-chamber',
    ]);
    const votes = found.get('votes-meet-thresholds');
    expect(votes).toBeDefined();
    if (votes === undefined) return;
    expect(votes.history.events.length).toBeLessThanOrEqual(8);
    expect(votes.message).toMatch(
      /took its "passed" transition, but \d+ for \((\d+) of \d+ needed/,
    );
    expect(found.get('enacted-needs-every-chamber')?.history.events.length).toBeLessThanOrEqual(8);
    expectLoadable(votes);
  });

  it('(b) a missing deadline: deadlines-on-time, as soon as the law reaches the Senate', () => {
    const found = counterexamples(noDeadline, ['deadlines-on-time']).get('deadlines-on-time');
    expect(found?.history.events.map((e) => e.type)).toEqual(['BillIntroduced', 'VoteHeld']);
    expect(found?.message).toContain('no clock "senate.consideration" runs there');
    if (found !== undefined) expectLoadable(found);
  });

  it('(c) an enacted law that can be returned: final-states-absorb and outcome-agrees-with-state', () => {
    const found = counterexamples(leakyEnacted, [
      'final-states-absorb',
      'outcome-agrees-with-state',
    ]);
    for (const name of ['final-states-absorb', 'outcome-agrees-with-state']) {
      const c = found.get(name);
      expect(c?.history.events.length).toBeLessThanOrEqual(8);
      expect(c?.history.events.at(-1)?.type).toBe('PresidentReturned');
    }
    const absorb = found.get('final-states-absorb');
    if (absorb !== undefined) expectLoadable(absorb);
  });

  it('the exhaustive search over the simple paths finds all three too', () => {
    const pathsOf = (procedure: Procedure, names: string[]) =>
      checkPaths(procedure, named(...names), { maxPaths: 400 }).failures;
    const failuresA = pathsOf(offByOne, ['votes-meet-thresholds']);
    const failuresB = pathsOf(noDeadline, ['deadlines-on-time']);
    const failuresC = pathsOf(leakyEnacted, ['final-states-absorb']);
    expect([...failuresA.keys()].map((i) => i.name)).toEqual(['votes-meet-thresholds']);
    expect([...failuresB.keys()].map((i) => i.name)).toEqual(['deadlines-on-time']);
    expect([...failuresC.keys()].map((i) => i.name)).toEqual(['final-states-absorb']);
  });

  it('the real kz-2023 passes the same checks', () => {
    const report = checkProperties({ procedure: kzBicameral2023, runs: 300, seed: 1, maxPaths: 0 });
    expect(report.invariants.filter((r) => r.failure !== undefined)).toEqual([]);
  });
});
