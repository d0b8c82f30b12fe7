import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { earliestDay, fromDayNumber, latestDay, toDayNumber } from '../../src/domain/calendar.js';
import { nextStepsOf } from '../../src/projections/nextSteps.js';
import { outcomeOf } from '../../src/projections/outcome.js';
import { votesOf } from '../../src/projections/votes.js';
import { describeMove } from '../../src/replay/moves.js';
import type { ReplayOptions } from '../../src/replay/replay.js';
import { replay } from '../../src/replay/replay.js';
import { loadScenario } from '../../src/scenario/loadScenario.js';
import { casesOf } from '../../src/scenario/runScenario.js';
import type { ScenarioCase } from '../../src/scenario/runScenario.js';
import { possibleMoves } from '../../src/stepper/stepMoves.js';
import { createScenarioSession } from '../../src/stepper/session.js';
import { createStepper, handleLine, screenOf } from '../../src/stepper/stepper.js';
import { plainStyle } from '../../src/stepper/style.js';
import { viewOf } from '../../src/stepper/view.js';
import { scenarioFiles, textOf } from './helpers.js';

/** Every case of every bundled scenario: the main histories and all their branches. */
const cases: readonly ScenarioCase[] = scenarioFiles.flatMap((file) =>
  casesOf(loadScenario(textOf(file), file)),
);

/** Replay options written out here, apart from the stepper's, as `legisim replay` takes them. */
const optionsOf = (c: ScenarioCase): ReplayOptions => {
  const procedure = c.branch?.procedure ?? c.scenario.procedure;
  return {
    jurisdiction: c.scenario.jurisdiction,
    seats: { ...c.scenario.seats, ...c.branch?.seats },
    ...(procedure === undefined ? {} : { procedure }),
  };
};

const commandArb = (c: ScenarioCase): fc.Arbitrary<string> => {
  const n = c.events.length;
  const first = toDayNumber(earliestDay(c.events[0]?.at ?? '2000-01-01'));
  const last = toDayNumber(latestDay(c.events.at(-1)?.at ?? '2000-01-01'));
  return fc.oneof(
    fc.constantFrom('next', 'back', 'first', 'last', 'show'),
    fc.integer({ min: 1, max: 4 }).map((k) => `next ${k}`),
    fc.integer({ min: 1, max: 4 }).map((k) => `back ${k}`),
    fc.integer({ min: 0, max: n + 1 }).map((k) => `jump ${k}`),
    fc.integer({ min: first - 5, max: last + 120 }).map((d) => `jump ${fromDayNumber(d)}`),
  );
};

/** Cases by name (`file#branch`), so a counterexample reads as a case and its commands. */
const byName = new Map<string, ScenarioCase>(
  cases.map((c) => [`${c.scenario.file ?? ''}#${c.branch?.name ?? 'main'}`, c] as const),
);
const caseNamed = (name: string): ScenarioCase => {
  const c = byName.get(name);
  if (c === undefined) throw new Error(`no case ${name}`);
  return c;
};

const scenarioAndCommands = fc
  .constantFrom(...byName.keys())
  .chain((name) =>
    fc.tuple(fc.constant(name), fc.array(commandArb(caseNamed(name)), { maxLength: 25 })),
  );

describe('the stepper view', () => {
  test.prop([scenarioAndCommands], { numRuns: 150 })(
    'after any sequence of next/back/jump, the state shown equals replay as of that position',
    ([name, commands]) => {
      const c = caseNamed(name);
      const file = c.scenario.file ?? '';
      let st = createStepper(
        createScenarioSession({
          file,
          text: textOf(file),
          ...(c.branch === undefined ? {} : { branch: c.branch.name }),
        }),
        { style: plainStyle },
      );
      for (const command of ['show', ...commands]) {
        st = handleLine(st, command).stepper;
        const { position, asOf } = st.session;
        const expected = replay(c.events, {
          ...optionsOf(c),
          ...(asOf === undefined ? { upTo: position } : { asOf }),
        });
        const view = viewOf(st.session);
        expect(view.position).toBe(expected.applied);
        expect(view.total).toBe(c.events.length);
        expect(view.stage).toEqual(expected.stage);
        expect(view.votes).toEqual(votesOf(expected.trace));
        expect(view.outcome).toEqual(outcomeOf(expected.trace));
        expect(view.moves.map((m) => m.label)).toEqual(
          possibleMoves(expected.snapshot).map(describeMove),
        );
        const clocks = nextStepsOf(expected, asOf ?? c.events[position - 1]?.at).clocks;
        // A suspended clock shows the days it had left when it stopped, not days to its due date.
        expect(view.clocks.map((k) => [k.label, k.dueOn, k.suspended || k.daysLeft])).toEqual(
          clocks.map((k) => [k.label, k.dueOn, k.suspended || k.daysLeft]),
        );
        expect(view.event?.index).toBe(expected.trace.findLast((t) => !t.derived)?.index);
        const screen = screenOf(st);
        expect(screen).toContain(`position ${expected.applied} of ${c.events.length}`);
        expect(screen).toContain(expected.stage.label);
      }
    },
  );
});
